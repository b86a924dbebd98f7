package io.github.doctagger.report;

import io.github.doctagger.model.CategoryMetrics;
import io.github.doctagger.model.DocumentError;
import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.Evaluation;
import io.github.doctagger.model.EvaluationRun;
import io.github.doctagger.model.TopicModel;
import io.github.doctagger.report.html.Html;
import io.github.doctagger.report.html.HtmlPage;
import io.github.doctagger.report.html.MetricChart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code evaluation.html}: how a model did on labelled documents. Precision, recall and F1 per
 * category with their support as a chart and a table beside the thresholds and the
 * cross-validated F1 of training, then every misclassified document with what it should have
 * got, what it got, the evidence for it and an excerpt of its text.
 */
public final class EvaluationPage {
    public static final String FILE = "evaluation.html";
    /** Misclassified documents listed (all are counted). */
    static final int MISCLASSIFIED_ROWS = 1000;

    private final EvaluationRun.Result result;
    private final TopicModel model;
    private final Path seeds;
    private final CategoryStyle style;
    private final Margins margins;
    private final DocumentTable table;
    private final Excerpts excerpts;

    private EvaluationPage(EvaluationRun.Result result, TopicModel model, Path seeds) {
        this.result = result;
        this.model = model;
        this.seeds = seeds;
        this.style = new CategoryStyle(model.taxonomy());
        this.margins = new Margins(model);
        this.table = new DocumentTable(style, margins);
        this.excerpts = new Excerpts(model.features().tokenizer(), style);
    }

    /** Writes {@code dir/evaluation.html} atomically. */
    public static void write(Path dir, EvaluationRun.Result result, TopicModel model, Path seeds) throws IOException {
        RunReports.writeAtomically(dir.resolve(FILE), render(result, model, seeds));
    }

    /**
     * @param seeds the folder of the labelled documents (excerpts are read from there)
     */
    static String render(EvaluationRun.Result result, TopicModel model, Path seeds) {
        return new EvaluationPage(result, model, seeds).html();
    }

    private String html() {
        List<EvaluationRun.Judged> wrong = new ArrayList<>();
        List<EvaluationRun.Judged> failed = new ArrayList<>();
        for (EvaluationRun.Judged j : result.documents()) {
            if (j.outcome() instanceof DocumentError) {
                failed.add(j);
            } else if (!j.predicted().equals(j.document().labels())) {
                wrong.add(j);
            }
        }
        Evaluation e = result.evaluation();
        HtmlPage page = new HtmlPage("Evaluation of model " + model.id(), style.palette())
                .subtitle(Html.count(e.documents()) + " labelled documents from <span class=\"mono\">"
                        + Html.escape(seeds.toAbsolutePath().normalize().toString()) + "</span>")
                .intro(overview(e, wrong.size()))
                .section("categories", "Per category", perCategory(e))
                .section("misclassified", "Misclassified documents (" + Html.count(wrong.size()) + ")", misclassified(wrong));
        if (!failed.isEmpty()) {
            page.section("unreadable", "Unreadable documents (" + Html.count(failed.size()) + ")", unreadable(failed));
        }
        return page.footer("Written by doctagger evaluate · the same figures are in <a href=\"evaluation.json\">evaluation.json</a>")
                .render();
    }

