package io.github.doctagger.report;

import io.github.doctagger.model.TopicModel;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What a finished run reports in run.json and on screen, whichever engine ran it.
 *
 * @param threads    classification threads (for a Spark run: the cores of its executors)
 * @param exitStatus {@code ok} or {@code finished-with-errors}
 */
public record RunSummary(String runId, String runDir, String model, String modelTrainedAt,
                         Double modelCrossValidatedMicroF1, String input, String commandLine, String startedAt,
                         String finishedAt, double seconds, double documentsPerSecond, double megabytesPerSecond,
                         int threads, int attempts, boolean all, RunCounts counts, String exitStatus) {

    /** The summary of a run that finishes now, having taken {@code seconds}. */
    public static RunSummary of(String runId, String runDir, TopicModel model, String input, String commandLine,
                                String startedAt, double seconds, int threads, int attempts, boolean all, RunCounts counts) {
        double docsPerSecond = seconds > 0 ? counts.seen / seconds : 0;
        double mbPerSecond = seconds > 0 ? counts.bytes / 1e6 / seconds : 0;
        Double cvF1 = model.info().crossValidation() == null ? null : model.info().crossValidation().microF1();
        return new RunSummary(runId, runDir, model.id(), model.info().createdAt(), cvF1, input, commandLine, startedAt,
                now(), Math.round(seconds * 1000) / 1000.0, Math.round(docsPerSecond * 10) / 10.0,
                Math.round(mbPerSecond * 100) / 100.0, threads, attempts, all, counts,
                counts.errorTotal() > 0 ? "finished-with-errors" : "ok");
    }

    /** The current UTC time to the second, as run.json writes times. */
    public static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
    }
}
