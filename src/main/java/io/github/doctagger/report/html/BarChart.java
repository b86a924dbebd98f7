package io.github.doctagger.report.html;

import java.util.List;

/** Horizontal bars, one per item, each labelled with its value and its share of a total. */
public final class BarChart {
    private static final double WIDTH = 720;
    private static final double ROW = 28;
    private static final double BAR = 18;
    private static final double VALUE_COLUMN = 120;
    private static final int MAX_LABEL_CHARS = 32;

    private BarChart() {
    }

    /** One bar. */
    public record Bar(String label, long value, String colour) {
    }

    /**
     * @param description what the chart shows (for screen readers)
     * @param total       what the shares are of (0: no shares written)
     */
    public static String render(String description, List<Bar> bars, long total) {
        int longest = bars.stream().mapToInt(b -> Math.min(MAX_LABEL_CHARS, b.label().length())).max().orElse(8);
        double labelWidth = Math.max(90, Math.min(250, longest * 7.2 + 16));
        double plot = WIDTH - labelWidth - VALUE_COLUMN;
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        double height = bars.size() * ROW + 8;
        Svg svg = new Svg(WIDTH, height, description);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = 4 + i * ROW;
            double length = max == 0 ? 0 : plot * bar.value() / max;
            String value = Html.count(bar.value()) + (total > 0 ? "  (" + Html.percent(bar.value(), total) + ")" : "");
            svg.text(labelWidth - 10, y + BAR / 2 + 4, shorten(bar.label()), "end", "");
            svg.rect(labelWidth, y, Math.max(length, bar.value() > 0 ? 2 : 0), BAR, bar.colour(), bar.label() + ": " + value);
            svg.text(labelWidth + length + 6, y + BAR / 2 + 4, value, "start", "muted");
        }
        svg.line(labelWidth, 0, labelWidth, height, "axis");
        return svg.render();
    }

    static String shorten(String label) {
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
    }
}
