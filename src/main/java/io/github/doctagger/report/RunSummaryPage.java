package io.github.doctagger.report;

import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.TopicModel;
import io.github.doctagger.report.html.BarChart;
import io.github.doctagger.report.html.Heatmap;
import io.github.doctagger.report.html.Histogram;
import io.github.doctagger.report.html.Html;
import io.github.doctagger.report.html.HtmlPage;
import io.github.doctagger.report.html.Palette;
import io.github.doctagger.report.html.ShareBar;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.html} of a run: what was classified and how, charts of the categories and their
 * scores, the close calls worth a human look, the documents with their evidence and an excerpt,
 * and the files that failed. Built from a {@link RunOverview} of the results (fed by the run as
 * it writes them, or read back from results.jsonl) and errors.csv.
 */
public final class RunSummaryPage {
    public static final String FILE = "summary.html";
    /** Documents listed in path order. */
    static final int TABLE_ROWS = 2000;
    /** Tagged documents beyond those, closest to a threshold, listed as well. */
    static final int NEAR_ROWS = 500;
    /** Documents in "worth a human look": at most this many, and at most a fifth of the run ... */
    static final int CLOSE_CALLS = 25;
    /** ... but at least this many. */
    static final int CLOSE_CALLS_AT_LEAST = 5;
    /** Errors listed (all are counted). */
    static final int ERROR_ROWS = 1000;

    private final RunSummary summary;
    private final CategoryStyle style;
    private final Margins margins;
    private final DocumentTable table;
    private final RunOverview overview;
    private final RunDigest digest;
    private final DocumentSelection selection;
    private final long unreadableLines;
    private final Excerpts excerpts;
    private final Map<String, String> excerptByDocument = new HashMap<>();
    private int excerptsMissing;
    private ErrorList errors;

    private RunSummaryPage(RunSummary summary, TopicModel model, RunOverview overview) {
        this.summary = summary;
        this.style = new CategoryStyle(model.taxonomy());
        this.margins = new Margins(model);
        this.table = new DocumentTable(style, margins);
        this.overview = overview;
        this.digest = overview.digest();
        this.selection = overview.selection();
        this.unreadableLines = overview.unreadableLines();
        this.excerpts = overview.excerpts();
    }

    /** Writes {@code runDir/summary.html} (atomically) from the overview of its results and its errors.csv. */
    public static void write(Path runDir, RunSummary summary, TopicModel model, RunOverview overview) throws IOException {
        RunReports.writeAtomically(runDir.resolve(FILE), render(runDir, summary, model, overview));
    }

    /** The page for the run in {@code runDir}, its results read back from results.jsonl. */
    static String render(Path runDir, RunSummary summary, TopicModel model) throws IOException {
        return render(runDir, summary, model, RunOverview.read(runDir.resolve(RunReports.RESULTS_JSONL), model));
    }

    private static String render(Path runDir, RunSummary summary, TopicModel model, RunOverview overview) throws IOException {
        RunSummaryPage page = new RunSummaryPage(summary, model, overview);
        page.errors = ErrorList.read(runDir.resolve(RunReports.ERRORS_CSV), ERROR_ROWS);
        page.readExcerpts(summary.input() == null ? null : Path.of(summary.input()));
        return page.html();
    }

    /**
     * The listed documents' excerpts: made while classifying, or read from the files, a few at a
     * time (one per core): each is an open, read and hash.
     */
    private void readExcerpts(Path input) {
        List<DocumentResult> wanted = new ArrayList<>(selection.rows());
        selection.closeCalls().forEach(c -> wanted.add(c.result()));
        Map<String, DocumentResult> unique = new LinkedHashMap<>();
        wanted.forEach(r -> unique.putIfAbsent(r.document(), r));
        List<String> html = unique.values().parallelStream().map(r -> {
            String made = overview.excerptOf(r.document());
            return made != null || input == null ? made : excerpts.read(input, Excerpts.locate(input, r.document()), r);
        }).toList();
        int i = 0;
        for (String document : unique.keySet()) {
            String excerpt = html.get(i++);
            if (excerpt == null) {
                excerptsMissing++;
            }
            excerptByDocument.put(document, excerpt);
        }
    }

    private String html() {
        RunCounts counts = summary.counts();
        HtmlPage page = new HtmlPage("Run " + summary.runId(), style.palette())
                .subtitle(Html.escape(Html.time(summary.startedAt())) + " · " + Html.count(digest.documents())
                        + " documents classified from <span class=\"mono\">" + Html.escape(summary.input()) + "</span>")
                .intro(new RunFacts(summary, digest.documents(), digest.withLabels(0)).html())
                .section("categories", "Documents per category", categories())
                .section("per-document", "Categories per document", perDocument())
                .section("scores", "Score distribution per category", scores())
                .section("together", "Categories that come together", together())
                .section("look", "Worth a human look", closeCalls())
                .section("documents", "Documents", documents())
                .section("errors", "Errors (" + Html.count(counts.errorTotal()) + ")", errors.html(table));
        return page.footer("Written by " + Html.escape(summary.model() == null ? "doctagger" : "doctagger for model "
                + summary.model()) + " · machine-readable: <a href=\"results.csv\">results.csv</a>, "
                + "<a href=\"results.jsonl\">results.jsonl</a>, <a href=\"errors.csv\">errors.csv</a>, "
                + "<a href=\"run.json\">run.json</a> · <a href=\"../index.html\">all runs</a>").render();
    }

