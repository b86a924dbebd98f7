package io.github.doctagger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.Cli;
import io.github.doctagger.report.ReportCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML reports as a user gets them: train, classify twice and evaluate with the real command line. */
class ReportsCommandLineTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)>.txt";

    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void classifyWritesASummaryAndAnIndexAndEvaluateWritesAnHtmlReport() throws Exception {
        ReportCorpus.write(dir, 15, 7);
        Cli.Run train = Cli.run("train", "--seeds", dir.resolve("seeds").toString(), "--labels", dir.resolve("labels/seeds.csv").toString(),
                "--model", dir.resolve("model").toString(), "--threads", "2", "--quiet");
        assertThat(train.exit()).as(train.err()).isEqualTo(ExitCode.OK);

        Random random = new Random(21);
        write("sport/derby.txt", ReportCorpus.text(random, "sport"));
        write("weather/storm.txt", ReportCorpus.text(random, "weather"));
        write("markets/close.txt", ReportCorpus.text(random, "markets"));
        write(HOSTILE, "<script>alert('x')</script> " + ReportCorpus.text(random, "sport"));
        write("=SUM(A1).txt", ReportCorpus.text(random, "markets"));
        write("empty.txt", "");
        Path reports = dir.resolve("reports");
        String[] classify = {"classify", "--model", dir.resolve("model").toString(), "--input", dir.resolve("in").toString(),
            "--reports", reports.toString(), "--threads", "2", "--quiet", "--all"};

        Cli.Run first = Cli.run(classify);
        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCode.PARTIAL);
        String summary = Files.readString(reports.resolve("latest/summary.html"), StandardCharsets.UTF_8);
        assertThat(summary).contains("&lt;img src=x onerror=alert(1)&gt;.txt").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("Documents per category").contains("<mark class=\"cat")
                .contains("Errors (1)").contains("empty.txt").contains("=SUM(A1).txt")
                .contains("doctagger classify --model");
        assertThat(Files.readString(reports.resolve("latest/results.csv"))).contains("\n'=SUM(A1).txt,");
        assertThat(Files.readString(reports.resolve("latest/results.jsonl"))).contains("{\"document\":\"=SUM(A1).txt\"");

        Cli.Run second = Cli.run(classify);
        assertThat(second.exit()).isEqualTo(ExitCode.PARTIAL);
        String index = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains("2 runs").contains("Tagged documents per category over time").contains("/summary.html\">");
        try (var runs = Files.list(reports)) {
            assertThat(runs.filter(p -> Files.exists(p.resolve("summary.html")) && !Files.isSymbolicLink(p)).count()).isEqualTo(2);
        }

        Files.writeString(dir.resolve("in-labels.csv"), "document,labels\nsport/derby.txt,sport\nweather/storm.txt,weather\n"
                + "markets/close.txt,sport\n", StandardCharsets.UTF_8);
        Files.delete(dir.resolve("in/empty.txt"));
        Cli.Run evaluate = Cli.run("evaluate", "--model", dir.resolve("model").toString(), "--seeds", dir.resolve("in").toString(),
                "--labels", dir.resolve("in-labels.csv").toString(), "--reports", dir.resolve("eval").toString(), "--quiet");
        assertThat(evaluate.exit()).as(evaluate.err()).isEqualTo(ExitCode.OK);
        assertThat(evaluate.out()).contains("evaluation.html");
        String evaluation = Files.readString(dir.resolve("eval/evaluation.html"), StandardCharsets.UTF_8);
        assertThat(evaluation).contains("Evaluation of model").contains("Precision, recall and F1 per category")
                .contains("markets/close.txt").contains("<span class=\"marker\">missed</span>")
                .contains("<span class=\"marker\">wrong</span>");
        assertThat(dir.resolve("eval/evaluation.json")).isRegularFile();
    }
}
