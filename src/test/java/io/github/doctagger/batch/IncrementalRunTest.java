package io.github.doctagger.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.GeneratedNews;
import io.github.doctagger.Cli;
import io.github.doctagger.ReportedRun;
import io.github.doctagger.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled runs classify only what is new or changed for their model, and say so in run.json. */
class IncrementalRunTest {
    @TempDir
    static Path modelWork;
    static Path model;
    static Path otherModel;

    @TempDir
    Path dir;
    Path input;
    Path reports;

    @BeforeAll
    static void trainModels() throws IOException {
        model = GeneratedNews.trainModel(modelWork, 1);
        otherModel = GeneratedNews.trainModel(modelWork, 2);
    }

    @BeforeEach
    void writeInput() throws IOException {
        input = dir.resolve("in");
        reports = dir.resolve("reports");
        GeneratedNews.writeIncoming(input, 30);
        Files.write(input.resolve("empty.txt"), new byte[0]);
    }

    private Cli.Run classify(Path modelDir, String... extra) {
        List<String> args = new ArrayList<>(List.of("--threads", "2"));
        args.addAll(List.of(extra));
        Cli.Run outcome = Cli.run(GeneratedNews.classifyArgs(modelDir, input, reports, args.toArray(String[]::new)));
        assertThat(outcome.exit()).as(outcome.toString()).isIn(ExitCode.OK, ExitCode.PARTIAL);
        return outcome;
    }

    @Test
    void secondRunClassifiesNothingUnchangedAndPicksUpChangedAndNewFiles() throws IOException {
        Cli.Run first = classify(model);
        assertThat(first.exit()).isEqualTo(ExitCode.PARTIAL);
        ReportedRun firstRun = ReportedRun.latest(reports);
        assertThat(firstRun.results()).hasSize(30);
        assertThat(firstRun.errors()).containsOnlyKeys("empty.txt");

        Cli.Run second = classify(model);

        assertThat(second.exit()).as("an empty file already reported is not an error again").isEqualTo(ExitCode.OK);
        ReportedRun secondRun = ReportedRun.latest(reports);
        assertThat(secondRun.dir()).isNotEqualTo(firstRun.dir());
        assertThat(secondRun.results()).isEmpty();
        assertThat(secondRun.errors()).isEmpty();
        assertThat(secondRun.count("unchanged")).isEqualTo(31);
        assertThat(second.out()).contains("0 classified, 31 unchanged");

        Files.writeString(input.resolve("d000/doc-000004.txt"), " More rain and wind.", StandardOpenOption.APPEND);
        Files.writeString(input.resolve("d000/new.txt"), GeneratedNews.document("markets", 99), StandardCharsets.UTF_8);
        Files.move(input.resolve("d000/doc-000007.txt"), input.resolve("d000/renamed.txt"));

        classify(model);

        ReportedRun third = ReportedRun.latest(reports);
        assertThat(third.results()).containsOnlyKeys("d000/doc-000004.txt", "d000/new.txt", "d000/renamed.txt");
        assertThat(third.count("unchanged")).isEqualTo(29);
    }

    @Test
    void allClassifiesEverythingAgain() throws IOException {
        classify(model);

        classify(model, "--all");

        ReportedRun again = ReportedRun.latest(reports);
        assertThat(again.results()).hasSize(30);
        assertThat(again.errors()).containsOnlyKeys("empty.txt");
        assertThat(again.run().get("all").asBoolean()).isTrue();
        assertThat(again.count("unchanged")).isZero();
    }

    @Test
    void aNewModelClassifiesEverythingAgain() throws IOException {
        classify(model);
        String firstModel = ReportedRun.latest(reports).run().get("model").asText();

        classify(otherModel);

        ReportedRun withNewModel = ReportedRun.latest(reports);
        assertThat(withNewModel.run().get("model").asText()).isNotEqualTo(firstModel);
        assertThat(withNewModel.results()).hasSize(30);
        assertThat(withNewModel.results().values()).allSatisfy(row ->
                assertThat(row.get("model")).isEqualTo(withNewModel.run().get("model").asText()));

        classify(model);
        assertThat(ReportedRun.latest(reports).results()).as("the first model's ledger is kept").isEmpty();
    }

    @Test
    void aTornLedgerLineOnlyCostsThatDocumentAReclassification() throws IOException {
        classify(model);
        Path ledger;
        try (Stream<Path> files = Files.list(reports.resolve(BatchRunner.STATE_DIR).resolve("ledger"))) {
            ledger = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(ledger);
        // Cut the last line in half, as a crash while appending would.
        Files.write(ledger, java.util.Arrays.copyOf(bytes, bytes.length - 20));

        classify(model);

        ReportedRun run = ReportedRun.latest(reports);
        assertThat(run.results().size() + run.errors().size()).isEqualTo(1);
        assertThat(run.count("unchanged")).isEqualTo(30);
    }

    @Test
    void writesTheRunSummaryAndALogFileIntoTheReportsFolder() throws IOException {
        classify(model, "--quiet");

        ReportedRun run = ReportedRun.latest(reports);
        assertThat(run.run().get("model").asText()).startsWith("m-");
        assertThat(run.run().get("input").asText()).isEqualTo(input.toAbsolutePath().toString());
        assertThat(run.run().get("commandLine").asText()).contains("classify", "--quiet", input.toString());
        assertThat(run.run().get("exitStatus").asText()).isEqualTo("finished-with-errors");
        assertThat(run.run().get("seconds").asDouble()).isPositive();
        assertThat(run.run().get("startedAt").asText()).isNotBlank();
        assertThat(run.run().get("finishedAt").asText()).isNotBlank();
        assertThat(run.count("seen")).isEqualTo(31);
        assertThat(run.count("classified")).isEqualTo(30);
        assertThat(Path.of(run.run().get("runDir").asText())).isAbsolute();

        Path log = reports.resolve("doctagger.log");
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains(run.run().get("runId").asText(), "BatchRunner");
        assertThat(Files.readAllLines(log)).anyMatch(line -> line.matches(
                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  \\[[^\\]]+\\] BatchRunner - run .*"));
    }
}
