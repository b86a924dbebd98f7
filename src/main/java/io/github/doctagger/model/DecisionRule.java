package io.github.doctagger.model;

/** How scores become labels. */
public enum DecisionRule {
    /** Multi-label: every category whose score reaches its own threshold (possibly none). */
    THRESHOLDS("thresholds"),
    /** Single-label corpora: exactly the best-scoring category. */
    BEST_CATEGORY("best-category");

    private final String code;

    DecisionRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DecisionRule fromCode(String code) {
        for (DecisionRule rule : values()) {
            if (rule.code.equals(code)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown decision rule '" + code + "' (thresholds, best-category)");
    }
}
