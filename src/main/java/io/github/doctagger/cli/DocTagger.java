package io.github.doctagger.cli;

import io.github.doctagger.corpus.CorpusException;
import io.github.doctagger.model.ModelException;
import java.io.IOException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code doctagger} command and its entry point. */
@Command(name = "doctagger", mixinStandardHelpOptions = true, versionProvider = DocTagger.Version.class,
        subcommands = {TrainCommand.class, ClassifyCommand.class, EvaluateCommand.class, ExplainCommand.class,
                ExportCommand.class, CommandLine.HelpCommand.class},
        description = "Tags news and other text documents with topics.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  internal error (a bug; please report it)", "  2  usage error",
                "  3  input error (bad labels, missing folder, corrupt model)",
                "  4  finished, but some documents could not be classified", "  5  another run holds the reports folder"})
public final class DocTagger {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new DocTagger());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(DocTagger::handle);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        int exit = commandLine.execute(args);
        out.flush();
        err.flush();
        return exit;
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof CorpusException || e instanceof ModelException || e instanceof InputProblem) {
            err.println("doctagger: " + e.getMessage());
            return ExitCode.INPUT;
        }
        if (e instanceof UsageProblem) {
            err.println("doctagger: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof IOException) {
            err.println("doctagger: " + e);
            return ExitCode.INPUT;
        }
        Logger log = LoggerFactory.getLogger(DocTagger.class);
        log.error("internal error", e);
        err.println("doctagger: internal error: " + e + " (this is a bug; please report it with the output above)");
        return ExitCode.INTERNAL;
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Home.tool()};
        }
    }
}
