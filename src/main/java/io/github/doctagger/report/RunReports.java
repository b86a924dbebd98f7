package io.github.doctagger.report;

import io.github.doctagger.model.DocumentError;
import io.github.doctagger.model.Json;
import io.github.doctagger.model.TopicModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of one run folder and how they come to be: rows are appended to part files while
 * the run goes on; when it ends, the parts are renamed to their final names and run.json is
 * written last, which marks the run complete.
 */
public final class RunReports {
    private static final Logger LOG = LoggerFactory.getLogger(RunReports.class);
    public static final String RESULTS_CSV = "results.csv";
    public static final String RESULTS_JSONL = "results.jsonl";
    public static final String ERRORS_CSV = "errors.csv";
    public static final String RUN_FILE = "run.json";
    public static final String LEDGER_PART = "ledger.part";
    private static final String PART = ".part";
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private RunReports() {
    }

    /** The part files of a run being written. */
    public static final class Parts implements AutoCloseable {
        private final OutcomeFormat format;
        private final PartFile resultsCsv;
        private final PartFile resultsJsonl;
        private final PartFile errorsCsv;
        private final PartFile ledger;
        private final RunOverview overview;

        private Parts(OutcomeFormat format, PartFile resultsCsv, PartFile resultsJsonl, PartFile errorsCsv, PartFile ledger,
                      RunOverview overview) {
            this.format = format;
            this.overview = overview;
            this.resultsCsv = resultsCsv;
            this.resultsJsonl = resultsJsonl;
            this.errorsCsv = errorsCsv;
            this.ledger = ledger;
        }

        /**
         * Opens the parts of {@code runDir}: new ones with their headers, or, with the lengths of
         * a checkpoint, the existing ones cut back to it, whose results are then added to
         * {@code overview} (every result written through these parts is added to it too).
         */
        public static Parts open(Path runDir, OutcomeFormat format, long[] checkpoint, RunOverview overview) throws IOException {
            PartFile csv = part(runDir, RESULTS_CSV, checkpoint, 0);
            PartFile jsonl = part(runDir, RESULTS_JSONL, checkpoint, 1);
            PartFile errors = part(runDir, ERRORS_CSV, checkpoint, 2);
            PartFile ledger = new PartFile(runDir.resolve(LEDGER_PART), checkpoint == null ? 0 : checkpoint[3]);
            if (checkpoint == null || checkpoint[0] == 0) {
                csv.append(format.resultsCsvHeader());
            }
            if (checkpoint == null || checkpoint[2] == 0) {
                errors.append(format.errorsCsvHeader());
            }
            if (checkpoint != null) {
                overview.addAll(jsonl.path());
            }
            return new Parts(format, csv, jsonl, errors, ledger, overview);
        }

        private static PartFile part(Path runDir, String name, long[] checkpoint, int index) throws IOException {
            Path part = runDir.resolve(name + PART);
            Path done = runDir.resolve(name);
            if (checkpoint != null && !Files.exists(part) && Files.exists(done)) {
                // A crash came between renaming the parts into place and writing run.json.
                Files.move(done, part, StandardCopyOption.ATOMIC_MOVE);
            }
            return new PartFile(part, checkpoint == null ? 0 : checkpoint[index]);
        }

        public void write(OutcomeFormat.EncodedResult result) throws IOException {
            write(result, null);
        }

        /** Writes a result's rows; {@code excerpt} is its summary excerpt made while classifying, or null. */
        public void write(OutcomeFormat.EncodedResult result, String excerpt) throws IOException {
            resultsCsv.append(result.csvRow());
            resultsJsonl.append(result.jsonLine());
            overview.add(result.written(), excerpt);
        }

        public void write(DocumentError error) throws IOException {
            errorsCsv.append(format.errorsCsvRow(error));
        }

        /** Adds a ledger line; the ledger is updated from these once the run is complete. */
        public void remember(String ledgerLine) throws IOException {
            ledger.append(ledgerLine);
        }

        /** Makes everything durable; returns the lengths of results.csv, results.jsonl, errors.csv and the ledger part. */
        public long[] checkpoint() throws IOException {
            return new long[] {resultsCsv.checkpoint(), resultsJsonl.checkpoint(), errorsCsv.checkpoint(), ledger.checkpoint()};
        }

        @Override
        public void close() throws IOException {
            try (resultsCsv; resultsJsonl; errorsCsv; ledger) {
                // closed in reverse order by try-with-resources
            }
        }
    }

    /**
     * Renames the parts into place, writes summary.html and then run.json (the completion mark).
     * A summary that cannot be written is logged and left out: it must not keep a finished run
     * from completing.
     */
    public static void complete(Path runDir, RunSummary summary, TopicModel model, RunOverview overview) throws IOException {
        for (String name : new String[] {RESULTS_CSV, RESULTS_JSONL, ERRORS_CSV}) {
            Path part = runDir.resolve(name + PART);
            if (Files.exists(part)) {
                Files.move(part, runDir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try {
            RunSummaryPage.write(runDir, summary, model, overview);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write {} of run {} ({}); the run's CSV and JSON Lines reports are complete without it",
                    RunSummaryPage.FILE, summary.runId(), e.toString(), e);
        }
        writeAtomically(runDir.resolve(RUN_FILE), Json.mapper().writeValueAsString(summary) + "\n");
    }

    /** A new run's id, its UTC start time (20261124T081500Z), made unique within {@code reports}. */
    public static String newRunId(Path reports) {
        String base = OffsetDateTime.now(ZoneOffset.UTC).format(RUN_ID);
        String id = base;
        for (int n = 2; Files.exists(reports.resolve(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Rewrites the reports folder's index of runs (index.html); a failure is logged, never fatal. */
    public static void publishIndex(Path reports) throws IOException {
        try {
            RunIndexPage.write(reports);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write {} in {} ({}); the next run writes it again", RunIndexPage.FILE, reports, e.toString(), e);
        }
    }

    /** Writes {@code text} to a temporary sibling, syncs it and renames it over {@code file}. */
    public static void writeAtomically(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(file.getParent());
    }

    /**
     * Makes the renames in {@code dir} durable: a rename changes the folder, which a power cut can
     * lose unless the folder is synced too. Done after run.json is renamed into place, this also
     * keeps the report files' renames before {@code latest} moves. Best effort: some platforms
     * cannot open a folder for syncing.
     */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Windows and some file systems: renames are as durable as the platform makes them.
        }
    }
}
