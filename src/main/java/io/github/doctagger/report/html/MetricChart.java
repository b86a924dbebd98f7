package io.github.doctagger.report.html;

import java.util.List;

/**
 * Precision, recall and F1 per category on a shared 0–1 scale (F1 as the bold bar in the
 * category's colour, precision and recall as thin grey bars), with each category's support
 * (documents that truly carry it) as a bar on its own scale at the right.
 */
public final class MetricChart {
    private static final double WIDTH = 900;
    private static final double TOP = 26;
    private static final double ROW = 50;
    private static final double METRICS = 430;
    private static final double GAP = 70;
    private static final double SUPPORT = 150;
    static final String PRECISION_COLOUR = "#57606a";
    static final String RECALL_COLOUR = "#afb8c1";

    private MetricChart() {
    }

    /** One category's scores. */
    public record Row(String label, String colour, double precision, double recall, double f1, long support) {
    }

    public static String render(String description, List<Row> rows) {
        int longest = rows.stream().mapToInt(r -> Math.min(32, r.label().length())).max().orElse(8);
        double labelWidth = Math.max(90, Math.min(250, longest * 7.2 + 16));
        double left = labelWidth;
        double supportLeft = left + METRICS + GAP;
        double height = TOP + rows.size() * ROW + 6;
        Svg svg = new Svg(WIDTH, height, description);
        for (int i = 0; i <= 4; i++) {
            double x = left + METRICS * i / 4.0;
            svg.line(x, TOP - 6, x, height - 4, i == 0 ? "axis" : "grid");
            svg.text(x, TOP - 10, Html.number(i / 4.0, 2), "middle", "small muted");
        }
        svg.text(supportLeft, TOP - 10, "support", "start", "small muted");
        long maxSupport = rows.stream().mapToLong(Row::support).max().orElse(0);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double y = TOP + i * ROW + 6;
            svg.text(left - 10, y + 21, BarChart.shorten(row.label()), "end", "");
            bar(svg, left, y, 7, row.precision(), PRECISION_COLOUR, row.label() + " precision");
            bar(svg, left, y + 9, 7, row.recall(), RECALL_COLOUR, row.label() + " recall");
            bar(svg, left, y + 18, 16, row.f1(), row.colour(), row.label() + " F1");
            double w = maxSupport == 0 ? 0 : SUPPORT * row.support() / maxSupport;
            svg.rect(supportLeft, y + 9, w, 16, "#d0d7de", row.label() + " support: " + Html.count(row.support()));
            svg.text(supportLeft + w + 6, y + 21, Html.count(row.support()), "start", "muted");
        }
        return "<div class=\"metrics\">" + svg.render() + "<ul class=\"legend\">"
                + "<li><span class=\"swatch\" style=\"background:" + PRECISION_COLOUR + "\"></span>precision</li>"
                + "<li><span class=\"swatch\" style=\"background:" + RECALL_COLOUR + "\"></span>recall</li>"
                + "<li><span class=\"swatch\" style=\"background:linear-gradient(90deg,#4e79a7,#f28e2b,#59a14f)\"></span>"
                + "F1 (in the category's colour)</li>"
                + "<li><span class=\"swatch\" style=\"background:#d0d7de\"></span>support: documents that truly carry the category</li>"
                + "</ul></div>";
    }

    private static void bar(Svg svg, double left, double y, double h, double value, String colour, String what) {
        double w = METRICS * Math.max(0, Math.min(1, value));
        svg.rect(left, y, w, h, colour, what + ": " + Html.number(value, 3));
        svg.text(left + w + 5, y + h - 0.5, Html.number(value, 2), "start", h > 10 ? "" : "tiny muted");
    }
}
