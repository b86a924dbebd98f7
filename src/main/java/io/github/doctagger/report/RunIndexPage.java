package io.github.doctagger.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.doctagger.model.Json;
import io.github.doctagger.report.html.Html;
import io.github.doctagger.report.html.HtmlPage;
import io.github.doctagger.report.html.Palette;
import io.github.doctagger.report.html.TrendChart;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code reports/index.html}: every completed run of a reports folder, newest first, with its
 * counts per category, and a trend chart of tagged documents per category so that a shift in the
 * news, or a feed that broke, shows at a glance. Built from the runs' run.json files alone.
 */
public final class RunIndexPage {
    private static final Logger LOG = LoggerFactory.getLogger(RunIndexPage.class);
    public static final String FILE = "index.html";
    /** Runs listed in the table, newest first. */
    static final int TABLE_RUNS = 500;
    private static final ObjectReader RUN_READER = Json.mapper().readerFor(RunSummary.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path reports;
    private final List<RunSummary> runs;
    private final Palette palette;
    private final List<String> categories;

    private RunIndexPage(Path reports, List<RunSummary> runs) {
        this.reports = reports;
        this.runs = runs;
        Set<String> ids = new TreeSet<>();
        runs.forEach(r -> ids.addAll(r.counts().categories.keySet()));
        this.categories = List.copyOf(ids);
        this.palette = Palette.of(ids);
    }

    /** Writes {@code reports/index.html} (atomically) from the run folders in {@code reports}. */
    public static void write(Path reports) throws IOException {
        RunReports.writeAtomically(reports.resolve(FILE), render(reports));
    }

    static String render(Path reports) throws IOException {
        return new RunIndexPage(reports, readRuns(reports)).html();
    }

    /** The completed runs (folders with a run.json), newest first; unreadable ones are skipped with a warning. */
    static List<RunSummary> readRuns(Path reports) throws IOException {
        List<RunSummary> runs = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(reports)) {
            for (Path folder : folders) {
                Path runFile = folder.resolve(RunReports.RUN_FILE);
                if (folder.getFileName().toString().startsWith(".") || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                        || !Files.isRegularFile(runFile)) {
                    continue;
                }
                try {
                    RunSummary run = RUN_READER.readValue(runFile.toFile());
                    if (folder.getFileName().toString().equals(run.runId()) && run.counts() != null) {
                        runs.add(run);
                    }
                } catch (IOException e) {
                    LOG.warn("{} is unreadable and left out of the index: {}", runFile, e.getMessage());
                }
            }
        }
        runs.sort(Comparator.comparing(RunSummary::runId).reversed());
        return runs;
    }

    private String html() {
        HtmlPage page = new HtmlPage("doctagger runs", palette);
        if (runs.isEmpty()) {
            return page.subtitle("No completed run yet in <span class=\"mono\">" + Html.escape(reports.toAbsolutePath().toString())
                    + "</span>.").render();
        }
        RunSummary latest = runs.get(0);
        long documents = runs.stream().mapToLong(r -> r.counts().classified).sum();
        long errors = runs.stream().mapToLong(r -> r.counts().errorTotal()).sum();
        return page.subtitle(Html.count(runs.size()) + (runs.size() == 1 ? " run" : " runs") + " · newest "
                        + Html.escape(Html.time(latest.startedAt())) + " · " + Html.count(documents) + " documents classified in all")
                .intro("<div class=\"cards\">" + card("runs", Html.count(runs.size()), "oldest " + Html.escape(
                        Html.time(runs.get(runs.size() - 1).startedAt())))
                        + HtmlPage.card("long", "latest run", "<a href=\"" + link(latest) + "\">" + Html.escape(latest.runId()) + "</a>",
                        Html.count(latest.counts().classified) + " documents, " + Html.count(latest.counts().errorTotal()) + " errors")
                        + card("documents", Html.count(documents), "classified in all runs")
                        + card("errors", Html.count(errors), "files that could not be classified") + "</div>")
                .section("trend", "Tagged documents per category over time", trend())
                .section("runs", "Runs, newest first", table())
                .footer("Written by doctagger from the run.json of every run folder · the newest run is also at "
                        + "<a href=\"latest/" + RunSummaryPage.FILE + "\">latest/</a>")
                .render();
    }

