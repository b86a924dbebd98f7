package io.github.doctagger.corpus;

import java.nio.file.Path;
import java.util.Set;

/**
 * A training or evaluation document.
 *
 * @param id     path relative to the seeds folder, with '/' separators
 * @param file   where it is on disk
 * @param labels its category ids (empty: a real negative example)
 */
public record LabelledDocument(String id, Path file, Set<String> labels) {
}
