package io.github.doctagger.model;

/**
 * Who a model is before it exists: its id, the tool that makes it and the fingerprint of its
 * training data.
 */
public record ModelIdentity(String id, String tool, String fingerprint) {
}
