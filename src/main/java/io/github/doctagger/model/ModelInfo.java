package io.github.doctagger.model;

import java.util.Map;

/**
 * What a model directory says about itself in {@code model.json}.
 *
 * @param format             version of the model directory layout
 * @param id                 model id: derived from the training data and settings, so the same
 *                           data trained the same way gives the same id
 * @param tool               the doctagger version that trained it
 * @param createdAt          ISO-8601 UTC time of training
 * @param settings           how it was trained
 * @param decision           the decision rule in force ({@code thresholds} or {@code best-category})
 * @param trainingDocuments  number of training documents
 * @param categoryDocuments  training documents per category
 * @param thresholds         threshold per category (absent: never assigned)
 * @param fingerprint        SHA-256 over the sorted list of (file, SHA-256) of every seed and label file
 * @param trainingSeconds    wall time of training including cross-validation
 * @param crossValidation    cross-validated metrics
 */
public record ModelInfo(int format, String id, String tool, String createdAt, TrainingSettings settings,
                        String decision, int trainingDocuments, Map<String, Integer> categoryDocuments,
                        Map<String, Double> thresholds, String fingerprint, double trainingSeconds,
                        Evaluation crossValidation) {

    /** The layout version this code writes and reads. */
    public static final int CURRENT_FORMAT = 1;
}
