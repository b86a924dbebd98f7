package io.github.doctagger.corpus;

/**
 * Why a file could not be classified: the {@code error} column of {@code errors.csv}. Each code
 * is stable (users filter on it); {@link #retried()} says whether the next scheduled run tries
 * the file again, because the cause may pass (I/O) rather than lie in the content.
 */
public enum DocumentProblem {
    /** Zero bytes, or only white space after decoding. */
    EMPTY("empty", false),
    /** NUL bytes or mostly control characters in the first few KB: not text. */
    BINARY("binary", false),
    /** The file could not be opened or read (permissions, I/O error). */
    UNREADABLE("unreadable", true),
    /** The file disappeared between listing and reading. */
    VANISHED("vanished", true),
    /** The file changed size or time while it was being read. */
    CHANGED("changed-during-read", true),
    /** A FIFO, socket, device or other non-regular file. */
    NOT_REGULAR("not-a-regular-file", false),
    /** A symbolic link that leads outside the input folder, is dangling, or loops. */
    LINK("symbolic-link-not-followed", false),
    /** A bug met while classifying this one document; the run goes on and the next run retries it. */
    INTERNAL("internal-error", true);

    private final String code;
    private final boolean retried;

    DocumentProblem(String code, boolean retried) {
        this.code = code;
        this.retried = retried;
    }

    public String code() {
        return code;
    }

    public boolean retried() {
        return retried;
    }
}
