package io.github.doctagger.report.html;

import java.util.Locale;

/**
 * Text made safe for HTML, and numbers written the same way on every machine. Everything that
 * comes from a document (its name, its text, a detail of an error) goes through
 * {@link #escape}, so a file named {@code <img src=x onerror=alert(1)>.txt} shows as text.
 */
public final class Html {
    private Html() {
    }

    /** {@code text} escaped for element content and quoted attribute values (null: empty). */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(out, text, 0, text.length());
        return out.toString();
    }

    /**
     * Appends {@code text[start, end)} escaped. Control characters other than tab, line feed and
     * carriage return, which HTML forbids, become U+FFFD.
     */
    public static void escape(StringBuilder out, CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** {@code value} with {@code decimals} decimals and a dot, e.g. {@code 0.482}. */
    public static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        return fixed(value, decimals);
    }

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000, 1_000_000_000};

    /**
     * {@code value} rounded half-up to {@code decimals} places, without a minus sign when it
     * rounds to zero. Written out by hand: String.format costs microseconds a call, and a summary
     * page formats tens of thousands of numbers.
     */
    private static String fixed(double value, int decimals) {
        if (decimals >= POWERS_OF_TEN.length || !(Math.abs(value) < 1e9)) {
            String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
            return text.startsWith("-") && text.matches("-0\\.?0*") ? text.substring(1) : text;
        }
        long scale = POWERS_OF_TEN[decimals];
        long scaled = Math.round(Math.abs(value) * scale);
        StringBuilder out = new StringBuilder(24);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale);
        if (decimals > 0) {
            String fraction = Long.toString(scaled % scale);
            out.append('.');
            for (int i = fraction.length(); i < decimals; i++) {
                out.append('0');
            }
            out.append(fraction);
        }
        return out.toString();
    }

    /**
     * {@code value} with an explicit sign, e.g. {@code +0.082} or {@code −0.031}; a value that
     * rounds to zero keeps its sign ({@code +0.00}: just above, {@code −0.00}: just below).
     */
    public static String signed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return (value < 0 ? "−" : "+") + number(Math.abs(value), decimals);
    }

    /** A count with thousands separators, e.g. {@code 12,345}. */
    public static String count(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** {@code part / whole} as a percentage with one decimal, or "–" when {@code whole} is 0. */
    public static String percent(long part, long whole) {
        return whole == 0 ? "–" : fixed(100.0 * part / whole, 1) + "%";
    }

    /** A share (0 to 1) as a percentage with one decimal, e.g. {@code 73.2%}. */
    public static String percent(double share) {
        return Double.isNaN(share) ? "–" : fixed(100 * share, 1) + "%";
    }

    /** A size in bytes for people: {@code 812 B}, {@code 2.7 KB}, {@code 14.2 MB}. */
    public static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** A duration for people: {@code 0.14 s}, {@code 42 s}, {@code 3 min 05 s}, {@code 2 h 04 min}. */
    public static String duration(double seconds) {
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.2f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }

    /** An ISO-8601 UTC time ({@code 2026-11-26T16:28:15Z}) as {@code 2026-11-26 16:28:15 UTC}; other text unchanged. */
    public static String time(String iso) {
        if (iso == null) {
            return "";
        }
        if (iso.length() == 20 && iso.charAt(10) == 'T' && iso.endsWith("Z")) {
            return iso.substring(0, 10) + " " + iso.substring(11, 19) + " UTC";
        }
        return iso;
    }

    /** A coordinate for SVG: two decimals at most, no trailing zeros. */
    static String coordinate(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        String text = fixed(hundredths / 100.0, 2);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }
}
