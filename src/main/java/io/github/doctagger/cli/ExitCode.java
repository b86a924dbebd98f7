package io.github.doctagger.cli;

/** The documented exit codes of every doctagger command. */
public final class ExitCode {
    /** Everything went well. */
    public static final int OK = 0;
    /** An unexpected internal error (a bug: please report it with the log). */
    public static final int INTERNAL = 1;
    /** The command line is wrong: unknown option, missing argument, bad value. */
    public static final int USAGE = 2;
    /** The input is wrong: bad label files, missing folders, a corrupt model. Nothing was written. */
    public static final int INPUT = 3;
    /** The run finished, but some documents could not be classified (see errors.csv). */
    public static final int PARTIAL = 4;
    /** Another run holds the reports folder; nothing was touched. */
    public static final int BUSY = 5;

    private ExitCode() {
    }
}
