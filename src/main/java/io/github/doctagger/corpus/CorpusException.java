package io.github.doctagger.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * Bad training input: a malformed label file, a missing seed, an unknown category. The message
 * names every problem found with its file and line, so a user can fix them all in one go.
 */
public final class CorpusException extends Exception {
    private final List<String> problems;

    public CorpusException(Path file, int line, String problem) {
        this(List.of(location(file, line) + problem));
    }

    public CorpusException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    static String location(Path file, int line) {
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }

    private static String summary(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder out = new StringBuilder(problems.size() + " problems in the training data:");
        int shown = Math.min(problems.size(), 50);
        for (int i = 0; i < shown; i++) {
            out.append("\n  ").append(problems.get(i));
        }
        if (shown < problems.size()) {
            out.append("\n  … and ").append(problems.size() - shown).append(" more");
        }
        return out.toString();
    }
}
