package io.github.doctagger.model;

import io.github.doctagger.corpus.DocumentProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * A document that could not be classified, and why.
 *
 * @param document path relative to the input folder, '/' separators
 * @param problem  the kind of problem (the stable {@code error} code)
 * @param detail   a sentence for people
 * @param sha256   SHA-256 of the file when it could be read, else null
 * @param bytes    size of the file when known, else -1
 */
public record DocumentError(String document, DocumentProblem problem, String detail, String sha256, long bytes)
        implements DocumentOutcome {

    /**
     * The error row of a file that could not be read: {@link NoSuchFileException} means it
     * vanished after it was listed, {@link AccessDeniedException} and any other failure that it
     * is unreadable. Every engine reports read failures through here, so their rows agree.
     */
    public static DocumentError readFailure(String document, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DocumentError(document, DocumentProblem.VANISHED, "the file disappeared before it could be read", null, -1);
        }
        if (e instanceof AccessDeniedException) {
            return new DocumentError(document, DocumentProblem.UNREADABLE, "permission denied", null, -1);
        }
        return new DocumentError(document, DocumentProblem.UNREADABLE, "read failed: " + e.getMessage(), null, -1);
    }

    /** The error row of a file whose size (or time) changed while it was read; {@code bytes} were read. */
    public static DocumentError changedDuringRead(String document, long bytes) {
        return new DocumentError(document, DocumentProblem.CHANGED,
                "the file changed while it was read; it will be classified by the next run", null, bytes);
    }
}
