package io.github.doctagger.model;

/**
 * Counts and scores for one category.
 *
 * @param category       category id
 * @param support        documents that truly carry the category
 * @param truePositives  documents correctly tagged
 * @param falsePositives documents tagged that should not be
 * @param falseNegatives documents missed
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"precision", "recall", "f1", "counted"}, allowGetters = true)
public record CategoryMetrics(String category, int support, int truePositives, int falsePositives, int falseNegatives) {

    @com.fasterxml.jackson.annotation.JsonProperty("precision")
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("recall")
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("f1")
    public double f1() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    /** Whether the category takes part in macro averages: it occurs, or was wrongly predicted. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean counted() {
        return support > 0 || falsePositives > 0;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0.0 : numerator / denominator;
    }
}
