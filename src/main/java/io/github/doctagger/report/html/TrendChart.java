package io.github.doctagger.report.html;

import java.util.List;

/**
 * Lines over time, one per series (e.g. tagged documents per category per run), on evenly
 * spaced points labelled below the axis, with a legend. Evenly spaced because runs come when
 * cron starts them: the order matters more than the gaps.
 */
public final class TrendChart {
    private static final double WIDTH = 960;
    private static final double HEIGHT = 330;
    private static final double LEFT = 64;
    /** Space between the axes and the first and last points. */
    private static final double PAD = 24;
    /** Up to this many points, labels are written level; more are slanted to fit. */
    private static final int LEVEL_LABELS = 8;
    private static final double RIGHT = 24;
    private static final double TOP = 16;
    private static final double BOTTOM = 78;
    private static final int MAX_X_LABELS = 14;
    private static final int MAX_POINTS_WITH_DOTS = 80;

    private TrendChart() {
    }

    /** One line: a value per point in time. */
    public record Series(String label, String colour, long[] values, boolean dashed) {
    }

    /**
     * @param xLabels one label per point, oldest first
     * @param yTitle  what the values count
     */
    public static String render(String description, List<String> xLabels, String yTitle, List<Series> series) {
        int n = xLabels.size();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        long max = 0;
        for (Series s : series) {
            for (long v : s.values()) {
                max = Math.max(max, v);
            }
        }
        double top = Ticks.ceiling(Math.max(1, max), Math.max(1, Ticks.step(max, 5)));
        Svg svg = new Svg(WIDTH, HEIGHT, description);
        valueAxis(svg, top, plotWidth, plotHeight, yTitle);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? LEFT + plotWidth / 2 : LEFT + PAD + (plotWidth - 2 * PAD) * i / (n - 1);
        }
        int every = Math.max(1, (int) Math.ceil((double) n / MAX_X_LABELS));
        for (int i = 0; i < n; i++) {
            if ((n - 1 - i) % every == 0) {
                svg.line(xs[i], TOP + plotHeight, xs[i], TOP + plotHeight + 4, "axis");
                if (n <= LEVEL_LABELS) {
                    svg.text(xs[i], TOP + plotHeight + 18, xLabels.get(i), "middle", "small muted");
                } else {
                    svg.rotatedText(xs[i], TOP + plotHeight + 14, -30, xLabels.get(i), "end", "small muted");
                }
            }
        }
        for (Series s : series) {
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                ys[i] = TOP + plotHeight * (1 - s.values()[i] / top);
            }
            if (n > 1) {
                svg.polyline(xs, ys, s.colour(), s.dashed());
            }
            if (n <= MAX_POINTS_WITH_DOTS) {
                for (int i = 0; i < n; i++) {
                    svg.circle(xs[i], ys[i], n > 30 ? 2.4 : 3.4, s.colour(), s.label() + " · " + xLabels.get(i) + ": " + Html.count(s.values()[i]));
                }
            }
        }
        return "<div class=\"trend\">" + svg.render() + legend(series) + "</div>";
    }

    private static void valueAxis(Svg svg, double top, double plotWidth, double plotHeight, String title) {
        double step = Math.max(1, Ticks.step(top, 5));
        for (double t = 0; t <= top + 1e-9; t += step) {
            double y = TOP + plotHeight * (1 - t / top);
            svg.line(LEFT, y, LEFT + plotWidth, y, t == 0 ? "axis" : "grid");
            svg.text(LEFT - 8, y + 4, Html.count(Math.round(t)), "end", "small muted");
        }
        svg.rotatedText(14, TOP + plotHeight / 2, -90, title, "middle", "small muted");
    }

    private static String legend(List<Series> series) {
        StringBuilder out = new StringBuilder("<ul class=\"legend\">");
        for (Series s : series) {
            out.append("<li><span class=\"").append(s.dashed() ? "dash" : "swatch").append("\" style=\"")
                    .append(s.dashed() ? "border-color:" : "background:").append(s.colour()).append("\"></span>")
                    .append(Html.escape(s.label())).append("</li>");
        }
        return out.append("</ul>").toString();
    }
}
