package io.github.doctagger.batch;

/** Another run holds the reports folder's lock. */
public final class RunBusyException extends Exception {
    public RunBusyException(String message) {
        super(message);
    }
}
