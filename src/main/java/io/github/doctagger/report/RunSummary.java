package io.github.doctagger.report;

/**
 * What a finished run reports in run.json and on screen.
 *
 * @param exitStatus {@code ok} or {@code finished-with-errors}
 */
public record RunSummary(String runId, String runDir, String model, String modelTrainedAt,
                         Double modelCrossValidatedMicroF1, String input, String commandLine, String startedAt,
                         String finishedAt, double seconds, double documentsPerSecond, double megabytesPerSecond,
                         int threads, int attempts, boolean all, RunCounts counts, String exitStatus) {
}
