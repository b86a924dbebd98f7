package io.github.doctagger.corpus;

/**
 * One topic of the taxonomy.
 *
 * @param id          stable identifier used in label files and reports, e.g. {@code border-security}
 * @param name        human-readable name
 * @param description what belongs in the category
 */
public record Category(String id, String name, String description) {

    /** Whether {@code id} can serve as a category id: non-blank, no white space, no ';' or ','. */
    public static boolean isValidId(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isWhitespace(c) || c == ';' || c == ',' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }
}
