package io.github.doctagger.report.html;

/**
 * A small inline SVG drawing: elements are appended in order, coordinates are rounded the same
 * way everywhere and every text is escaped. Styling comes from the page's CSS classes.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder(4096);
    private final double width;
    private final double height;
    private final String label;

    /**
     * @param label what the chart shows, for screen readers and as the tooltip of the whole chart
     */
    Svg(double width, double height, String label) {
        this.width = width;
        this.height = height;
        this.label = label;
    }

    Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        out.append("<rect x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" width=\"")
                .append(c(Math.max(0, w))).append("\" height=\"").append(c(Math.max(0, h))).append("\" fill=\"")
                .append(fill).append('"');
        return closeWithTooltip("rect", tooltip);
    }

    Svg circle(double x, double y, double r, String fill, String tooltip) {
        out.append("<circle cx=\"").append(c(x)).append("\" cy=\"").append(c(y)).append("\" r=\"").append(c(r))
                .append("\" fill=\"").append(fill).append('"');
        return closeWithTooltip("circle", tooltip);
    }

    /** A line styled by {@code cssClass} (see report.css: axis, grid, threshold). */
    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(c(x1)).append("\" y1=\"").append(c(y1))
                .append("\" x2=\"").append(c(x2)).append("\" y2=\"").append(c(y2)).append("\"/>");
        return this;
    }

    /** A polyline through the points; {@code dashed} for series that are not categories. */
    Svg polyline(double[] xs, double[] ys, String stroke, boolean dashed) {
        out.append("<polyline class=\"series").append(dashed ? " dashed" : "").append("\" stroke=\"").append(stroke)
                .append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(c(xs[i])).append(',').append(c(ys[i]));
        }
        out.append("\"/>");
        return this;
    }

    /**
     * Text at (x, y).
     *
     * @param anchor   start, middle or end
     * @param cssClass extra class (e.g. {@code muted}, {@code small}), or empty
     */
    Svg text(double x, double y, String text, String anchor, String cssClass) {
        out.append("<text x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" text-anchor=\"")
                .append(anchor).append('"');
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(Html.escape(text)).append("</text>");
        return this;
    }

    /** Text rotated by {@code degrees} around its anchor point. */
    Svg rotatedText(double x, double y, double degrees, String text, String anchor, String cssClass) {
        out.append("<text transform=\"translate(").append(c(x)).append(',').append(c(y)).append(") rotate(")
                .append(c(degrees)).append(")\" text-anchor=\"").append(anchor).append("\" class=\"").append(cssClass)
                .append("\">").append(Html.escape(text)).append("</text>");
        return this;
    }

    private Svg closeWithTooltip(String element, String tooltip) {
        if (tooltip == null || tooltip.isEmpty()) {
            out.append("/>");
        } else {
            out.append("><title>").append(Html.escape(tooltip)).append("</title></").append(element).append('>');
        }
        return this;
    }

    /** The finished {@code <svg>} element, scaled to its container's width by the page's CSS. */
    String render() {
        return "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + c(width) + " " + c(height)
                + "\" width=\"" + c(width) + "\" height=\"" + c(height) + "\" role=\"img\" aria-label=\""
                + Html.escape(label) + "\">" + out + "</svg>";
    }

    private static String c(double value) {
        return Html.coordinate(value);
    }
}
