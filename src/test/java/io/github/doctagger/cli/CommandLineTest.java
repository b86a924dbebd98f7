package io.github.doctagger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.Cli;
import io.github.doctagger.TestCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command, run the way a user runs it, on temporary folders. */
class CommandLineTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"train", "classify", "evaluate", "explain", "export"})
    void everyCommandHasHelpAndRejectsUnknownOptions(String command) {
        Cli.Run help = Cli.run(command, "--help");
        assertThat(help.exit()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("Usage: doctagger " + command);
        Cli.Run bad = Cli.run(command, "--no-such-option");
        assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).containsAnyOf("Unknown option", "Missing required").contains("Usage: doctagger " + command);
    }

    @Test
    void versionAndTopLevelHelpListTheCommandsAndExitCodes() {
        assertThat(Cli.run("--version").out()).startsWith("doctagger ");
        Cli.Run help = Cli.run("--help");
        assertThat(help.out()).contains("train", "classify", "evaluate", "explain", "export", "Exit codes", "5  another run");
    }

    @Test
    void helpForACommandAndAMistypedCommandStillKnowEveryCommand() {
        Cli.Run help = Cli.run("help", "evaluate");
        assertThat(help.exit()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("Usage: doctagger evaluate");
        Cli.Run typo = Cli.run("clasify", "--input", dir.toString());
        assertThat(typo.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).contains("Did you mean", "doctagger classify");
        assertThat(Cli.run().err()).contains("Missing required subcommand", "train", "export");
    }

    @Test
    void badValuesAreUsageErrorsAndMissingInputsAreInputErrors() throws Exception {
        TestCorpus.write(dir, 6, 1);
        Cli.Run folds = Cli.run("train", "--seeds", dir.resolve("seeds").toString(), "--labels",
                dir.resolve("labels/seeds.csv").toString(), "--model", dir.resolve("m").toString(), "--folds", "1");
        assertThat(folds.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(folds.err()).contains("--folds must be at least 2");

        Cli.Run missing = Cli.run("train", "--seeds", dir.resolve("nope").toString(), "--labels",
                dir.resolve("labels/seeds.csv").toString(), "--model", dir.resolve("m").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(missing.err()).contains("seeds folder not found");

        Cli.Run noModel = Cli.run("classify", "--model", dir.resolve("absent").toString(), "--input", dir.toString(),
                "--reports", dir.resolve("r").toString());
        assertThat(noModel.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(noModel.err()).contains("no model at");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void malformedLabelFileStopsTrainingBeforeItStartsAndNamesTheLine() throws Exception {
        TestCorpus.write(dir, 6, 1);
        Path labels = dir.resolve("labels/seeds.csv");
        Files.writeString(labels, Files.readString(labels) + "border/b0.txt,border-security\nmissing.txt,\n");
        Cli.Run run = Cli.run("train", "--seeds", dir.resolve("seeds").toString(), "--labels", labels.toString(),
                "--categories", dir.resolve("labels/categories.csv").toString(), "--model", dir.resolve("m").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("seeds.csv:26: document 'border/b0.txt' is listed twice")
                .contains("seeds.csv:27: document 'missing.txt' does not exist");
        assertThat(dir.resolve("m")).doesNotExist();
    }

    @Test
    void trainClassifyEvaluateAndExplainEndToEnd() throws Exception {
        TestCorpus.write(dir, 20, 3);
        Path model = dir.resolve("model");
        Cli.Run train = Cli.run("train", "--seeds", dir.resolve("seeds").toString(), "--labels",
                dir.resolve("labels/seeds.csv").toString(), "--model", model.toString(), "--threads", "2");
        assertThat(train.exit()).as(train.err()).isEqualTo(ExitCode.OK);
        assertThat(train.out()).contains("Cross-validated (5 folds) micro-F1").contains("border-security").contains("support");
        assertThat(model.resolve("model.tribuo")).isRegularFile();
        assertThat(Files.readString(model.resolve("model.json"))).contains("\"thresholds\"", "\"fingerprint\"", "\"crossValidation\"");

        Path incoming = Files.createDirectories(dir.resolve("incoming/sub"));
        Random random = new Random(5);
        Files.writeString(incoming.resolve("border.txt"), TestCorpus.text(random, TestCorpus.border(), null));
        Files.writeString(incoming.resolve("match report.txt"), TestCorpus.text(random, TestCorpus.sport(), null));
        Files.writeString(dir.resolve("incoming/hack, \"quoted\".txt"), TestCorpus.text(random, TestCorpus.cyber(), null));
        Files.write(dir.resolve("incoming/blob.bin"), new byte[] {0, 1, 2, 0, 0, 7});
        Path reports = dir.resolve("reports");
        Cli.Run classify = Cli.run("classify", "--model", model.toString(), "--input", dir.resolve("incoming").toString(),
                "--reports", reports.toString(), "--threads", "2");
        assertThat(classify.exit()).as(classify.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(classify.out()).contains("4 seen: 3 classified").contains("binary");
        Path latest = reports.resolve("latest");
        String results = Files.readString(latest.resolve("results.csv"), StandardCharsets.UTF_8);
        assertThat(results.split("\r\n")).hasSize(4);
        assertThat(results).contains("\"hack, \"\"quoted\"\".txt\",cyber-security,")
                .contains("sub/border.txt,border-security,").contains("sub/match report.txt,,");
        assertThat(Files.readString(latest.resolve("errors.csv"))).contains("blob.bin,binary,");
        assertThat(Files.readString(latest.resolve("results.jsonl"))).contains("\"evidence\":[{\"term\":");
        assertThat(latest.resolve("run.json")).isRegularFile();

        Cli.Run evaluate = Cli.run("evaluate", "--model", model.toString(), "--seeds", dir.resolve("seeds").toString(),
                "--labels", dir.resolve("labels/seeds.csv").toString(), "--reports", dir.resolve("eval").toString());
        assertThat(evaluate.exit()).isEqualTo(ExitCode.OK);
        assertThat(evaluate.out()).contains("micro-F1", "macro avg");
        assertThat(dir.resolve("eval/evaluation.json")).isRegularFile();

        Cli.Run explain = Cli.run("explain", "--model", model.toString(), incoming.resolve("border.txt").toString());
        assertThat(explain.exit()).isEqualTo(ExitCode.OK);
        assertThat(explain.out()).contains("→ border-security").contains("threshold");
    }

    @Test
    void trainingTwiceWithTheSameSeedGivesByteIdenticalResults() throws Exception {
        TestCorpus.write(dir, 12, 11);
        Path incoming = Files.createDirectories(dir.resolve("incoming"));
        Random random = new Random(8);
        for (int i = 0; i < 10; i++) {
            Files.writeString(incoming.resolve("d" + i + ".txt"), TestCorpus.text(random,
                    i % 2 == 0 ? TestCorpus.border() : TestCorpus.cyber(), i % 3 == 0 ? TestCorpus.sport() : null));
        }
        byte[][] results = new byte[2][];
        for (int attempt = 0; attempt < 2; attempt++) {
            Path model = dir.resolve("model" + attempt);
            assertThat(Cli.run("train", "--seeds", dir.resolve("seeds").toString(), "--labels",
                    dir.resolve("labels/seeds.csv").toString(), "--model", model.toString(), "--seed", "5",
                    "--threads", String.valueOf(attempt + 1)).exit()).isZero();
            Path reports = dir.resolve("reports" + attempt);
            assertThat(Cli.run("classify", "--model", model.toString(), "--input", incoming.toString(), "--reports",
                    reports.toString(), "--threads", String.valueOf(2 - attempt)).exit()).isZero();
            results[attempt] = Files.readAllBytes(reports.resolve("latest/results.csv"));
        }
        assertThat(results[1]).isEqualTo(results[0]);
    }
}
