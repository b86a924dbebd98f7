package io.github.doctagger.model;

/**
 * Who a model is before it exists: its id, the tool that makes it and the fingerprint of its
 * training data.
 */
public record ModelIdentity(String id, String tool, String fingerprint) {

    /** Throw-away metadata for the per-fold models that only produce out-of-fold scores. */
    ModelInfo placeholder() {
        return new ModelInfo(ModelInfo.CURRENT_FORMAT, id + "-fold", tool, "", null, "", 0, java.util.Map.of(),
                java.util.Map.of(), fingerprint, 0, null);
    }
}
