package io.github.doctagger.model;

import io.github.doctagger.text.FeatureConfig;

/**
 * Everything that decides what a training run produces (saved with the model).
 *
 * @param features     the feature pipeline
 * @param folds        cross-validation folds used to choose thresholds and report metrics
 * @param seed         seed for fold assignment and SGD shuffling
 * @param epochs       passes of stochastic gradient descent over the data
 * @param learningRate AdaGrad's initial learning rate
 * @param loss         {@code logistic} (one-vs-rest binary cross-entropy, scores are probabilities)
 *                     or {@code hinge} (one-vs-rest SVM, scores are margins)
 * @param decision     {@code auto} (best-category for single-label corpora, thresholds otherwise),
 *                     {@code thresholds} or {@code best-category}
 */
public record TrainingSettings(FeatureConfig features, int folds, long seed, int epochs, double learningRate,
                               String loss, String decision) {

    public TrainingSettings {
        if (folds < 2) {
            throw new IllegalArgumentException("--folds must be at least 2, was " + folds);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1, was " + epochs);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("--learning-rate must be positive, was " + learningRate);
        }
        if (!loss.equals("logistic") && !loss.equals("hinge")) {
            throw new IllegalArgumentException("--loss must be logistic or hinge, was " + loss);
        }
        if (!decision.equals("auto")) {
            DecisionRule.fromCode(decision);
        }
    }

    public static TrainingSettings defaults() {
        return new TrainingSettings(FeatureConfig.defaults(), 5, 42L, 20, 0.5, "logistic", "auto");
    }
}
