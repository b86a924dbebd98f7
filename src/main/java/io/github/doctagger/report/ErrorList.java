package io.github.doctagger.report;

import io.github.doctagger.corpus.CorpusException;
import io.github.doctagger.corpus.Csv;
import io.github.doctagger.report.html.Html;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a run that could not be classified, read from errors.csv one row at a time:
 * counts per error code, and the first rows for the page.
 */
final class ErrorList {
    /** One row of errors.csv. */
    record Row(String document, String error, String detail) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Long> byCode = new TreeMap<>();
    private long total;
    private String problem;

    private ErrorList() {
    }

    /** Reads errors.csv (missing: no errors), keeping the first {@code keep} rows. */
    static ErrorList read(Path errorsCsv, int keep) {
        ErrorList list = new ErrorList();
        if (!Files.exists(errorsCsv)) {
            return list;
        }
        try (Csv.Records records = Csv.open(errorsCsv)) {
            Csv.Row header = records.next();
            for (Csv.Row row = records.next(); row != null && header != null; row = records.next()) {
                List<String> f = row.fields();
                Row error = new Row(f.get(0), f.size() > 1 ? f.get(1) : "", f.size() > 2 ? f.get(2) : "");
                list.total++;
                list.byCode.merge(error.error(), 1L, Long::sum);
                if (list.rows.size() < keep) {
                    list.rows.add(error);
                }
            }
        } catch (IOException | CorpusException e) {
            list.problem = "errors.csv could not be read to the end (" + e.getMessage() + "); the counts above are complete";
        }
        return list;
    }

    long total() {
        return total;
    }

    /** The section's HTML: counts per code, then the table of the kept rows. */
    String html(DocumentTable documents) {
        if (total == 0 && problem == null) {
            return "<p>Every file was classified.</p>";
        }
        StringBuilder out = new StringBuilder("<p>");
        out.append(Html.count(total)).append(total == 1 ? " file" : " files")
                .append(" could not be classified; each is listed in <a href=\"errors.csv\">errors.csv</a> with the reason. ");
        List<String> parts = new ArrayList<>();
        byCode.forEach((code, n) -> parts.add("<code>" + Html.escape(code) + "</code> " + Html.count(n)));
        out.append(String.join(" · ", parts)).append("</p>");
        if (problem != null) {
            out.append("<p class=\"note\">").append(Html.escape(problem)).append("</p>");
        }
        if (rows.size() < total) {
            out.append("<p class=\"note\">The first ").append(Html.count(rows.size())).append(" are shown here.</p>");
        }
        if (rows.size() > 10) {
            out.append(documents.filterBox("error-table", "Filter errors: document, code or reason", false));
        }
        out.append("<div class=\"scroll\"><table id=\"error-table\"><thead><tr><th>Document</th><th>Error</th><th>Why</th>")
                .append("</tr></thead><tbody>\n");
        for (Row row : rows) {
            out.append("<tr data-text=\"").append(Html.escape((row.document() + " " + row.error() + " " + row.detail())
                    .toLowerCase(Locale.ROOT))).append("\"><td class=\"doc\">").append(Html.escape(unneutralised(row.document())))
                    .append("</td><td><code>").append(Html.escape(row.error())).append("</code></td><td>")
                    .append(Html.escape(unneutralised(row.detail()))).append("</td></tr>\n");
        }
        return out.append("</tbody></table></div>").toString();
    }

    /** errors.csv guards cells against spreadsheets; the page shows the name as it is. */
    private static String unneutralised(String cell) {
        return SpreadsheetSafe.original(cell);
    }
}
