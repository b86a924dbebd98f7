package io.github.doctagger.report.html;

/**
 * A small histogram of one category's scores, one of a set of small multiples that share their
 * bins. Bars at or above the category's threshold take the category's colour, those below a
 * pale tint; the threshold is a dashed line. Heights are on a square-root scale, so that a
 * handful of documents near the threshold stays visible beside thousands of clear negatives.
 */
public final class Histogram {
    private static final double WIDTH = 300;
    private static final double HEIGHT = 168;
    private static final double LEFT = 40;
    private static final double RIGHT = 10;
    private static final double TOP = 22;
    private static final double BOTTOM = 34;

    private Histogram() {
    }

    /**
     * The bins shared by a set of histograms.
     *
     * @param low   lower edge of the first bin
     * @param width width of every bin
     * @param count number of bins
     */
    public record Bins(double low, double width, int count) {
        double high() {
            return low + width * count;
        }
    }

    /**
     * One category's histogram.
     *
     * @param counts    documents per bin (length {@link Bins#count()})
     * @param threshold the decision threshold, or NaN when there is none to draw
     */
    public static String render(String category, String colour, Bins bins, long[] counts, double threshold) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        long max = 0;
        for (long n : counts) {
            max = Math.max(max, n);
        }
        Svg svg = new Svg(WIDTH, HEIGHT, "Score distribution of " + category);
        double scale = plotWidth / (bins.high() - bins.low());
        boolean hasThreshold = !Double.isNaN(threshold) && !Double.isInfinite(threshold);
        if (hasThreshold) {
            double x = LEFT + (Math.max(bins.low(), Math.min(bins.high(), threshold)) - bins.low()) * scale;
            svg.rect(x, TOP, LEFT + plotWidth - x, plotHeight, Palette.tint(colour, 0.08), "at or above the threshold: tagged");
        }
        String pale = Palette.tint(colour, 0.35);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double from = bins.low() + i * bins.width();
            double h = plotHeight * Math.sqrt((double) counts[i] / max);
            boolean above = hasThreshold ? from + bins.width() / 2 >= threshold : true;
            svg.rect(LEFT + i * bins.width() * scale + 0.5, TOP + plotHeight - h, bins.width() * scale - 1, h,
                    above ? colour : pale, Html.number(from, 2) + " to " + Html.number(from + bins.width(), 2) + ": "
                            + Html.count(counts[i]) + (counts[i] == 1 ? " document" : " documents"));
        }
        axes(svg, bins, scale, plotWidth, plotHeight, max);
        if (hasThreshold) {
            double x = LEFT + (threshold - bins.low()) * scale;
            if (threshold >= bins.low() && threshold <= bins.high()) {
                svg.line(x, TOP - 4, x, TOP + plotHeight, "threshold");
                boolean right = x < LEFT + plotWidth * 0.6;
                svg.text(right ? x + 4 : x - 4, TOP - 8, "threshold " + Html.number(threshold, 2), right ? "start" : "end", "small");
            }
        }
        return svg.render();
    }

    private static void axes(Svg svg, Bins bins, double scale, double plotWidth, double plotHeight, long max) {
        double baseline = TOP + plotHeight;
        svg.line(LEFT, baseline, LEFT + plotWidth, baseline, "axis");
        svg.line(LEFT, TOP, LEFT, baseline, "axis");
        double step = Ticks.step(bins.high() - bins.low(), 5);
        int decimals = Ticks.decimals(step);
        for (double t = Math.ceil(bins.low() / step - 1e-9) * step; t <= bins.high() + 1e-9; t += step) {
            double x = LEFT + (t - bins.low()) * scale;
            svg.line(x, baseline, x, baseline + 4, "axis");
            svg.text(x, baseline + 16, Html.number(t, decimals), "middle", "small muted");
        }
        svg.text(LEFT + plotWidth / 2, HEIGHT - 2, "score", "middle", "small muted");
        svg.text(LEFT - 6, TOP + 4, Html.count(max), "end", "small muted");
        svg.text(LEFT - 6, baseline, "0", "end", "small muted");
        svg.rotatedText(12, TOP + plotHeight / 2, -90, "documents (√)", "middle", "small muted");
    }
}
