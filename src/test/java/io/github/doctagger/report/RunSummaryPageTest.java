package io.github.doctagger.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.batch.BatchOptions;
import io.github.doctagger.batch.BatchRunner;
import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.TopicModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSummaryPageTest {
    private static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>.txt";

    @TempDir
    static Path modelDir;
    static TopicModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws Exception {
        model = ReportCorpus.train(modelDir);
    }

    private String render(List<DocumentResult> results, List<String[]> errors) throws Exception {
        Path runDir = dir.resolve("reports/20261126T100000Z");
        ReportCorpus.writeRun(model, runDir, results, errors);
        RunSummary summary = ReportCorpus.summary(model, runDir, dir.resolve("in"), results, errors.size());
        RunOverview overview = new RunOverview(model);
        OutcomeFormat format = new OutcomeFormat(model.taxonomy().ids());
        results.forEach(r -> overview.add(format.encode(r).written())); // as the run feeds it
        RunSummaryPage.write(runDir, summary, model, overview);
        return Files.readString(runDir.resolve(RunSummaryPage.FILE), StandardCharsets.UTF_8);
    }

    @Test
    void thePageFedByTheRunIsThePageReadBackFromResultsJsonl() throws Exception {
        List<DocumentResult> results = ReportCorpus.generated(model, 300, 5);
        String fed = render(results, List.of());
        Path runDir = dir.resolve("reports/20261126T100000Z");
        RunSummary summary = ReportCorpus.summary(model, runDir, dir.resolve("in"), results, 0);
        assertThat(RunSummaryPage.render(runDir, summary, model)).isEqualTo(fed);
    }

    @Test
    void excerptsMadeWhileClassifyingAreTheExcerptsReadFromTheFiles() throws Exception {
        Path in = dir.resolve("in");
        Random random = new Random(4);
        for (int i = 0; i < 40; i++) {
            ReportCorpus.write(in.resolve(String.format("doc-%02d.txt", i)),
                    ReportCorpus.text(random, ReportCorpus.CATEGORIES.get(i % ReportCorpus.CATEGORIES.size())));
        }
        // Larger than an excerpt's read, and cut at --max-bytes: the page reads these from the file.
        ReportCorpus.write(in.resolve("long.txt"), ReportCorpus.text(random, "sport").repeat(2000));
        RunSummary summary = new BatchRunner(model, new BatchOptions(in, dir.resolve("reports"), 2, 50_000, false, false,
                "doctagger classify")).run();
        Path runDir = Path.of(summary.runDir());
        String written = Files.readString(runDir.resolve(RunSummaryPage.FILE), StandardCharsets.UTF_8);

        assertThat(written).contains("<mark", "long.txt").doesNotContain("no excerpt");
        assertThat(RunSummaryPage.render(runDir, summary, model)).isEqualTo(written);
    }

    /** Writes {@code text} as an input file and classifies it. */
    private DocumentResult input(String name, String text) throws Exception {
        ReportCorpus.write(dir.resolve("in").resolve(name), text);
        return ReportCorpus.classify(model, name, text);
    }

    @Test
    void escapesDocumentNamesAndTextAndHighlightsTheEvidenceInTheExcerpt() throws Exception {
        Random random = new Random(3);
        DocumentResult hostile = input(HOSTILE_NAME, "<script>alert(1)</script> " + ReportCorpus.text(random, "sport"));
        String html = render(List.of(hostile), List.of());

        assertThat(hostile.labels()).contains("sport");
        assertThat(html).doesNotContain("<img src=x").doesNotContain("<script>alert")
                .contains("&lt;img src=x onerror=alert(1)&gt;.txt")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String sportTerm = hostile.evidence().get("sport").get(0).term();
        assertThat(html).containsPattern("<mark class=\"cat\\d\" title=\"Sport: " + Pattern.quote(sportTerm));
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    }

    @Test
    void showsRunFactsChartsForEveryCategoryAndTheCoOccurrenceOfCategories() throws Exception {
        Random random = new Random(5);
        List<DocumentResult> results = List.of(input("a.txt", ReportCorpus.text(random, "sport", "weather")),
                input("b.txt", ReportCorpus.text(random, "markets")), input("c.txt", ReportCorpus.text(random)));
        String html = render(results, List.of());

        assertThat(html).contains("Run 20261126T100000Z").contains(model.id()).contains("cross-validated micro-F1 0.900")
                .contains("Documents per category").contains("Score distribution per category")
                .contains("Categories that come together").contains("Worth a human look");
        for (String name : List.of("Markets", "Sport", "Weather")) {
            assertThat(html).contains("aria-label=\"Score distribution of " + name + "\"");
        }
        assertThat(html).contains("threshold " + String.format(java.util.Locale.ROOT, "%.2f", model.thresholds().get(0)));
        assertThat(html).contains("title=\"Sport and Weather: 1 documents with both\"");
        assertThat(html).contains("All 3 documents of the run.");
    }

    @Test
    void capsTheDocumentTableButKeepsTaggedDocumentsNearAThreshold() throws Exception {
        List<DocumentResult> results = new ArrayList<>(ReportCorpus.generated(model, RunSummaryPage.TABLE_ROWS + 300, 11));
        results.set(2100, taggedWithMargin(results.get(2100), 0.01));
        results.set(2101, taggedWithMargin(results.get(2101), 0.5));
        String html = render(results, List.of());

        java.util.Set<String> listed = new java.util.HashSet<>();
        Matcher row = Pattern.compile("<tr data-text=\"(doc-\\d+\\.txt)").matcher(html);
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertThat(listed.size()).isGreaterThanOrEqualTo(RunSummaryPage.TABLE_ROWS)
                .isLessThanOrEqualTo(RunSummaryPage.TABLE_ROWS + RunSummaryPage.NEAR_ROWS);
        assertThat(html).contains("The table is capped: it lists the first 2,000 of 2,300 documents in path order");
        assertThat(listed).contains("doc-00000.txt", "doc-01999.txt", "doc-02100.txt").doesNotContain("doc-02101.txt");
        Margins margins = new Margins(model);
        DocumentSelection probe = new DocumentSelection(margins, model.taxonomy().ids(), 0, 0, 0);
        for (DocumentResult r : results.subList(RunSummaryPage.TABLE_ROWS, results.size())) {
            DocumentSelection.CloseCall weakest = probe.weakestTag(r);
            boolean near = weakest != null && Math.abs(weakest.margin()) < Margins.NEAR;
            assertThat(listed.contains(r.document())).as(r.document()).isEqualTo(near);
        }
    }

    @Test
    void listsErrorsWithTheOriginalNameAndNotesMissingExcerpts() throws Exception {
        DocumentResult changed = input("changed.txt", ReportCorpus.text(new Random(2), "markets"));
        ReportCorpus.write(dir.resolve("in/changed.txt"), "something else entirely");
        String html = render(List.of(changed), List.<String[]>of(new String[] {"=HYPERLINK(\"x\").txt", "the file is empty"},
                new String[] {HOSTILE_NAME, "<b>bold</b>"}));

        assertThat(html).contains("Errors (2)").contains("<code>empty</code> 2")
                .contains("=HYPERLINK(&quot;x&quot;).txt").doesNotContain("&#39;=HYPERLINK")
                .contains("&lt;b&gt;bold&lt;/b&gt;")
                .contains("1 document has no excerpt: the file changed or is gone since the run.");
    }

    @Test
    void theSameRunGivesTheSameBytes() throws Exception {
        List<DocumentResult> results = List.of(input("x.txt", ReportCorpus.text(new Random(9), "weather")));
        String first = render(results, List.of());
        String second = render(results, List.of());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void leavesOutAnUnreadableResultLineAndSaysSo() throws Exception {
        Path runDir = dir.resolve("reports/20261126T100000Z");
        List<DocumentResult> results = List.of(input("ok.txt", ReportCorpus.text(new Random(4), "sport")));
        ReportCorpus.writeRun(model, runDir, results, List.of());
        Files.writeString(runDir.resolve(RunReports.RESULTS_JSONL), "{broken\n", java.nio.file.StandardOpenOption.APPEND);
        String html = RunSummaryPage.render(runDir, ReportCorpus.summary(model, runDir, dir.resolve("in"), results, 0), model);
        assertThat(html).contains("ok.txt").contains("1 line of results.jsonl could not be read");
    }

    @Test
    void aRunWithoutDocumentsStillGetsAPage() throws Exception {
        String html = render(List.of(), List.of());
        assertThat(html).contains("No document was classified in this run.").contains("Every file was classified.");
    }

    /** {@code r} tagged with the first category only, {@code margin} above its threshold. */
    private static DocumentResult taggedWithMargin(DocumentResult r, double margin) {
        double[] scores = new double[r.scores().length];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = model.thresholds().get(k) - 1;
        }
        scores[0] = model.thresholds().get(0) + margin;
        String id = model.taxonomy().ids().get(0);
        return new DocumentResult(r.document(), r.sha256(), r.bytes(), r.charset(), false, r.model(), scores, List.of(id),
                java.util.Map.of(id, List.of(new io.github.doctagger.model.Evidence("shares", 0.2))));
    }
}
