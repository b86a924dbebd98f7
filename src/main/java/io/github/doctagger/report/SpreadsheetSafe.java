package io.github.doctagger.report;

/**
 * CSV cells that a spreadsheet would run as a formula are neutralised, following OWASP's
 * CSV-injection guidance: a text cell starting with {@code = + - @}, tab or carriage return
 * gets a leading apostrophe. Numbers are written as numbers; JSON Lines keeps the exact text.
 *
 * <p>A cell that already starts with apostrophes before such a character gets one more, so the
 * guard can always be told from the text ({@link #original}) and a spreadsheet, which hides the
 * first apostrophe, shows the original text.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    /** The cell as it may be written to CSV. */
    public static String cell(String text) {
        return needsGuard(text, 0) ? "'" + text : text;
    }

    /** The text {@link #cell} was made from. */
    public static String original(String cell) {
        return cell.startsWith("'") && needsGuard(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean needsGuard(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char first = text.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
