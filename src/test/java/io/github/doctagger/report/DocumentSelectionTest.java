package io.github.doctagger.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.model.DocumentResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentSelectionTest {
    private final Margins margins = new Margins(new double[] {0.0, 0.5, Double.POSITIVE_INFINITY}, false);

    private static DocumentResult doc(String name, double a, double b) {
        List<String> labels = a >= 0 && b >= 0.5 ? List.of("a", "b") : a >= 0 ? List.of("a") : b >= 0.5 ? List.of("b") : List.of();
        return new DocumentResult(name, "", 1, "UTF-8", false, "m", new double[] {a, b, -1}, labels, Map.of());
    }

    @Test
    void keepsTheFirstRowsThenTaggedCloseCallsAndTheClosestCallsEitherWay() {
        DocumentSelection selection = new DocumentSelection(margins, List.of("a", "b", "c"), 2, 2, 3);
        selection.add(doc("d1", -0.9, -0.9));
        selection.add(doc("d2", 0.9, 0.0));
        selection.add(doc("d3", 0.05, -1));
        selection.add(doc("d4", -0.01, -1));
        selection.add(doc("d5", 0.9, 0.52));
        selection.add(doc("d6", 0.3, -1));
        selection.add(doc("d7", 0.001, 0.9));

        assertThat(selection.rows()).extracting(DocumentResult::document).containsExactly("d1", "d2", "d5", "d7");
        assertThat(selection.nearRowsListed()).isEqualTo(2);
        assertThat(selection.capped()).isTrue();
        assertThat(selection.closeCalls()).extracting(c -> c.result().document()).containsExactly("d7", "d4", "d5");
        assertThat(selection.closeCalls().get(1).margin()).isEqualTo(-0.01);
        assertThat(selection.seen()).isEqualTo(7);
    }

    @Test
    void theBestCategoryRuleMeasuresAgainstTheBestRival() {
        Margins best = new Margins(new double[] {0, 0, 0}, true);
        assertThat(best.of(new double[] {0.4, 0.1, -0.2}, 0)).isEqualTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(best.of(new double[] {0.4, 0.1, -0.2}, 2)).isEqualTo(-0.6, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(best.threshold(0)).isNaN();
        assertThat(margins.of(new double[] {0, 0, 5}, 2)).as("never assigned").isNaN();
    }
}