    private String overview(Evaluation e, int wrong) {
        Evaluation cv = model.info().crossValidation();
        StringBuilder out = new StringBuilder("<div class=\"cards\">")
                .append(card("micro-F1", Html.number(e.microF1(), 3), "precision " + Html.number(e.microPrecision(), 3)
                        + " · recall " + Html.number(e.microRecall(), 3)))
                .append(card("macro-F1", Html.number(e.macroF1(), 3), "mean over categories"))
                .append(card("exact match", Html.percent(e.exactMatch()),
                        "documents with exactly the right set"))
                .append(card("misclassified", Html.count(wrong), "of " + Html.count(e.documents()) + " documents"))
                .append("</div><dl class=\"facts\">")
                .append("<dt>Model</dt><dd><span class=\"mono\">").append(Html.escape(model.id())).append("</span>, trained ")
                .append(Html.escape(Html.time(model.info().createdAt()))).append(" on ")
                .append(Html.count(model.info().trainingDocuments())).append(" documents</dd>");
        if (cv != null) {
            out.append("<dt>At training</dt><dd>cross-validated micro-F1 ").append(Html.number(cv.microF1(), 3))
                    .append(", macro-F1 ").append(Html.number(cv.macroF1(), 3)).append("</dd>");
        }
        return out.append("<dt>Decision</dt><dd>").append(margins.bestCategory()
                ? "each document gets its best-scoring category" : "a category is assigned when its score reaches its threshold")
                .append("</dd></dl>").toString();
    }

    private String perCategory(Evaluation e) {
        List<MetricChart.Row> rows = new ArrayList<>();
        for (CategoryMetrics m : e.categories()) {
            rows.add(new MetricChart.Row(style.name(m.category()), style.colour(m.category()), m.precision(), m.recall(),
                    m.f1(), m.support()));
        }
        Evaluation cv = model.info().crossValidation();
        StringBuilder out = new StringBuilder(MetricChart.render("Precision, recall and F1 per category", rows))
                .append("<div class=\"scroll\"><table><thead><tr><th>Category</th><th class=\"num\">Threshold</th>")
                .append("<th class=\"num\">Support</th><th class=\"num\">Right</th><th class=\"num\">Wrongly tagged</th>")
                .append("<th class=\"num\">Missed</th><th class=\"num\">Precision</th><th class=\"num\">Recall</th>")
                .append("<th class=\"num\">F1</th><th class=\"num\">F1 at training</th></tr></thead><tbody>\n");
        for (int k = 0; k < e.categories().size(); k++) {
            CategoryMetrics m = e.categories().get(k);
            int index = style.ids().indexOf(m.category());
            out.append("<tr><td><span class=\"swatch ").append(style.cssClass(m.category())).append("\"></span>")
                    .append(Html.escape(style.name(m.category()))).append(" <span class=\"meta\">")
                    .append(Html.escape(m.category())).append("</span></td><td class=\"num\">")
                    .append(index < 0 ? "–" : threshold(index)).append("</td>")
                    .append(num(m.support())).append(num(m.truePositives())).append(num(m.falsePositives()))
                    .append(num(m.falseNegatives())).append(num(m.precision())).append(num(m.recall())).append(num(m.f1()))
                    .append(num(trainingF1(cv, m.category())))
                    .append("</tr>\n");
        }
        out.append("<tr class=\"total\"><td><b>all categories</b> <span class=\"meta\">micro average</span></td><td></td>")
                .append(num(sum(e, CategoryMetrics::support))).append(num(sum(e, CategoryMetrics::truePositives)))
                .append(num(sum(e, CategoryMetrics::falsePositives))).append(num(sum(e, CategoryMetrics::falseNegatives)))
                .append(num(e.microPrecision())).append(num(e.microRecall()))
                .append(num(e.microF1())).append(num(cv == null ? Double.NaN : cv.microF1())).append("</tr>");
        return out.append("</tbody></table></div><p class=\"note\">Support: documents that truly carry the category. "
                + "F1 at training: the cross-validated F1 on the seeds; a large drop here means these documents differ "
                + "from what the model learnt from.</p>").toString();
    }

    private static long sum(Evaluation e, java.util.function.ToIntFunction<CategoryMetrics> count) {
        return e.categories().stream().mapToLong(count::applyAsInt).sum();
    }

    private static double trainingF1(Evaluation cv, String category) {
        if (cv == null) {
            return Double.NaN;
        }
        return cv.categories().stream().filter(m -> m.category().equals(category)).mapToDouble(CategoryMetrics::f1)
                .findFirst().orElse(Double.NaN);
    }

