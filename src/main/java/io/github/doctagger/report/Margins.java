package io.github.doctagger.report;

import io.github.doctagger.model.DecisionRule;
import io.github.doctagger.model.TopicModel;

/**
 * How far a score is from tipping the decision: with thresholds, the margin is score − threshold
 * (at or above 0: assigned); with the best-category rule, the score minus the best other score.
 * A small margin, either way, is a decision a person may want to check.
 */
final class Margins {
    /** A margin closer to zero than this is "near the threshold". */
    static final double NEAR = 0.1;

    private final double[] thresholds;
    private final boolean bestCategory;

    Margins(TopicModel model) {
        this(model.thresholds().toArray(), model.decisionRule() == DecisionRule.BEST_CATEGORY);
    }

    Margins(double[] thresholds, boolean bestCategory) {
        this.thresholds = thresholds.clone();
        this.bestCategory = bestCategory;
    }

    /** The margin of category {@code k}, or NaN when the category is never assigned. */
    double of(double[] scores, int k) {
        if (bestCategory) {
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < scores.length; j++) {
                if (j != k) {
                    best = Math.max(best, scores[j]);
                }
            }
            return scores.length < 2 ? Double.NaN : scores[k] - best;
        }
        return Double.isInfinite(thresholds[k]) ? Double.NaN : scores[k] - thresholds[k];
    }

    /** The category whose margin is closest to zero, or -1 when no category has a margin. */
    int closest(double[] scores) {
        int closest = -1;
        double smallest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < scores.length; k++) {
            double m = Math.abs(of(scores, k));
            if (m < smallest) {
                smallest = m;
                closest = k;
            }
        }
        return closest;
    }

    /** The threshold to draw for category {@code k}: NaN under the best-category rule or when never assigned. */
    double threshold(int k) {
        return bestCategory || Double.isInfinite(thresholds[k]) ? Double.NaN : thresholds[k];
    }

    /** Whether labels come from the best-category rule rather than thresholds. */
    boolean bestCategory() {
        return bestCategory;
    }
}
