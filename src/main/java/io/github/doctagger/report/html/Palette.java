package io.github.doctagger.report.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One colour per category, the same on every page: categories get colours in the sorted order
 * of their ids, so a run summary, the index of runs and an evaluation agree as long as they know
 * the same categories. Each category has a CSS class ({@code cat0}, {@code cat1}, …) that sets
 * {@code --c} (the colour) and {@code --l} (a light tint for backgrounds and highlights).
 */
public final class Palette {
    /** Tableau 10: distinct, readable on white, and tolerable for the common colour-blindnesses. */
    private static final String[] BASE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
        "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
    /** Colour of "no category" and other non-category series. */
    public static final String NEUTRAL = "#8c959f";

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<String> colours = new ArrayList<>();

    private Palette(Collection<String> ids) {
        for (String id : new TreeSet<>(ids)) {
            int k = index.size();
            index.put(id, k);
            colours.add(k < BASE.length ? BASE[k] : goldenAngle(k));
        }
    }

    /** A palette for these category ids. */
    public static Palette of(Collection<String> ids) {
        return new Palette(ids);
    }

    /** The category's colour, or {@link #NEUTRAL} for an id the palette does not know. */
    public String colour(String id) {
        Integer k = index.get(id);
        return k == null ? NEUTRAL : colours.get(k);
    }

    /** A light tint of the category's colour, for backgrounds. */
    public String light(String id) {
        return tint(colour(id), 0.22);
    }

    /** The CSS class that sets the category's {@code --c} and {@code --l}. */
    public String cssClass(String id) {
        Integer k = index.get(id);
        return k == null ? "cat-none" : "cat" + k;
    }

    /** The rules behind {@link #cssClass}. */
    public String css() {
        StringBuilder out = new StringBuilder(".cat-none{--c:" + NEUTRAL + ";--l:" + tint(NEUTRAL, 0.22) + "}\n");
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            out.append(".cat").append(e.getValue()).append("{--c:").append(colour(e.getKey()))
                    .append(";--l:").append(light(e.getKey())).append("}\n");
        }
        return out.toString();
    }

    /** {@code colour} mixed with white: {@code share} of the colour, the rest white. */
    static String tint(String colour, double share) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        int r = mix((rgb >> 16) & 0xff, share);
        int g = mix((rgb >> 8) & 0xff, share);
        int b = mix(rgb & 0xff, share);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** Whether dark text reads better than white on {@code colour} (relative luminance above ~0.45). */
    static boolean isLight(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
        return luminance > 0.45;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int mix(int channel, double share) {
        return (int) Math.round(channel * share + 255 * (1 - share));
    }

    /** Further colours spread around the hue circle, for taxonomies larger than the base palette. */
    private static String goldenAngle(int k) {
        double hue = (k * 137.508) % 360 / 60;
        double value = 0.75;
        double chroma = value * 0.55;
        double x = chroma * (1 - Math.abs(hue % 2 - 1));
        double[] rgb = switch ((int) hue) {
            case 0 -> new double[] {chroma, x, 0};
            case 1 -> new double[] {x, chroma, 0};
            case 2 -> new double[] {0, chroma, x};
            case 3 -> new double[] {0, x, chroma};
            case 4 -> new double[] {x, 0, chroma};
            default -> new double[] {chroma, 0, x};
        };
        double m = value - chroma;
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round((rgb[0] + m) * 255),
                Math.round((rgb[1] + m) * 255), Math.round((rgb[2] + m) * 255));
    }
}
