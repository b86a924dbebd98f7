package io.github.doctagger.report;

import io.github.doctagger.report.html.Html;
import io.github.doctagger.report.html.HtmlPage;
import java.util.Locale;

/** The head of a run summary: key figures as cards, then the facts of the run as a list. */
final class RunFacts {
    private final RunSummary summary;
    private final long classified;
    private final long untagged;

    /**
     * @param classified documents in results.jsonl
     * @param untagged   of those, documents without a category
     */
    RunFacts(RunSummary summary, long classified, long untagged) {
        this.summary = summary;
        this.classified = classified;
        this.untagged = untagged;
    }

    String html() {
        RunCounts c = summary.counts();
        long errors = c.errorTotal();
        StringBuilder out = new StringBuilder("<div class=\"cards\">")
                .append(card("", "documents classified", Html.count(classified),
                        c.unchanged > 0 ? Html.count(c.unchanged) + " unchanged, skipped" : Html.count(c.seen) + " files seen"))
                .append(card("good", "tagged", Html.percent(classified - untagged, classified),
                        Html.count(classified - untagged) + " documents"))
                .append(card("", "no category", Html.percent(untagged, classified), Html.count(untagged) + " documents"))
                .append(card(errors > 0 ? "bad" : "", "errors", Html.count(errors),
                        errors > 0 ? "see <a href=\"#errors\">errors</a>" : "every file was read"))
                .append(card("", "duration", Html.duration(summary.seconds()),
                        String.format(Locale.ROOT, "%,.0f documents/s · %.2f MB/s", summary.documentsPerSecond(),
                                summary.megabytesPerSecond())))
                .append("</div>");
        out.append("<dl class=\"facts\">");
        fact(out, "Run", Html.escape(summary.runId()) + (summary.attempts() > 1 ? " <span class=\"badge\">resumed: "
                + summary.attempts() + " attempts</span>" : ""));
        fact(out, "When", Html.escape(Html.time(summary.startedAt())) + " to " + Html.escape(Html.time(summary.finishedAt())));
        fact(out, "Input folder", "<span class=\"mono\">" + Html.escape(summary.input()) + "</span>");
        fact(out, "Model", "<span class=\"mono\">" + Html.escape(summary.model()) + "</span>, trained "
                + Html.escape(Html.time(summary.modelTrainedAt())) + (summary.modelCrossValidatedMicroF1() == null ? ""
                : ", cross-validated micro-F1 " + Html.number(summary.modelCrossValidatedMicroF1(), 3)));
        fact(out, "Read", Html.count(c.seen) + " files, " + Html.bytes(c.bytes) + (c.truncated > 0 ? "; "
                + Html.count(c.truncated) + " larger than --max-bytes were classified on their first part" : ""));
        fact(out, "Settings", summary.threads() + (summary.threads() == 1 ? " thread" : " threads")
                + (summary.all() ? ", --all (files classified earlier were classified again)" : ""));
        fact(out, "Command", "<code>" + Html.escape(summary.commandLine()) + "</code>");
        fact(out, "Status", Html.escape(summary.exitStatus()));
        return out.append("</dl>").toString();
    }

    private static String card(String tone, String label, String value, String detailHtml) {
        return HtmlPage.card(tone, label, value, detailHtml);
    }

    private static void fact(StringBuilder out, String term, String html) {
        out.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>");
    }
}
