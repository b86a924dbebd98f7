package io.github.doctagger.batch;

import io.github.doctagger.report.RunCounts;

/**
 * The durable state of an unfinished run, rewritten atomically after each batch of documents:
 * how long each part file is, the last document written (input is processed in path order), the
 * counts so far, and the seconds spent on it by all attempts so far (so that a resumed run's
 * duration and documents/s cover the whole run).
 */
public record Checkpoint(String runId, String model, String input, String startedAt, int attempt,
                         long resultsCsv, long resultsJsonl, long errorsCsv, long ledger,
                         String lastDocument, RunCounts counts, double seconds) {
}