    private String trend() {
        RunTrend trend = RunTrend.of(runs);
        List<TrendChart.Series> series = new ArrayList<>();
        for (String id : categories) {
            series.add(new TrendChart.Series(id, palette.colour(id), trend.values(r -> r.counts().categories.getOrDefault(id, 0L)), false));
        }
        series.add(new TrendChart.Series("no category", Palette.NEUTRAL, trend.values(r -> r.counts().untagged), true));
        if (runs.stream().anyMatch(r -> r.counts().errorTotal() > 0)) {
            series.add(new TrendChart.Series("errors", "#cf222e", trend.values(r -> r.counts().errorTotal()), true));
        }
        return "<p class=\"note\">" + trend.explanation() + " Each run classifies only the files that are new or changed "
                + "since an earlier run, so a line shows how much news of a category came in; a drop of every line "
                + "at once, or a rise of “no category” or errors, points at the feed rather than the news.</p>"
                + TrendChart.render("Tagged documents per category over time", trend.labels(), "documents", series);
    }

    private String table() {
        StringBuilder out = new StringBuilder();
        List<RunSummary> shown = runs.subList(0, Math.min(TABLE_RUNS, runs.size()));
        if (shown.size() < runs.size()) {
            out.append("<p class=\"note\">The newest ").append(Html.count(shown.size())).append(" of ")
                    .append(Html.count(runs.size())).append(" runs are listed.</p>");
        }
        out.append("<div class=\"scroll\"><table class=\"runs\"><thead><tr><th>Run</th><th>Started</th>")
                .append("<th>Model</th><th class=\"num\">Classified</th><th class=\"num\">No category</th>")
                .append("<th class=\"num\">Errors</th>");
        for (String id : categories) {
            out.append("<th class=\"rot\"><div><span class=\"swatch ").append(palette.cssClass(id)).append("\"></span>")
                    .append(Html.escape(id)).append("</div></th>");
        }
        out.append("<th class=\"num\">Duration</th></tr></thead><tbody>\n");
        for (RunSummary run : shown) {
            RunCounts c = run.counts();
            out.append("<tr><td class=\"mono\"><a href=\"").append(link(run)).append("\">").append(Html.escape(run.runId()))
                    .append("</a></td><td class=\"nowrap\">").append(Html.escape(Html.time(run.startedAt()))).append("</td><td class=\"mono\">")
                    .append(Html.escape(run.model())).append("</td><td class=\"num\">").append(Html.count(c.classified))
                    .append("</td><td class=\"num\">").append(Html.count(c.untagged)).append("</td><td class=\"num\">")
                    .append(c.errorTotal() > 0 ? "<b class=\"bad\">" + Html.count(c.errorTotal()) + "</b>" : "0").append("</td>");
            for (String id : categories) {
                out.append("<td class=\"num\">").append(Html.count(c.categories.getOrDefault(id, 0L))).append("</td>");
            }
            out.append("<td class=\"num\">").append(Html.duration(run.seconds())).append("</td></tr>\n");
        }
        return out.append("</tbody></table></div>").toString();
    }

    /** The run's summary page, relative to the index (run.json for runs written before summaries existed). */
    private String link(RunSummary run) {
        return Html.escape(run.runId()) + "/" + (Files.isRegularFile(reports.resolve(run.runId()).resolve(RunSummaryPage.FILE))
                ? RunSummaryPage.FILE : RunReports.RUN_FILE);
    }

    private static String card(String label, String valueHtml, String detailHtml) {
        return HtmlPage.card("", label, valueHtml, detailHtml);
    }
}
