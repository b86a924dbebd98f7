package io.github.doctagger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.Evidence;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeFormatTest {
    private final OutcomeFormat format = new OutcomeFormat(List.of("sport", "weather"));
    private final DocumentResult result = new DocumentResult("=HYPERLINK(\"http://x\")\t<b>.txt", "ab12", 42, "UTF-8", false,
            "m-1", new double[] {0.25, -0.75}, List.of("sport"), Map.of("sport", List.of(new Evidence("goal kick", 0.125))));

    @Test
    void csvNeutralisesFormulasWhileJsonLinesKeepTheExactName() throws IOException {
        assertThat(format.resultsCsvRow(result)).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\t<b>.txt\",sport,m-1,ab12,42,");
        String line = format.resultsJsonLine(result);
        assertThat(line).contains("\"document\":\"=HYPERLINK(\\\"http://x\\\")\\t<b>.txt\"");
        DocumentResult back = format.readResultsJsonLine(line);
        assertThat(back.document()).isEqualTo(result.document());
        assertThat(back.scores()).containsExactly(0.25, -0.75);
        assertThat(back.labels()).containsExactly("sport");
        assertThat(back.evidence()).isEqualTo(result.evidence());
        assertThat(format.resultsJsonLine(back)).isEqualTo(line);
    }

    @Test
    void refusesLinesThatAreNotResults() {
        assertThatThrownBy(() -> format.readResultsJsonLine("[1,2]")).isInstanceOf(IOException.class)
                .hasMessageContaining("not a results.jsonl line");
    }
}
