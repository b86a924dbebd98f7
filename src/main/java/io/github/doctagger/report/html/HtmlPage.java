package io.github.doctagger.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The frame every report page shares: one self-contained HTML file with the stylesheet and the
 * little script inlined, a heading, a table of contents, sections and a footer. A
 * Content-Security-Policy lets only that one script run (by its hash) and loads nothing from
 * anywhere, so even a mistake in escaping could not run a document's script or fetch an image.
 */
public final class HtmlPage {
    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "script-src 'sha256-" + sha256Base64(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    private final String title;
    private final Palette palette;
    private final List<Section> sections = new ArrayList<>();
    private String subtitle = "";
    private String intro = "";
    private String footer = "";

    private record Section(String id, String heading, String html) {
    }

    /**
     * @param title   the page's heading and window title (plain text)
     * @param palette the category colours the page uses
     */
    public HtmlPage(String title, Palette palette) {
        this.title = title;
        this.palette = palette;
    }

    /** An HTML fragment under the heading (already escaped by the caller). */
    public HtmlPage subtitle(String html) {
        this.subtitle = html;
        return this;
    }

    /** An HTML fragment between the heading and the first section (e.g. key figures). */
    public HtmlPage intro(String html) {
        this.intro = html;
        return this;
    }

    /** A section with a heading (plain text) listed in the table of contents. */
    public HtmlPage section(String id, String heading, String html) {
        sections.add(new Section(id, heading, html));
        return this;
    }

    /** An HTML fragment at the foot of the page. */
    public HtmlPage footer(String html) {
        this.footer = html;
        return this;
    }

    /**
     * A key figure as a card, for {@link #intro}.
     *
     * @param tone       "" or a tone class: {@code good}, {@code bad}
     * @param label      what the figure is (plain text)
     * @param valueHtml  the figure
     * @param detailHtml a line under it
     */
    public static String card(String tone, String label, String valueHtml, String detailHtml) {
        return "<div class=\"card" + (tone.isEmpty() ? "" : " " + tone) + "\"><span class=\"label\">" + Html.escape(label)
                + "</span><span class=\"value\">" + valueHtml + "</span><span class=\"detail\">" + detailHtml + "</span></div>";
    }

    /** The whole page. */
    public String render() {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"doctagger\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append(palette.css()).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header class=\"page\"><h1>").append(Html.escape(title)).append("</h1>\n");
        if (!subtitle.isEmpty()) {
            out.append("<p class=\"subtitle\">").append(subtitle).append("</p>\n");
        }
        out.append("<nav class=\"toc\">");
        for (Section s : sections) {
            out.append("<a href=\"#").append(s.id()).append("\">").append(Html.escape(s.heading())).append("</a>");
        }
        out.append("</nav></header>\n").append(intro).append('\n');
        for (Section s : sections) {
            out.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(Html.escape(s.heading()))
                    .append("</h2>\n").append(s.html()).append("\n</section>\n");
        }
        out.append("<footer>").append(footer).append("</footer>\n</main>\n<script>").append(SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlPage.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256Base64(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return Base64.getEncoder().encodeToString(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
