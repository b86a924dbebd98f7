package io.github.doctagger.cli;

import io.github.doctagger.corpus.CorpusException;
import io.github.doctagger.model.ModelException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code doctagger} command and its entry point. */
@Command(name = "doctagger", mixinStandardHelpOptions = true, versionProvider = DocTagger.Version.class,
        description = "Tags news and other text documents with topics.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  internal error (a bug; please report it)", "  2  usage error",
                "  3  input error (bad labels, missing folder, corrupt model)",
                "  4  finished, but some documents could not be classified", "  5  another run holds the reports folder"})
public final class DocTagger {
    /**
     * The subcommands by name, in the order help lists them. Picocli reads a command's annotations
     * when it is added (~70 ms for all of them), so a command line that starts with a subcommand's
     * name gets only that one; anything else (help, a typo) gets them all.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("train", TrainCommand::new);
        SUBCOMMANDS.put("classify", ClassifyCommand::new);
        SUBCOMMANDS.put("evaluate", EvaluateCommand::new);
        SUBCOMMANDS.put("explain", ExplainCommand::new);
        SUBCOMMANDS.put("export", ExportCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new DocTagger());
        Supplier<Object> named = args.length == 0 || args[0].equals("help") ? null : SUBCOMMANDS.get(args[0]);
        if (named != null) {
            commandLine.addSubcommand(args[0], named.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
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