    private String threshold(int k) {
        double t = margins.threshold(k);
        if (margins.bestCategory()) {
            return "best";
        }
        return Double.isNaN(t) ? "never" : Html.number(t, 3);
    }

    private String misclassified(List<EvaluationRun.Judged> wrong) {
        if (wrong.isEmpty()) {
            return "<p>Every document got exactly its categories.</p>";
        }
        List<EvaluationRun.Judged> shown = wrong.subList(0, Math.min(MISCLASSIFIED_ROWS, wrong.size()));
        StringBuilder out = new StringBuilder("<p class=\"note\">Each document that did not get exactly its categories. ")
                .append("Dashed <span class=\"chip cat-none missed\">missed</span> categories were not assigned (the score stayed ")
                .append("below the threshold); striped <span class=\"chip cat-none extra\">wrong</span> ones were assigned but are ")
                .append("not in the labels. The evidence ")
                .append("shows the terms behind every category the model assigned.");
        if (shown.size() < wrong.size()) {
            out.append(" The first ").append(Html.count(shown.size())).append(" are listed.");
        }
        out.append("</p>").append(shown.size() > 10 ? table.filterBox("wrong", "Filter: document or category", false) : "")
                .append("<div class=\"scroll\"><table id=\"wrong\" class=\"documents\"><thead><tr><th>Document</th>")
                .append("<th>Truth and prediction</th><th>Evidence for the assigned categories</th></tr></thead><tbody>\n");
        for (EvaluationRun.Judged j : shown) {
            DocumentResult r = (DocumentResult) j.outcome();
            String excerpt = excerpts.read(seeds, j.document().file(), r);
            out.append("<tr data-text=\"").append(Html.escape((r.document() + " " + String.join(" ", j.document().labels()) + " "
                    + String.join(" ", r.labels())).toLowerCase(Locale.ROOT))).append("\"><td>")
                    .append(table.documentCell(r, excerpt)).append("</td><td>").append(judgement(j.document().labels(), r))
                    .append("</td><td>").append(r.labels().isEmpty() ? "<span class=\"none\">no category</span>" : table.evidence(r))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody></table></div>").toString();
    }

    private String judgement(Set<String> truth, DocumentResult r) {
        StringBuilder out = new StringBuilder("<div class=\"meta\">should have</div>");
        if (truth.isEmpty()) {
            out.append("<span class=\"none\">no category</span>");
        }
        for (String id : style.ids()) {
            if (truth.contains(id)) {
                out.append(table.chip(r, id, r.labels().contains(id) ? "" : "missed"));
            }
        }
        out.append("<div class=\"meta\">got</div>");
        if (r.labels().isEmpty()) {
            out.append("<span class=\"none\">no category</span>");
        }
        for (String id : r.labels()) {
            out.append(table.chip(r, id, truth.contains(id) ? "" : "extra"));
        }
        return out.toString();
    }

    private static String unreadable(List<EvaluationRun.Judged> failed) {
        StringBuilder out = new StringBuilder("<div class=\"scroll\"><table><thead><tr><th>Document</th><th>Error</th>")
                .append("<th>Why</th></tr></thead><tbody>\n");
        for (EvaluationRun.Judged j : failed) {
            DocumentError error = (DocumentError) j.outcome();
            out.append("<tr><td class=\"doc\">").append(Html.escape(error.document())).append("</td><td><code>")
                    .append(Html.escape(error.problem().code())).append("</code></td><td>").append(Html.escape(error.detail()))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody></table></div>").toString();
    }

    private static String num(double value) {
        return "<td class=\"num\">" + Html.number(value, 3) + "</td>";
    }

    private static String num(long value) {
        return "<td class=\"num\">" + Html.count(value) + "</td>";
    }

    private static String card(String label, String value, String detail) {
        return HtmlPage.card("", label, value, detail);
    }
}
