package io.github.doctagger.model;

/** What became of one input document: a {@link DocumentResult} or a {@link DocumentError}. */
public sealed interface DocumentOutcome permits DocumentResult, DocumentError {
    /** The document id: its path relative to the input folder, with '/' separators. */
    String document();

    /** Size of the whole file in bytes, or -1 when it could not be read. */
    long bytes();
}
