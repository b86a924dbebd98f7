package io.github.doctagger.report.html;

import java.util.List;

/**
 * A square matrix of counts as a table whose cells are shaded by their count, e.g. how often two
 * categories are assigned to the same document. The diagonal (each category on its own) is
 * written in bold on grey and does not take part in the shading, so pairs stand out.
 */
public final class Heatmap {
    private static final String DARK = "#2f5d8a";

    private Heatmap() {
    }

    /**
     * @param labels     row and column names
     * @param cssClasses a class per label (its colour swatch), or null
     * @param counts     counts[row][column]
     * @param what       what a cell counts, for tooltips ("documents with both")
     */
    public static String render(List<String> labels, List<String> cssClasses, long[][] counts, String what) {
        long max = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                if (i != j) {
                    max = Math.max(max, counts[i][j]);
                }
            }
        }
        StringBuilder out = new StringBuilder("<div class=\"scroll\"><table class=\"heatmap\"><thead><tr><th></th>");
        for (int j = 0; j < labels.size(); j++) {
            out.append("<th class=\"rot\"><div>").append(swatch(cssClasses, j)).append(Html.escape(labels.get(j)))
                    .append("</div></th>");
        }
        out.append("</tr></thead><tbody>");
        for (int i = 0; i < labels.size(); i++) {
            out.append("<tr><th>").append(swatch(cssClasses, i)).append(Html.escape(labels.get(i))).append("</th>");
            for (int j = 0; j < labels.size(); j++) {
                out.append(cell(labels.get(i), labels.get(j), counts[i][j], i == j, max, what));
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table></div>").toString();
    }

    private static String cell(String row, String column, long count, boolean diagonal, long max, String what) {
        String title = diagonal ? row + ": " + Html.count(count) + " documents in all"
                : row + " and " + column + ": " + Html.count(count) + " " + what;
        if (diagonal) {
            return "<td class=\"num diag\" title=\"" + Html.escape(title) + "\">" + Html.count(count) + "</td>";
        }
        double intensity = max == 0 ? 0 : (double) count / max;
        String style = count == 0 ? "" : " style=\"background:" + shade(intensity) + (intensity > 0.55 ? ";color:#fff" : "") + "\"";
        return "<td class=\"num\"" + style + " title=\"" + Html.escape(title) + "\">" + (count == 0 ? "·" : Html.count(count)) + "</td>";
    }

    private static String shade(double intensity) {
        return Palette.tint(DARK, 0.12 + 0.88 * intensity);
    }

    private static String swatch(List<String> cssClasses, int index) {
        return cssClasses == null ? "" : "<span class=\"swatch " + cssClasses.get(index) + "\"></span>";
    }
}
