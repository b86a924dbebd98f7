package io.github.doctagger.report;

/**
 * CSV cells that a spreadsheet would run as a formula are neutralised, following OWASP's
 * CSV-injection guidance: a text cell starting with {@code = + - @}, tab or carriage return
 * gets a leading apostrophe. Numbers are written as numbers; JSON Lines keeps the exact text.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    public static String cell(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
