package io.github.doctagger.report;

import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.Evidence;
import io.github.doctagger.report.html.Html;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Documents as table rows: the name with an excerpt of the text, the categories with their scores
 * as coloured chips, and the evidence terms of each category. Rows carry what the page's filter
 * box searches ({@code data-text}) and the category filter matches ({@code data-cats}).
 */
final class DocumentTable {
    /** Filter tokens that no category id can be (ids hold no ';'). */
    private static final String NO_CATEGORY = ";none";
    private static final String NEAR = ";near";
    private final CategoryStyle style;
    private final Margins margins;

    DocumentTable(CategoryStyle style, Margins margins) {
        this.style = style;
        this.margins = margins;
    }

    /** The filter box for the table with id {@code tableId}; hidden until the page's script shows it. */
    String filterBox(String tableId, String placeholder, boolean byCategory) {
        StringBuilder out = new StringBuilder("<div class=\"filter\" data-filter-for=\"").append(tableId).append("\" hidden>")
                .append("<input type=\"search\" placeholder=\"").append(Html.escape(placeholder))
                .append("\" aria-label=\"").append(Html.escape(placeholder)).append("\">");
        if (byCategory) {
            out.append("<select aria-label=\"Category\"><option value=\"\">every category</option>");
            for (String id : style.ids()) {
                out.append("<option value=\"").append(Html.escape(id)).append("\">").append(Html.escape(style.name(id)))
                        .append("</option>");
            }
            out.append("<option value=\"").append(NO_CATEGORY).append("\">no category</option><option value=\"").append(NEAR)
                    .append("\">near a threshold</option></select>");
        }
        return out.append("<button type=\"button\" class=\"prev\">‹ Previous</button>")
                .append("<button type=\"button\" class=\"next\">Next ›</button><span class=\"count\"></span></div>").toString();
    }

    /** Page buttons under the table with id {@code tableId}; shown by the page's script when the table has several pages. */
    static String pagerBar(String tableId) {
        return "<div class=\"filter\" data-pager-for=\"" + tableId + "\" hidden><button type=\"button\" class=\"prev\">‹ Previous"
                + "</button><button type=\"button\" class=\"next\">Next ›</button><span class=\"count\"></span></div>";
    }

    /** The table of {@code rows}, with excerpts from {@code excerpt} (null: none). */
    String table(String id, List<DocumentResult> rows, Function<DocumentResult, String> excerpt) {
        StringBuilder out = new StringBuilder(rows.size() * 1024 + 256);
        out.append("<div class=\"scroll\"><table id=\"").append(id).append("\" class=\"documents\"><thead><tr>")
                .append("<th>Document</th><th>Categories and margins</th><th>Evidence: terms that counted most</th>")
                .append("</tr></thead><tbody>\n");
        for (DocumentResult r : rows) {
            boolean near = isNear(r);
            out.append("<tr data-text=\"").append(Html.escape(searchText(r))).append("\" data-cats=\"")
                    .append(Html.escape(filterCategories(r, near))).append("\"><td>").append(documentCell(r, excerpt.apply(r)))
                    .append("</td><td>").append(chips(r)).append(near ? "<span class=\"badge\">near a threshold</span>" : "")
                    .append("</td><td>").append(evidence(r)).append("</td></tr>\n");
        }
        return out.append("</tbody></table></div>").toString();
    }

    /** The document's name, size and encoding, and an excerpt (HTML) when there is one. */
    String documentCell(DocumentResult r, String excerptHtml) {
        StringBuilder out = new StringBuilder("<div class=\"doc\">").append(Html.escape(r.document())).append("</div>")
                .append("<div class=\"meta\">").append(Html.bytes(r.bytes())).append(" · ").append(Html.escape(r.charset()));
        if (r.truncated()) {
            out.append(" · <span title=\"larger than --max-bytes: classified on its first part\">truncated</span>");
        }
        out.append("</div>");
        if (excerptHtml != null && !excerptHtml.isEmpty()) {
            out.append("<div class=\"excerpt\">").append(excerptHtml).append("</div>");
        }
        return out.toString();
    }

    /** A chip per assigned category with its score, or "no category" and the closest call. */
    String chips(DocumentResult r) {
        if (r.labels().isEmpty()) {
            StringBuilder out = new StringBuilder("<span class=\"none\">no category</span>");
            int k = margins.closest(r.scores());
            if (k >= 0) {
                double m = margins.of(r.scores(), k);
                out.append("<div class=\"meta\">closest: ").append(Html.escape(style.name(k))).append(", ")
                        .append(distance(m)).append(" below").append(margins.bestCategory() ? " the best" : " its threshold")
                        .append("</div>");
            }
            return out.toString();
        }
        StringBuilder out = new StringBuilder();
        for (String label : r.labels()) {
            out.append(chip(r, label, ""));
        }
        return out.toString();
    }

