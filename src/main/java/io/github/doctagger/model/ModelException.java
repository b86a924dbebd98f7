package io.github.doctagger.model;

/** A model directory that is missing, incomplete, corrupt or from an unsupported version. */
public final class ModelException extends Exception {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
