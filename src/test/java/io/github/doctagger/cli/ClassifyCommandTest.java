package io.github.doctagger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.GeneratedNews;
import io.github.doctagger.Cli;
import io.github.doctagger.ReportedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code classify}'s help, and each bad argument's documented exit code. */
class ClassifyCommandTest {
    @TempDir
    static Path modelWork;
    static Path model;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainModel() throws IOException {
        model = GeneratedNews.trainModel(modelWork, 1);
    }

    @Test
    void helpExplainsSchedulingAndExitCodes() {
        Cli.Run help = Cli.run("classify", "--help");

        assertThat(help.exit()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains(
                "*/15 * * * * /opt/doctagger/bin/doctagger classify --input /data/incoming --reports /data/reports --quiet",
                "OnCalendar=*:0/15", "docs/scheduling.md", "--max-bytes", "--all", "--threads", "--quiet",
                "0 ok", "2 usage error", "3 input error", "4 finished", "5 another run");
    }

    @Test
    void rejectsBadValuesAsUsageErrorsBeforeTouchingTheReportsFolder() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        Path reports = dir.resolve("reports");
        for (String[] bad : new String[][] {{"--threads", "0"}, {"--max-bytes", "0"}, {"--max-bytes", "lots"},
            {"--no-such-option"}}) {
            Cli.Run outcome = Cli.run("classify", "--model", model.toString(), "--input", input.toString(),
                    "--reports", reports.toString(), bad[0], bad.length > 1 ? bad[1] : "--quiet");

            assertThat(outcome.exit()).as(String.join(" ", bad) + ": " + outcome).isEqualTo(ExitCode.USAGE);
            assertThat(outcome.err()).contains(bad[0]);
        }
        assertThat(reports).doesNotExist();
    }

    @Test
    void reportsAMissingInputOrModelAsAnInputError() throws IOException {
        Path reports = dir.resolve("reports");

        Cli.Run noInput = Cli.run("classify", "--model", model.toString(), "--input",
                dir.resolve("missing").toString(), "--reports", reports.toString());
        Cli.Run noModel = Cli.run("classify", "--model", dir.resolve("no-model").toString(), "--input",
                dir.toString(), "--reports", reports.toString());

        assertThat(noInput.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(noInput.err()).contains("input folder not found", "missing");
        assertThat(noModel.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(noModel.err()).contains("no model at", "doctagger train");
        assertThat(reports).doesNotExist();
    }

    @Test
    void recordsTheCommandLineSoThatAShellCanRunItAgain() throws IOException {
        Path input = Files.createDirectories(dir.resolve("my 'news' in"));
        Files.writeString(input.resolve("a.txt"), GeneratedNews.document("sport", 1));
        Path reports = dir.resolve("reports");

        Cli.Run outcome = Cli.run("classify", "--model", model.toString(), "--input", input.toString(),
                "--reports", reports.toString(), "--quiet");

        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(ExitCode.OK);
        assertThat(ReportedRun.latest(reports).run().get("commandLine").asText()).isEqualTo(
                "doctagger classify --model " + model + " --input '" + dir + "/my '\\''news'\\'' in' --reports " + reports
                        + " --quiet");
    }

    @Test
    void rejectsAnUnknownEngineWithTheUsageExitCode() {
        Cli.Run run = Cli.run("classify", "--engine", "hadoop");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--engine must be local or spark");
    }

    @Test
    void documentsTheSparkEngineInItsHelp() {
        Cli.Run help = Cli.run("classify", "--help");
        assertThat(help.exit()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("--engine", "--master", "--partitions");
    }
}
