package io.github.doctagger.report;

/** Fast, locale-free fixed-point formatting for report columns (String.format is slow in bulk). */
final class Numbers {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
            1_000_000_000, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    private Numbers() {
    }

    /** Appends {@code value} rounded half-up to {@code decimals} places, e.g. 0.123457. */
    static void appendFixed(StringBuilder out, double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= 1e6) {
            out.append(value);
            return;
        }
        long scale = POWERS[decimals];
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale);
        if (decimals > 0) {
            out.append('.');
            String fraction = Long.toString(scaled % scale);
            for (int i = fraction.length(); i < decimals; i++) {
                out.append('0');
            }
            out.append(fraction);
        }
    }
}
