package io.github.doctagger.model;

import java.util.List;
import java.util.Map;

/**
 * A classified document.
 *
 * @param document  path relative to the input folder, '/' separators
 * @param sha256    SHA-256 of the whole file
 * @param bytes     size of the whole file
 * @param charset   encoding used to decode it
 * @param truncated whether only the first part was classified (the file exceeded the size cap)
 * @param model     id of the model that classified it
 * @param scores    one score per category, in taxonomy order
 * @param labels    the assigned category ids, in taxonomy order
 * @param evidence  for each assigned category, the terms that contributed most
 */
public record DocumentResult(String document, String sha256, long bytes, String charset, boolean truncated,
                             String model, double[] scores, List<String> labels,
                             Map<String, List<Evidence>> evidence) implements DocumentOutcome {
}
