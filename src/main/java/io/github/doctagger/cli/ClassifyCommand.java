package io.github.doctagger.cli;

import io.github.doctagger.batch.BatchOptions;
import io.github.doctagger.batch.BatchRunner;
import io.github.doctagger.batch.RunBusyException;
import io.github.doctagger.model.DocumentClassifier;
import io.github.doctagger.model.ModelException;
import io.github.doctagger.model.ModelStore;
import io.github.doctagger.model.TrainingRun;
import io.github.doctagger.report.RunReports;
import io.github.doctagger.report.RunSummary;
import io.github.doctagger.spark.SparkClassifyJob;
import io.github.doctagger.spark.SparkJobOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code doctagger classify}: tags a folder of documents and writes a run of reports. */
@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 110,
        description = {"Classify every file under a folder (recursively) and write reports/<run-id>/ with "
                + "results.csv, results.jsonl, errors.csv and run.json; reports/latest then points to it, and "
                + "reports/doctagger.log (rolling) keeps the log of every run.",
                "Runs are incremental: a file this model already classified unchanged in an earlier run is "
                        + "skipped (--all classifies everything again; a new model classifies everything). A run "
                        + "that was killed is resumed by running the same command again. Only one run at a time may "
                        + "use a reports folder: another one exits at once with code 5, touching nothing.",
                "Files that cannot be classified (empty, binary, unreadable, FIFOs, links out of the input...) "
                        + "are listed in errors.csv with a reason, and the run goes on.",
                "Without --model and with no model yet, a model is first trained from seeds/ and labels/.",
                "With --engine spark the same classification runs as a Spark job (on local[<threads>] unless --master "
                        + "says otherwise; see docs/spark.md). It classifies every file (it keeps no ledger) and writes "
                        + "reports/<run-id>/ with results.jsonl/ and results.parquet/ (part files), errors.csv and "
                        + "run.json; reports/latest is left to local runs."},
        footer = {"", "Examples:",
                "  doctagger classify --input /data/incoming --reports /data/reports",
                "  doctagger classify --input /data/incoming --reports /data/reports --all --threads 4",
                "  doctagger classify --engine spark --master 'local[2]' --input /data/incoming --reports /data/reports",
                "",
                "Scheduling: every 15 minutes from cron (crontab -e):",
                "  */15 * * * * /opt/doctagger/bin/doctagger classify --input /data/incoming --reports /data/reports --quiet",
                "or from a systemd timer: a Type=oneshot doctagger-classify.service with that ExecStart= and a",
                "doctagger-classify.timer with OnCalendar=*:0/15 and Persistent=true. Both are spelled out in",
                "docs/scheduling.md. A run that finds another still going exits 5 at once and the next one catches up.",
                "",
                "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 input error (missing folder, bad model),",
                "4 finished but some files are in errors.csv, 5 another run holds the reports folder."})
