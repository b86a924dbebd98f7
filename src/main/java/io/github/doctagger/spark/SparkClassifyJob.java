package io.github.doctagger.spark;

import io.github.doctagger.model.DocumentClassifier;
import io.github.doctagger.model.ModelException;
import io.github.doctagger.model.TopicModel;
import io.github.doctagger.report.OutcomeFormat;
import io.github.doctagger.report.RunCounts;
import io.github.doctagger.report.RunSummary;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Classifies a folder of documents as a Spark job, with the same model files, the same code from
 * bytes to labels and the same report lines as {@code doctagger classify}:
 * <ol>
 *   <li>the driver reads the model directory's files and broadcasts their bytes; each executor
 *       JVM unpacks them once ({@link LoadedModels});</li>
 *   <li>the driver lists the input recursively and cuts it, in document order, into slices of
 *       about equal work, one per partition ({@link InputListing});</li>
 *   <li>each partition reads its files as bytes and classifies them with one
 *       {@link DocumentClassifier} ({@link PartitionClassifier});</li>
 *   <li>the rows are cached, counted, and written in document order ({@link SparkReports}).</li>
 * </ol>
 * For {@code spark-submit --class io.github.doctagger.spark.SparkClassifyJob doctagger.jar ...}
 * and for {@code doctagger classify --engine spark}.
 */
public final class SparkClassifyJob {
    private static final Logger LOG = LoggerFactory.getLogger(SparkClassifyJob.class);
    private static final String APP_NAME = "doctagger classify";
    /** Partitions per executor core when --partitions is not given: small tasks even out slow files. */
    private static final int PARTITIONS_PER_CORE = 3;

    private SparkClassifyJob() {
    }

    @Command(name = "SparkClassifyJob", sortOptions = false,
            description = "Classify every file under --input (recursively) with a doctagger model and write "
                    + "results.jsonl/, results.parquet/, errors.csv and run.json to --output. Paths are Hadoop paths.",
            footer = {"", "Example:", "  spark-submit --class io.github.doctagger.spark.SparkClassifyJob doctagger.jar \\",
                    "    --model hdfs:///models/news --input hdfs:///incoming/2026-11-24 --output hdfs:///reports/2026-11-24"})
    static final class Arguments {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;
        @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model directory.")
        String model;
        @Option(names = "--input", required = true, paramLabel = "PATH", description = "Folder of documents.")
        String input;
        @Option(names = "--output", required = true, paramLabel = "PATH", description = "Folder to create for the reports.")
        String output;
        @Option(names = "--partitions", paramLabel = "N", description = "Partitions to classify in (default: 3 per executor core).")
        int partitions;
        @Option(names = "--max-bytes", paramLabel = "N", description = "Classify at most the first N bytes of a file (default: ${DEFAULT-VALUE}).")
        int maxBytes = DocumentClassifier.DEFAULT_MAX_BYTES;
    }

    /** Entry point for spark-submit, which sets the master; fails (non-zero exit) on bad input. */
    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments();
        CommandLine commandLine = new CommandLine(arguments);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.err.println(e.getMessage());
            commandLine.usage(System.err);
            System.exit(2);
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(System.out);
            return;
        }
        SparkJobOptions options = new SparkJobOptions(arguments.model, arguments.input, arguments.output,
                arguments.partitions, arguments.maxBytes, "SparkClassifyJob " + String.join(" ", args));
        SparkSession spark = SparkSession.builder().appName(APP_NAME).getOrCreate();
        try {
            RunSummary s = run(spark, options);
            System.out.printf(Locale.ROOT, "%,d documents: %,d classified, %,d errors; %.2f s, %,.0f documents/s; reports in %s%n",
                    s.counts().seen, s.counts().classified, s.counts().errorTotal(), s.seconds(), s.documentsPerSecond(),
                    s.runDir());
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job in a Spark session of its own on {@code master}; on {@code local[N]} the session
     * binds to the loopback address and has no web UI (set {@code -Dspark.ui.enabled=true} for one).
     */
    public static RunSummary run(String master, SparkJobOptions options) throws IOException, ModelException {
        SparkConf conf = new SparkConf().setMaster(master).setAppName(APP_NAME);
        if (master.startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            return run(spark, options);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in {@code spark}'s session and returns what run.json says; logs when each step ends. */
    public static RunSummary run(SparkSession spark, SparkJobOptions options) throws IOException, ModelException {
        long start = System.nanoTime();
        String startedAt = RunSummary.now();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        Path input = qualified(new Path(options.input()), hadoop);
        Path output = qualified(new Path(options.output()), hadoop);
        checkFolders(input, output, hadoop);

        ModelBundle bundle = ModelBundle.read(options.model(), hadoop);
        TopicModel model = LoadedModels.get(bundle);
        LOG.info("model {} loaded at {}", model.id(), at(start));
        List<InputFile> files = InputListing.list(input.getFileSystem(hadoop), input);
        int partitions = options.partitions() > 0 ? options.partitions() : PARTITIONS_PER_CORE * context.defaultParallelism();
        List<List<InputFile>> slices = InputListing.slices(files, partitions);
        LOG.info("listed {} files under {} at {}; classifying them in {} partitions", files.size(), input, at(start),
                slices.size());

        Broadcast<ModelBundle> broadcastModel = context.broadcast(bundle);
        Broadcast<SerializableConfiguration> broadcastHadoop = context.broadcast(new SerializableConfiguration(hadoop));
        // One slice per partition, so partitions follow document order and so do the reports.
        JavaRDD<Row> rows = context.parallelize(slices, Math.max(1, slices.size()))
                .mapPartitions(new PartitionClassifier(broadcastModel, broadcastHadoop, input.toString(), options.maxBytes()));
        Dataset<Row> outcomes = spark.createDataFrame(rows, OutcomeRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            outcomes.count();
            LOG.info("classified at {}", at(start));
            RunCounts counts = SparkReports.runCounts(outcomes, model.taxonomy().ids());
            SparkReports reports = new SparkReports(output, hadoop);
            reports.writeResults(outcomes);
            LOG.info("wrote results.jsonl and results.parquet at {}", at(start));
            reports.writeErrors(outcomes, new OutcomeFormat(model.taxonomy().ids()));
            RunSummary summary = RunSummary.of(output.getName(), output.toString(), model, input.toString(),
                    options.commandLine(), startedAt, seconds(start), context.defaultParallelism(), 1, true, counts);
            reports.writeSummary(summary);
            LOG.info("wrote errors.csv and run.json to {} at {}", output, at(start));
            return summary;
        } finally {
            outcomes.unpersist();
            broadcastModel.destroy();
            broadcastHadoop.destroy();
        }
    }

    private static void checkFolders(Path input, Path output, Configuration hadoop) throws IOException {
        if (output.getFileSystem(hadoop).exists(output)) {
            throw new IOException("the output folder " + output + " exists already; give a new one");
        }
        if (!input.getFileSystem(hadoop).getFileStatus(input).isDirectory()) {
            throw new IOException("the input " + input + " is not a folder");
        }
    }

    private static Path qualified(Path path, Configuration hadoop) throws IOException {
        FileSystem fs = path.getFileSystem(hadoop);
        return fs.makeQualified(path);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String at(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", seconds(startNanos));
    }
}
