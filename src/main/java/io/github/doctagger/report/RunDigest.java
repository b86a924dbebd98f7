package io.github.doctagger.report;

import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.report.html.Histogram;
import java.util.List;

/**
 * What a run's classified documents add up to: documents per category, how many categories each
 * document got, which categories come together, and the distribution of every category's
 * scores. Gathered one document at a time in memory that does not grow with the run.
 */
final class RunDigest {
    /** Width of a score histogram bin. */
    static final double BIN_WIDTH = 0.05;
    /** Scores beyond ±{@code MAX_BIN × BIN_WIDTH} are counted in the outermost bins. */
    static final int MAX_BIN = 100;
    /** Documents with 0, 1, 2 and 3 or more categories. */
    static final int LABEL_COUNT_GROUPS = 4;

    private final List<String> ids;
    private final long[] perCategory;
    private final long[] byLabelCount = new long[LABEL_COUNT_GROUPS];
    private final long[][] together;
    private final long[][] bins;
    private long documents;
    private long truncated;

    RunDigest(List<String> categoryIds) {
        this.ids = List.copyOf(categoryIds);
        int k = ids.size();
        this.perCategory = new long[k];
        this.together = new long[k][k];
        this.bins = new long[k][2 * MAX_BIN + 1];
    }

    void add(DocumentResult result) {
        documents++;
        if (result.truncated()) {
            truncated++;
        }
        List<String> labels = result.labels();
        byLabelCount[Math.min(labels.size(), LABEL_COUNT_GROUPS - 1)]++;
        int[] assigned = new int[labels.size()];
        for (int i = 0; i < assigned.length; i++) {
            assigned[i] = ids.indexOf(labels.get(i));
        }
        for (int a : assigned) {
            if (a < 0) {
                continue;
            }
            perCategory[a]++;
            for (int b : assigned) {
                if (b >= 0) {
                    together[a][b]++;
                }
            }
        }
        double[] scores = result.scores();
        for (int k = 0; k < scores.length && k < bins.length; k++) {
            if (!Double.isNaN(scores[k])) {
                bins[k][bin(scores[k]) + MAX_BIN]++;
            }
        }
    }

    static int bin(double score) {
        return (int) Math.max(-MAX_BIN, Math.min(MAX_BIN, Math.floor(score / BIN_WIDTH)));
    }

    /** Classified documents seen. */
    long documents() {
        return documents;
    }

    long truncated() {
        return truncated;
    }

    /** Documents that got category {@code k}. */
    long count(int k) {
        return perCategory[k];
    }

    /** Documents that got no category ({@code 0}), one, two, or three and more ({@code 3}). */
    long withLabels(int group) {
        return byLabelCount[group];
    }

    /** Documents that got both categories; on the diagonal, documents that got the category. */
    long[][] together() {
        long[][] copy = new long[together.length][];
        for (int i = 0; i < together.length; i++) {
            copy[i] = together[i].clone();
        }
        return copy;
    }

    /** Bins that cover every score seen and every threshold given (NaN thresholds are ignored). */
    Histogram.Bins bins(double[] thresholds) {
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (long[] category : bins) {
            for (int i = 0; i < category.length; i++) {
                if (category[i] > 0) {
                    low = Math.min(low, i - MAX_BIN);
                    high = Math.max(high, i - MAX_BIN);
                }
            }
        }
        for (double t : thresholds) {
            if (!Double.isNaN(t) && !Double.isInfinite(t)) {
                low = Math.min(low, bin(t));
                high = Math.max(high, bin(t));
            }
        }
        if (low > high) {
            low = -20;
            high = 19;
        }
        low -= 1;
        high += 1;
        return new Histogram.Bins(low * BIN_WIDTH, BIN_WIDTH, high - low + 1);
    }

    /** Category {@code k}'s documents per bin of {@code shared} (from {@link #bins}). */
    long[] histogram(int k, Histogram.Bins shared) {
        long[] counts = new long[shared.count()];
        int first = (int) Math.round(shared.low() / BIN_WIDTH);
        for (int i = 0; i < counts.length; i++) {
            int index = first + i + MAX_BIN;
            if (index >= 0 && index < bins[k].length) {
                counts[i] = bins[k][index];
            }
        }
        return counts;
    }
}
