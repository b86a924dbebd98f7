package io.github.doctagger;

import io.github.doctagger.cli.DocTagger;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs doctagger commands in-process, capturing what they print. */
public final class Cli {
    private Cli() {
    }

    /** Exit code and output of one command. */
    public record Run(int exit, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DocTagger.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
