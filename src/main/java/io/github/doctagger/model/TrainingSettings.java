package io.github.doctagger.model;

import io.github.doctagger.text.FeatureConfig;

/**
 * Everything that decides what a training run produces (saved with the model).
 *
 * @param features  the feature pipeline
 * @param folds     cross-validation folds used to choose thresholds and report metrics
 * @param seed      seed for fold assignment and the solver's visiting order
 * @param cost      the SVM's cost C (regularisation is 1/C)
 * @param maxEpochs maximum passes of the solver over the data
 * @param minWeight weights smaller than this (in absolute value) are set to zero after training
 * @param decision  {@code auto} (best-category for single-label corpora, thresholds otherwise),
 *                  {@code thresholds} or {@code best-category}
 */
public record TrainingSettings(FeatureConfig features, int folds, long seed, double cost, int maxEpochs,
                               double minWeight, String decision) {

    public TrainingSettings {
        if (folds < 2) {
            throw new IllegalArgumentException("--folds must be at least 2, was " + folds);
        }
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1, was " + maxEpochs);
        }
        if (!(cost > 0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("--cost must be a positive number, was " + cost);
        }
        if (!(minWeight >= 0) || Double.isInfinite(minWeight)) {
            throw new IllegalArgumentException("--min-weight must be 0 or a positive number, was " + minWeight);
        }
        if (!decision.equals("auto")) {
            DecisionRule.fromCode(decision);
        }
    }

    /** Solver tolerance: LIBLINEAR's default for this solver. */
    public static final double TOLERANCE = 0.1;

    /**
     * The defaults. C = 2 measured best on the seeds (cross-validated micro-F1 0.883 vs 0.874 at
     * C = 1) and on Reuters-21578 (micro-F1 0.880 vs 0.879), and equal on 20 Newsgroups.
     * Dropping weights below 0.02 leaves 15% of them (Reuters-21578: 5.0 M → 0.75 M, weights.bin
     * 31 → 5 MB) and was as accurate or better: Reuters micro/macro-F1 0.883/0.623 → 0.887/0.620,
     * seeds (cross-validated) 0.874 → 0.878, 20 Newsgroups accuracy 0.874 → 0.873.
     */
    public static TrainingSettings defaults() {
        return new TrainingSettings(FeatureConfig.defaults(), 5, 42L, 2.0, 50, 0.02, "auto");
    }

    public OneVsRestSvmTrainer trainer(long seedOffset, int threads) {
        return new OneVsRestSvmTrainer(cost, maxEpochs, TOLERANCE, minWeight, seed + seedOffset, threads);
    }
}
