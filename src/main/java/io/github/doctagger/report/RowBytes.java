package io.github.doctagger.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One report row being built as UTF-8 bytes: numbers are written as ASCII digits and text is
 * encoded as it is appended, so a row costs no intermediate Strings. Reused by one thread for
 * row after row (not thread-safe).
 */
final class RowBytes {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
            1_000_000_000};

    private byte[] bytes = new byte[4096];
    private int length;

    RowBytes clear() {
        length = 0;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    RowBytes append(char ascii) {
        room(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** Appends {@code text} as UTF-8 (a plain copy when it is ASCII, as almost all of it is). */
    RowBytes append(String text) {
        int n = text.length();
        room(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return append(text.getBytes(StandardCharsets.UTF_8)); // overwrites the ASCII prefix copied so far
            }
            bytes[length + i] = (byte) c;
        }
        length += n;
        return this;
    }

    RowBytes append(byte[] encoded) {
        room(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
        return this;
    }

    /** Appends bytes {@code from} (inclusive) to {@code to} (exclusive) of {@code other}. */
    RowBytes append(RowBytes other, int from, int to) {
        room(to - from);
        System.arraycopy(other.bytes, from, bytes, length, to - from);
        length += to - from;
        return this;
    }

    int length() {
        return length;
    }

    RowBytes append(boolean value) {
        return append(value ? "true" : "false");
    }

    RowBytes append(long value) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                return append(Long.toString(value));
            }
            append('-');
            value = -value;
        }
        if (value > Integer.MAX_VALUE) {
            return append(Long.toString(value));
        }
        return appendDigits((int) value, 0);
    }

    /**
     * Appends the decimal digits of {@code value} (non-negative), zero-padded to at least
     * {@code width} digits. In int arithmetic: without C2, long division is a call into the JVM.
     */
    private RowBytes appendDigits(int value, int width) {
        int digits = 1;
        for (int v = value; v >= 10; v = div10(v)) {
            digits++;
        }
        digits = Math.max(digits, width);
        room(digits);
        for (int i = length + digits - 1; i >= length; i--) {
            int quotient = div10(value);
            bytes[i] = (byte) ('0' + value - quotient * 10);
            value = quotient;
        }
        length += digits;
        return this;
    }

    /** {@code value / 10} for a non-negative int, by a multiplication: C1 code divides with a slow instruction. */
    private static int div10(int value) {
        return (int) ((value * 3435973837L) >>> 35);
    }

    /**
     * Appends {@code value} rounded half-up to {@code decimals} places (at most 9), e.g.
     * -0.123457; values of a million or more, NaN and infinities as Java writes them.
     */
    RowBytes appendFixed(double value, int decimals) {
        if (!fixedPoint(value)) {
            return append(Double.toString(value));
        }
        long scale = POWERS[decimals];
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            append('-');
        }
        long whole = scaled / scale;
        append(whole);
        if (decimals > 0) {
            append('.');
            appendDigits((int) (scaled - whole * scale), decimals);
        }
        return this;
    }

    /** The number {@link #appendFixed} writes for {@code value}, as reading it back gives it. */
    static double asWritten(double value, int decimals) {
        if (!fixedPoint(value)) {
            return value;
        }
        double rounded = Math.round(Math.abs(value) * POWERS[decimals]) / (double) POWERS[decimals];
        return value < 0 && rounded != 0 ? -rounded : rounded;
    }

    /** Whether {@link #appendFixed} writes {@code value} as fixed-point digits (not NaN, infinite or a million and more). */
    private static boolean fixedPoint(double value) {
        return Math.abs(value) < 1e6;
    }
}
