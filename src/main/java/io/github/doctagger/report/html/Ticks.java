package io.github.doctagger.report.html;

/** Round axis steps (1, 2 or 5 times a power of ten) so ticks read 0, 5, 10 rather than 0, 4.3, 8.6. */
final class Ticks {
    private Ticks() {
    }

    /** A step that cuts {@code [0, span]} into about {@code wanted} round intervals. */
    static double step(double span, int wanted) {
        if (span <= 0 || Double.isNaN(span) || Double.isInfinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, wanted);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** The smallest multiple of {@code step} at or above {@code value} (at least one step). */
    static double ceiling(double value, double step) {
        return Math.max(step, Math.ceil(value / step - 1e-9) * step);
    }

    /** How many decimals a tick label with this step needs. */
    static int decimals(double step) {
        return step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    }
}
