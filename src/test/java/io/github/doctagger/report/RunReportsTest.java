package io.github.doctagger.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.TopicModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportsTest {
    @TempDir
    static Path modelDir;
    static TopicModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws Exception {
        model = ReportCorpus.train(modelDir);
    }

    private Path runWithParts() throws Exception {
        Path runDir = dir.resolve("reports/20261126T100000Z");
        List<DocumentResult> results = List.of(ReportCorpus.classify(model, "a.txt", ReportCorpus.text(new Random(1), "sport")));
        ReportCorpus.writeRun(model, runDir, results, List.of());
        for (String name : List.of(RunReports.RESULTS_CSV, RunReports.RESULTS_JSONL, RunReports.ERRORS_CSV)) {
            Files.move(runDir.resolve(name), runDir.resolve(name + ".part"));
        }
        return runDir;
    }

    private static RunOverview overviewOfParts(Path runDir) throws Exception {
        return RunOverview.read(runDir.resolve(RunReports.RESULTS_JSONL + ".part"), model);
    }

    @Test
    void completingARunWritesTheSummaryAndThenRunJsonAndPublishingWritesTheIndex() throws Exception {
        Path runDir = runWithParts();
        RunSummary summary = ReportCorpus.summary(model, runDir, dir.resolve("in"), List.of(), 0);
        RunReports.complete(runDir, summary, model, overviewOfParts(runDir));
        RunReports.publishIndex(dir.resolve("reports"));

        assertThat(runDir.resolve(RunSummaryPage.FILE)).isRegularFile();
        assertThat(Files.readString(runDir.resolve(RunSummaryPage.FILE))).contains("a.txt");
        assertThat(runDir.resolve(RunReports.RUN_FILE)).isRegularFile();
        assertThat(Files.getLastModifiedTime(runDir.resolve(RunSummaryPage.FILE)))
                .isLessThanOrEqualTo(Files.getLastModifiedTime(runDir.resolve(RunReports.RUN_FILE)));
        assertThat(Files.readString(dir.resolve("reports/index.html"))).contains("20261126T100000Z/summary.html");
        try (var files = Files.list(runDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".part"));
        }
    }

    @Test
    void aSummaryThatCannotBeWrittenDoesNotKeepTheRunFromCompleting() throws Exception {
        Path runDir = runWithParts();
        Files.createDirectories(runDir.resolve(RunSummaryPage.FILE).resolve("in-the-way"));
        RunReports.complete(runDir, ReportCorpus.summary(model, runDir, dir.resolve("in"), List.of(), 0), model, overviewOfParts(runDir));
        assertThat(runDir.resolve(RunReports.RUN_FILE)).isRegularFile();
        assertThat(runDir.resolve(RunReports.RESULTS_CSV)).isRegularFile();
    }
}
