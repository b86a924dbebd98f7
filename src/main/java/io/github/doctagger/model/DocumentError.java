package io.github.doctagger.model;

import io.github.doctagger.corpus.DocumentProblem;

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
}
