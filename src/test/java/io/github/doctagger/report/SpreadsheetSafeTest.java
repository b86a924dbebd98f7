package io.github.doctagger.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'=1", "''+x"})
    void neutralisesCellsASpreadsheetWouldRunAndCanTellTheOriginalBack(String text) {
        String cell = SpreadsheetSafe.cell(text);
        assertThat(cell).isEqualTo("'" + text);
        assertThat(SpreadsheetSafe.original(cell)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain.txt", "", "'quoted", "a=b", "''", "2026-11-24/x.txt"})
    void leavesOtherCellsAlone(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo(text);
        assertThat(SpreadsheetSafe.original(text)).isEqualTo(text);
    }
}
