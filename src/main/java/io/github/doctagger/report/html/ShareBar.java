package io.github.doctagger.report.html;

import java.util.List;

/** One bar split into parts of a whole (e.g. documents with no, one, two or more categories), with a legend. */
public final class ShareBar {
    private static final double WIDTH = 720;
    private static final double HEIGHT = 30;

    private ShareBar() {
    }

    /** One part of the whole. */
    public record Part(String label, long count, String colour) {
    }

    /** The bar and its legend as one HTML fragment. */
    public static String render(String description, List<Part> parts) {
        long total = parts.stream().mapToLong(Part::count).sum();
        Svg svg = new Svg(WIDTH, HEIGHT, description);
        double x = 0;
        for (Part part : parts) {
            if (part.count() == 0 || total == 0) {
                continue;
            }
            double w = WIDTH * part.count() / total;
            svg.rect(x, 0, w, HEIGHT, part.colour(), part.label() + ": " + Html.count(part.count()) + " ("
                    + Html.percent(part.count(), total) + ")");
            if (w > 44) {
                svg.text(x + w / 2, HEIGHT / 2 + 4, Html.percent(part.count(), total), "middle",
                        Palette.isLight(part.colour()) ? "on-light" : "on-colour");
            }
            x += w;
        }
        if (total == 0) {
            svg.rect(0, 0, WIDTH, HEIGHT, "#eaeef2", "no documents");
        }
        StringBuilder out = new StringBuilder("<div class=\"share\">").append(svg.render()).append("<ul class=\"legend\">");
        for (Part part : parts) {
            out.append("<li><span class=\"swatch\" style=\"background:").append(part.colour()).append("\"></span>")
                    .append(Html.escape(part.label())).append(" <b>").append(Html.count(part.count())).append("</b> <span class=\"muted\">")
                    .append(Html.percent(part.count(), total)).append("</span></li>");
        }
        return out.append("</ul></div>").toString();
    }
}