final class ClassifyCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ClassifyCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model = new ModelOption();

    @Option(names = "--input", paramLabel = "DIR", description = "Folder to classify (default: samples/incoming).")
    Path input;

    @Option(names = "--reports", paramLabel = "DIR", description = "Reports folder (default: reports/).")
    Path reports;

    @Option(names = "--threads", paramLabel = "N", description = "Classification threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Classify at most the first N bytes of a file; larger files are flagged truncated (default: ${DEFAULT-VALUE}).")
    int maxBytes = DocumentClassifier.DEFAULT_MAX_BYTES;

    @Option(names = "--all", description = "Classify every file again, even those already classified by this model.")
    boolean all;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "local (default): this machine, incremental runs; spark: a Spark job (see docs/spark.md).")
    String engine = "local";

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark (default: local[<threads>]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions for --engine spark (default: 3 per core).")
    int partitions;

    @Mixin
    LoggingOptions logging = new LoggingOptions();

    @Override
    public Integer call() throws Exception {
        logging.apply();
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new UsageProblem("--engine must be local or spark, was '" + engine + "'");
        }
        if (threads < 1) {
            throw new UsageProblem("--threads must be at least 1, was " + threads);
        }
        if (maxBytes < 1) {
            throw new UsageProblem("--max-bytes must be at least 1, was " + maxBytes);
        }
        if (partitions < 0) {
            throw new UsageProblem("--partitions must be at least 1 (or 0 for the default), was " + partitions);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path modelDir = modelDir(out);
        Path reportsDir = reports != null ? reports : Home.reports();
        Path inputDir = input != null ? input : Home.sampleIncoming();
        if (!Files.isDirectory(inputDir)) {
            throw new InputProblem("input folder not found: " + inputDir);
        }
        RunSummary summary;
        if (engine.equals("spark")) {
            summary = classifyOnSpark(modelDir, inputDir, reportsDir);
        } else {
            BatchOptions options = new BatchOptions(inputDir, reportsDir, threads, maxBytes, all,
                    System.console() != null && !logging.quiet, commandLine());
            try {
                summary = new BatchRunner(ModelStore.read(modelDir), options).run();
            } catch (RunBusyException e) {
                spec.commandLine().getErr().println("doctagger: " + e.getMessage());
                return ExitCode.BUSY;
            }
        }
        if (!logging.quiet) {
            printSummary(out, summary);
        }
        return summary.counts().errorTotal() > 0 ? ExitCode.PARTIAL : ExitCode.OK;
    }

    /** --model, else models/current, else a model trained now from the defaults. */
    private Path modelDir(PrintWriter out) throws Exception {
        if (model.dir != null) {
            return model.dir;
        }
        Path current = ModelOption.current();
        if (!Files.exists(current)) {
            out.println("No model yet: training one from " + Home.seeds() + " and " + Home.labels() + " first.");
            TrainingOptions defaults = new TrainingOptions();
            TrainingRun.Outcome outcome = TrainingRun.run(defaults.seedsDir(), defaults.labelFiles(), defaults.categoriesFile(),
                    null, Home.models(), defaults.settings(), threads, Home.tool());
            out.printf("Trained model %s (cross-validated micro-F1 %.3f, macro-F1 %.3f) in %.1f s.%n%n", outcome.model().id(),
                    outcome.crossValidation().microF1(), outcome.crossValidation().macroF1(),
                    outcome.model().info().trainingSeconds());
            return outcome.modelDir();
        }
        return current;
    }

    /**
     * Runs the Spark job into a new run folder. Spark classes are loaded only from here on: the
     * local engine never touches them, and without them on the class path this says what to do.
     */
    private RunSummary classifyOnSpark(Path modelDir, Path inputDir, Path reportsDir) throws IOException, ModelException {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, ClassifyCommand.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new InputProblem("--engine spark needs Spark on the class path: run it through bin/doctagger, "
                    + "which adds it, or submit io.github.doctagger.spark.SparkClassifyJob with spark-submit (see docs/spark.md)");
        }
        if (reportsDir.toAbsolutePath().normalize().startsWith(inputDir.toAbsolutePath().normalize())) {
            throw new InputProblem("--reports must lie outside --input for --engine spark: " + reportsDir);
        }
        Files.createDirectories(reportsDir);
        Path runDir = reportsDir.resolve(RunReports.newRunId(reportsDir));
        SparkJobOptions options = new SparkJobOptions(hadoopPath(modelDir), hadoopPath(inputDir), hadoopPath(runDir),
                partitions, maxBytes, commandLine());
        return SparkClassifyJob.run(master != null ? master : "local[" + threads + "]", options);
    }

    /** A local path as Hadoop reads it; Hadoop quotes the characters a URI cannot hold itself. */
    private static String hadoopPath(Path path) {
        return "file://" + path.toAbsolutePath().normalize();
    }

    /** The whole command as a shell would take it back (arguments with spaces or quotes single-quoted). */
    private String commandLine() {
        StringBuilder text = new StringBuilder("doctagger");
        for (String arg : spec.commandLine().getParseResult().originalArgs()) {
            text.append(' ').append(shellWord(arg));
        }
        return text.toString();
    }

    private static String shellWord(String arg) {
        boolean plain = !arg.isEmpty()
                && arg.chars().allMatch(c -> c > ' ' && c < 127 && "'\"\\$`!*?;&|<>()[]{}#~".indexOf(c) < 0);
        return plain ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    private static void printSummary(PrintWriter out, RunSummary s) {
        out.printf(Locale.ROOT, "Run %s  (model %s, %d thread%s)%n", s.runId(), s.model(), s.threads(), s.threads() == 1 ? "" : "s");
        out.printf(Locale.ROOT, "  input      %s%n", s.input());
        out.printf(Locale.ROOT, "  files      %,d seen: %,d classified, %,d unchanged since an earlier run, %,d errors%n",
                s.counts().seen, s.counts().classified, s.counts().unchanged, s.counts().errorTotal());
        out.printf(Locale.ROOT, "  speed      %,.0f documents/s, %.2f MB/s, %.2f s%n", s.documentsPerSecond(),
                s.megabytesPerSecond(), s.seconds());
        out.println("  categories");
        for (Map.Entry<String, Long> e : s.counts().categories.entrySet()) {
            out.printf(Locale.ROOT, "    %-24s %,8d%n", e.getKey(), e.getValue());
        }
        out.printf(Locale.ROOT, "    %-24s %,8d%n", "(no category)", s.counts().untagged);
        if (!s.counts().errors.isEmpty()) {
            out.println("  errors");
            for (Map.Entry<String, Long> e : s.counts().errors.entrySet()) {
                out.printf(Locale.ROOT, "    %-24s %,8d%n", e.getKey(), e.getValue());
            }
        }
        if (s.counts().truncated > 0) {
            out.printf(Locale.ROOT, "  truncated  %,d documents larger than --max-bytes were classified on their first part%n",
                    s.counts().truncated);
        }
        out.printf(Locale.ROOT, "  reports    %s%n", s.runDir());
    }
}
