package io.github.doctagger.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.report.html.Histogram;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunDigestTest {
    private static DocumentResult doc(double[] scores, String... labels) {
        return new DocumentResult("d", "", 1, "UTF-8", false, "m", scores, List.of(labels), Map.of());
    }

    @Test
    void countsCategoriesPairsAndLabelsPerDocument() {
        RunDigest digest = new RunDigest(List.of("a", "b", "c"));
        digest.add(doc(new double[] {0.5, 0.4, -1}, "a", "b"));
        digest.add(doc(new double[] {0.5, -1, -1}, "a"));
        digest.add(doc(new double[] {-1, -1, -1}));
        assertThat(digest.documents()).isEqualTo(3);
        assertThat(digest.count(0)).isEqualTo(2);
        assertThat(digest.together()[0][1]).isEqualTo(1);
        assertThat(digest.together()[0][0]).isEqualTo(2);
        assertThat(digest.withLabels(0)).isEqualTo(1);
        assertThat(digest.withLabels(1)).isEqualTo(1);
        assertThat(digest.withLabels(2)).isEqualTo(1);
    }

    @Test
    void histogramBinsCoverEveryScoreAndThreshold() {
        RunDigest digest = new RunDigest(List.of("a"));
        digest.add(doc(new double[] {-0.52}));
        digest.add(doc(new double[] {0.31}));
        digest.add(doc(new double[] {99}));
        Histogram.Bins bins = digest.bins(new double[] {-0.8});
        assertThat(bins.low()).isLessThanOrEqualTo(-0.8);
        assertThat(bins.low() + bins.width() * bins.count()).isGreaterThan(RunDigest.MAX_BIN * RunDigest.BIN_WIDTH);
        long[] counts = digest.histogram(0, bins);
        assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(3);
    }
}