    private String categories() {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int k = 0; k < style.size(); k++) {
            bars.add(new BarChart.Bar(style.name(k), digest.count(k), style.colour(style.id(k))));
        }
        bars.add(new BarChart.Bar("no category", digest.withLabels(0), Palette.NEUTRAL));
        return "<p class=\"note\">Documents of this run that got each category (a document can get several), "
                + "and those that got none; shares are of the " + Html.count(digest.documents()) + " documents classified.</p>"
                + BarChart.render("Documents per category", bars, digest.documents());
    }

    private String perDocument() {
        return "<p class=\"note\">How many categories each document got. Many untagged documents can mean news outside "
                + "the taxonomy, or a feed that changed.</p>" + ShareBar.render("Categories per document", List.of(
                new ShareBar.Part("no category", digest.withLabels(0), "#d0d7de"),
                new ShareBar.Part("one category", digest.withLabels(1), "#6f9ac4"),
                new ShareBar.Part("two categories", digest.withLabels(2), "#3d6d9e"),
                new ShareBar.Part("three or more", digest.withLabels(3), "#1f4670")));
    }

    private String scores() {
        double[] thresholds = new double[style.size()];
        for (int k = 0; k < thresholds.length; k++) {
            thresholds[k] = margins.threshold(k);
        }
        Histogram.Bins bins = digest.bins(thresholds);
        StringBuilder out = new StringBuilder("<p class=\"note\">Every document's score for each category (the linear "
                + "model's margin). ").append(margins.bestCategory()
                ? "This model gives each document its best-scoring category, so there are no thresholds to show."
                : "A document gets the category when its score reaches the dashed threshold; coloured bars are tagged "
                + "documents, pale ones are not. Bars close to the line are close calls.")
                .append(" Heights are on a square-root scale.</p><div class=\"grid\">");
        for (int k = 0; k < style.size(); k++) {
            out.append("<figure><figcaption><span class=\"swatch ").append(style.cssClass(style.id(k))).append("\"></span>")
                    .append(Html.escape(style.name(k))).append(" <span class=\"muted\">").append(Html.count(digest.count(k)))
                    .append(" tagged</span></figcaption>")
                    .append(Histogram.render(style.name(k), style.colour(style.id(k)), bins, digest.histogram(k, bins), thresholds[k]))
                    .append("</figure>");
        }
        return out.append("</div>").toString();
    }

    private String together() {
        List<String> names = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (String id : style.ids()) {
            names.add(style.name(id));
            classes.add(style.cssClass(id));
        }
        return "<p class=\"note\">Documents that got both the row's and the column's category; the diagonal counts "
                + "each category's documents. Darker cells are more frequent pairs.</p>"
                + Heatmap.render(names, classes, digest.together(), "documents with both");
    }

    private String closeCalls() {
        List<DocumentSelection.CloseCall> calls = selection.closeCalls();
        long share = Math.max(CLOSE_CALLS_AT_LEAST, (selection.seen() + 4) / 5);
        calls = calls.subList(0, (int) Math.min(calls.size(), share));
        if (calls.isEmpty()) {
            return "<p>No document to show.</p>";
        }
        return "<p class=\"note\">The " + calls.size() + " documents whose decision for some category was the closest "
                + "call, tagged or not: the smallest distance between a score and its "
                + (margins.bestCategory() ? "best rival" : "threshold") + ". Checking these first finds most mistakes.</p>"
                + table.closeCallTable(calls, r -> excerptByDocument.get(r.document()));
    }

    private String documents() {
        List<DocumentResult> rows = selection.rows();
        if (rows.isEmpty()) {
            return "<p>No document was classified in this run.</p>";
        }
        StringBuilder out = new StringBuilder("<p class=\"note\">");
        if (selection.capped()) {
            out.append("The table is capped: it lists the first ").append(Html.count(rows.size() - selection.nearRowsListed()))
                    .append(" of ").append(Html.count(selection.seen())).append(" documents in path order, ");
            out.append("plus ").append(Html.count(selection.nearRowsListed()))
                    .append(" tagged documents beyond them that are closest to a threshold. ")
                    .append("Every document is in <a href=\"results.csv\">results.csv</a> and <a href=\"results.jsonl\">results.jsonl</a>. ");
        } else {
            out.append("All ").append(Html.count(rows.size())).append(" documents of the run. ");
        }
        out.append("Each category shows its margin: how far the document's score is above the category's ")
                .append(margins.bestCategory() ? "best rival" : "threshold")
                .append(" (hover for score and threshold). Highlighted words in the excerpts are the evidence terms, in their ")
                .append("category's colour; each term's number is its contribution to the score.");
        if (unreadableLines > 0) {
            out.append(" <b>").append(Html.count(unreadableLines)).append(unreadableLines == 1 ? " line" : " lines")
                    .append(" of results.jsonl could not be read and ").append(unreadableLines == 1 ? "is" : "are")
                    .append(" left out of this page.</b>");
        }
        if (excerptsMissing > 0) {
            out.append(" ").append(Html.count(excerptsMissing)).append(excerptsMissing == 1 ? " document has" : " documents have")
                    .append(" no excerpt: the file changed or is gone since the run.");
        }
        out.append("</p>").append(rows.size() > 10 ? table.filterBox("docs", "Filter: document, category or term", true) : "")
                .append(table.table("docs", rows, r -> excerptByDocument.get(r.document())))
                .append(rows.size() > 10 ? DocumentTable.pagerBar("docs") : "");
        return out.toString();
    }
}