    /**
     * One category chip: the category's name and how far its score is from deciding the other
     * way (its margin: above 0, assigned), with score and threshold in the tooltip. A margin
     * says more at a glance than a raw score, whose threshold differs per category.
     *
     * @param extraClass "" for a plain chip; {@code untagged} (dashed: not assigned); against the truth,
     *                   {@code missed} (dashed: should have been assigned) or {@code extra} (striped:
     *                   assigned but wrong), each of these two also said in words
     */
    String chip(DocumentResult r, String id, String extraClass) {
        int k = style.ids().indexOf(id);
        double score = k < 0 ? Double.NaN : r.scores()[k];
        double margin = k < 0 ? Double.NaN : margins.of(r.scores(), k);
        String tooltip = style.name(id) + " (" + id + "): score " + Html.number(score, 3)
                + (k >= 0 && !Double.isNaN(margins.threshold(k)) ? ", threshold " + Html.number(margins.threshold(k), 3) : "")
                + (Double.isNaN(margin) ? "" : ", margin " + Html.signed(margin, 3)
                + (margins.bestCategory() ? " over the best other category" : ""));
        String marker = switch (extraClass) {
            case "missed" -> "<span class=\"marker\">missed</span>";
            case "extra" -> "<span class=\"marker\">wrong</span>";
            default -> "";
        };
        return "<span class=\"chip " + style.cssClass(id) + (extraClass.isEmpty() ? "" : " " + extraClass) + "\" title=\""
                + Html.escape(tooltip) + "\">" + Html.escape(style.name(id)) + "<span class=\"score\">"
                + (Double.isNaN(margin) ? Html.number(score, 2) : Html.signed(margin, 2)) + "</span>" + marker + "</span>";
    }

    /** The evidence terms of every assigned category, a line per category. */
    String evidence(DocumentResult r) {
        StringBuilder out = new StringBuilder();
        for (String label : r.labels()) {
            out.append(terms(label, r.evidence().getOrDefault(label, List.of())));
        }
        return out.toString();
    }

    /** One category's evidence terms with their contributions. */
    String terms(String id, List<Evidence> terms) {
        StringBuilder out = new StringBuilder("<div class=\"terms ").append(style.cssClass(id))
                .append("\"><span class=\"swatch\"></span><span class=\"cat-name\">").append(Html.escape(style.name(id)))
                .append("</span> ");
        if (terms.isEmpty()) {
            out.append("<span class=\"none\">no single term stands out</span>");
        }
        for (Evidence e : terms) {
            out.append("<span class=\"term\"><b>").append(Html.escape(e.term())).append("</b><span class=\"contribution\">")
                    .append(Html.signed(e.contribution(), 3)).append("</span></span>");
        }
        return out.append("</div>").toString();
    }

    /** The close calls: each document with the category it nearly did or did not get, closest first. */
    String closeCallTable(List<DocumentSelection.CloseCall> calls, Function<DocumentResult, String> excerpt) {
        StringBuilder out = new StringBuilder("<div class=\"scroll\"><table class=\"documents\"><thead><tr><th>Document</th>")
                .append("<th>Closest call</th><th>Evidence for its categories</th></tr></thead><tbody>\n");
        for (DocumentSelection.CloseCall call : calls) {
            DocumentResult r = call.result();
            String id = style.id(call.category());
            boolean tagged = r.labels().contains(id);
            out.append("<tr><td>").append(documentCell(r, excerpt.apply(r))).append("</td><td>")
                    .append(chip(r, id, tagged ? "" : "untagged")).append("<div class=\"meta\">")
                    .append(tagged ? "tagged, " : "not tagged, ").append(distance(call.margin()))
                    .append(call.margin() >= 0 ? " above " : " below ")
                    .append(margins.bestCategory() ? "the best other category" : "the threshold").append("</div>");
            for (String label : r.labels()) {
                if (!label.equals(id)) {
                    out.append(chip(r, label, ""));
                }
            }
            out.append("</td><td>").append(r.labels().isEmpty() ? "<span class=\"none\">no category</span>" : evidence(r))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody></table></div>").toString();
    }

    /** Whether one of the document's tags, or its closest miss, is within {@link Margins#NEAR} of its threshold. */
    boolean isNear(DocumentResult r) {
        int k = margins.closest(r.scores());
        return k >= 0 && Math.abs(margins.of(r.scores(), k)) < Margins.NEAR;
    }

    /** How far a margin is from zero, for a sentence: "0.042", or "less than 0.001". */
    private static String distance(double margin) {
        return Math.abs(margin) < 0.0005 ? "less than 0.001" : Html.number(Math.abs(margin), 3);
    }

    private String searchText(DocumentResult r) {
        StringBuilder text = new StringBuilder(r.document());
        for (String label : r.labels()) {
            text.append(' ').append(label).append(' ').append(style.name(label));
            for (Evidence e : r.evidence().getOrDefault(label, List.of())) {
                text.append(' ').append(e.term());
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static String filterCategories(DocumentResult r, boolean near) {
        String cats = r.labels().isEmpty() ? NO_CATEGORY : String.join(" ", r.labels());
        return near ? cats + " " + NEAR : cats;
    }
}
