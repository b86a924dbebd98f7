package io.github.doctagger.batch;

import io.github.doctagger.corpus.DocumentProblem;
import java.nio.file.Path;

/**
 * One thing found under the input folder.
 *
 * @param document path relative to the input folder, '/' separators (the document id)
 * @param file     where to read it (for a link: the link's target)
 * @param problem  why it cannot be read as a document, or null when it is a regular file
 * @param detail   a sentence about the problem, or null
 */
public record InputEntry(String document, Path file, DocumentProblem problem, String detail) {
}
