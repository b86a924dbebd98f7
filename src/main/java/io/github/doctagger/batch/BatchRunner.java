package io.github.doctagger.batch;

import io.github.doctagger.corpus.DocumentProblem;
import io.github.doctagger.corpus.RawDocument;
import io.github.doctagger.model.DocumentClassifier;
import io.github.doctagger.model.DocumentError;
import io.github.doctagger.model.DocumentOutcome;
import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.Json;
import io.github.doctagger.model.ModelStore;
import io.github.doctagger.model.TopicModel;
import io.github.doctagger.report.OutcomeFormat;
import io.github.doctagger.report.RunCounts;
import io.github.doctagger.report.RunOverview;
import io.github.doctagger.report.RunSummary;
import io.github.doctagger.report.RunReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies a folder into a run of the reports folder, safely under cron and crashes:
 * <ul>
 *   <li>one run at a time per reports folder ({@link RunLock});</li>
 *   <li>documents are processed in path order by a thread pool and written in that order, so
 *       reports are deterministic and memory does not grow with the number of files;</li>
 *   <li>rows go to part files that are checkpointed; a run killed at any point is resumed by
 *       the same command from its last checkpoint, so every file is listed exactly once;</li>
 *   <li>files a model already classified unchanged in an earlier run are skipped
 *       ({@link RunLedger}) unless {@code all} is set;</li>
 *   <li>final reports are renamed into place, run.json marks the run complete, and only then
 *       does {@code reports/latest} move to it.</li>
 * </ul>
 */
public final class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    /** Folder inside the reports folder that holds the lock, the ledgers and the active-run marker. */
    public static final String STATE_DIR = ".doctagger";
    public static final String LATEST_LINK = "latest";
    private static final String ACTIVE_RUN = "active-run.json";
    private static final String CHECKPOINT = "checkpoint.json";
    private static final int CHECKPOINT_EVERY_DOCUMENTS = 5000;
    /**
     * Documents handed to a classification thread at a time: one hand-off (a queue operation
     * and a thread wake-up) per document cost more than reading a small file.
     */
    private static final int BATCH = 16;
    private static final long CHECKPOINT_EVERY_NANOS = 2_000_000_000L;

    private final TopicModel model;
    private final BatchOptions options;
    private final OutcomeFormat format;
    private final Path state;
    private final MemoryBudget memory;

    public BatchRunner(TopicModel model, BatchOptions options) {
        this.model = model;
        this.options = options;
        this.format = new OutcomeFormat(model.taxonomy().ids());
        this.state = options.reports().resolve(STATE_DIR);
        this.memory = MemoryBudget.ofHeap(options.maxBytes());
    }

    /**
     * A document as handled by a worker: its outcome, or "unchanged" (null), and the line the run
     * adds to the ledger for it (null when it adds none); a result comes with its report rows
     * already encoded and, when the summary lists it first, its excerpt.
     */
    private record Handled(String document, DocumentOutcome outcome, OutcomeFormat.EncodedResult encoded, String excerpt,
                           String ledgerLine, long bytes) {
        Handled(String document, DocumentOutcome outcome, String ledgerLine, long bytes) {
            this(document, outcome, null, null, ledgerLine, bytes);
        }
    }

    /** Runs (or resumes) the batch; fails fast with {@link RunBusyException} when another run holds the folder. */
    public RunSummary run() throws IOException, RunBusyException {
        if (!Files.isDirectory(options.input())) {
            throw new NoSuchFileException(options.input().toString(), null, "input folder not found");
        }
        Files.createDirectories(options.reports());
        try (RunLock lock = RunLock.acquire(state.resolve("lock")); RunLog log = RunLog.open(options.reports())) {
            warnIfFileNamesCannotBeDecoded();
            RunLedger ledger = RunLedger.load(state.resolve("ledger"), model.id());
            Checkpoint checkpoint = resumableCheckpoint();
            if (checkpoint != null && Files.exists(options.reports().resolve(checkpoint.runId()).resolve(RunReports.RUN_FILE))) {
                LOG.info("run {} was complete but not published; publishing it", checkpoint.runId());
                return publish(checkpoint.runId(), ledger, Json.mapper().readValue(
                        options.reports().resolve(checkpoint.runId()).resolve(RunReports.RUN_FILE).toFile(), RunSummary.class));
            }
            return process(checkpoint, ledger);
        }
    }

    /** Java decodes file names with the locale's charset: under cron there is often none (ASCII). */
    private static void warnIfFileNamesCannotBeDecoded() {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (!encoding.equalsIgnoreCase("UTF-8")) {
            LOG.warn("file names are decoded as {} (the locale), so non-ASCII characters in them are replaced in the "
                    + "reports; run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (bin/doctagger sets it)", encoding);
        }
    }

    private RunSummary process(Checkpoint resumeFrom, RunLedger ledger) throws IOException {
        // The run's clock: it started the earlier attempts' seconds ago.
        long startNanos = System.nanoTime() - (resumeFrom != null ? (long) (resumeFrom.seconds() * 1e9) : 0);
        String runId = resumeFrom != null ? resumeFrom.runId() : RunReports.newRunId(options.reports());
        Path runDir = options.reports().resolve(runId);
        Files.createDirectories(runDir);
        String startedAt = resumeFrom != null ? resumeFrom.startedAt() : RunSummary.now();
        int attempt = resumeFrom != null ? resumeFrom.attempt() + 1 : 1;
        RunCounts counts = resumeFrom != null ? resumeFrom.counts() : RunCounts.forCategories(model.taxonomy().ids());
        if (resumeFrom != null) {
            LOG.info("resuming run {} after {} (attempt {})", runId, resumeFrom.lastDocument(), attempt);
        } else {
            LOG.info("run {}: classifying {} with model {}", runId, options.input(), model.id());
        }
        RunReports.writeAtomically(state.resolve(ACTIVE_RUN), Json.mapper().writeValueAsString(
                new Checkpoint(runId, model.id(), inputKey(), startedAt, attempt, 0, 0, 0, 0, null, null, 0)));

        RunOverview overview = new RunOverview(model);
        RunReports.Parts parts = RunReports.Parts.open(runDir, format,
                resumeFrom == null ? null : new long[] {resumeFrom.resultsCsv(), resumeFrom.resultsJsonl(),
                        resumeFrom.errorsCsv(), resumeFrom.ledger()}, overview);
        String resumeAfter = resumeFrom != null ? resumeFrom.lastDocument() : null;
        String lastDocument = resumeAfter;
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "doctagger-classify");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<DocumentClassifier> classifiers = ThreadLocal.withInitial(
                () -> new DocumentClassifier(model, options.maxBytes()));
        Progress progress = Progress.start(options, counts);
        try (parts) {
            InputWalker walker = new InputWalker(options.input(), options.reports());
            // Batches in path order, classified in parallel and written in order as they complete.
            Deque<Future<List<Handled>>> window = new ArrayDeque<>();
            int windowBatches = Math.max(4, options.threads() * 256 / BATCH);
            // Entries before this one may be listed first in the summary: their excerpts are made by the workers.
            long excerptsBefore = overview.firstRowsLeft();
            long entries = 0;
            long sinceCheckpoint = 0;
            long lastCheckpoint = System.nanoTime();
            while (true) {
                if (window.size() < windowBatches) {
                    List<InputEntry> batch = nextBatch(walker, resumeAfter);
                    if (!batch.isEmpty()) {
                        int excerpts = (int) Math.max(0, Math.min(batch.size(), excerptsBefore - entries));
                        entries += batch.size();
                        window.add(pool.submit(() -> handleAll(batch, excerpts, classifiers.get(), ledger, runId, overview)));
                        continue;
                    }
                }
                if (window.isEmpty()) {
                    break;
                }
                for (Handled handled : await(window.poll())) {
                    write(handled, parts, counts);
                    lastDocument = handled.document();
                    progress.update(counts.seen);
                    if (++sinceCheckpoint >= CHECKPOINT_EVERY_DOCUMENTS
                            || System.nanoTime() - lastCheckpoint > CHECKPOINT_EVERY_NANOS) {
                        checkpoint(runDir, parts, runId, startedAt, attempt, lastDocument, counts, secondsSince(startNanos));
                        sinceCheckpoint = 0;
                        lastCheckpoint = System.nanoTime();
                    }
                }
            }
            checkpoint(runDir, parts, runId, startedAt, attempt, lastDocument, counts, secondsSince(startNanos));
        } finally {
            pool.shutdownNow();
            progress.stop();
        }
        RunSummary summary = summary(runId, runDir, startedAt, secondsSince(startNanos), attempt, counts);
        RunReports.complete(runDir, summary, model, overview);
        return publish(runId, ledger, summary);
    }

    /** The walk's next {@link #BATCH} entries after {@code resumeAfter}; empty when it is over. */
    private static List<InputEntry> nextBatch(InputWalker walker, String resumeAfter) {
        List<InputEntry> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && walker.hasNext()) {
            InputEntry entry = walker.next();
            if (resumeAfter == null || entry.document().compareTo(resumeAfter) > 0) {
                batch.add(entry);
            }
        }
        return batch;
    }

    /** Handles a batch; the first {@code excerpts} of its documents get their summary excerpt made too. */
    private List<Handled> handleAll(List<InputEntry> batch, int excerpts, DocumentClassifier classifier, RunLedger ledger,
                                    String runId, RunOverview overview) {
        List<Handled> handled = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            InputEntry entry = batch.get(i);
            handled.add(entry.problem() != null
                    ? new Handled(entry.document(), new DocumentError(entry.document(), entry.problem(), entry.detail(), null, -1),
                    null, 0)
                    : handle(entry, classifier, ledger, runId, i < excerpts ? overview : null));
        }
        return handled;
    }

    /** Reads and classifies one file; given the run's {@code overview}, also makes the file's summary excerpt. */
    private Handled handle(InputEntry entry, DocumentClassifier classifier, RunLedger ledger, String runId,
                           RunOverview overview) {
        String document = entry.document();
        Path file = entry.file();
        try {
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            if (!before.isRegularFile()) {
                return failed(document, DocumentProblem.NOT_REGULAR, "no longer a regular file", null, -1);
            }
            int reserved = memory.reserve(before.size());
            try {
                RawDocument raw;
                try (InputStream in = Files.newInputStream(file)) {
                    raw = classifier.read(in);
                }
                BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
                if (after.size() != raw.totalSize() || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
                    return new Handled(document, DocumentError.changedDuringRead(document, raw.totalSize()), null, raw.totalSize());
                }
                long[] key = RunLedger.key(document, raw.sha256());
                if (!options.all() && ledger.contains(key)) {
                    return new Handled(document, null, null, raw.totalSize());
                }
                DocumentOutcome outcome = classifier.classify(document, raw);
                // An error the next run should retry stays out of the ledger.
                String ledgerLine = outcome instanceof DocumentError error && error.problem().retried() ? null
                        : RunLedger.line(key, runId);
                if (outcome instanceof DocumentResult result) {
                    OutcomeFormat.EncodedResult encoded = format.encode(result);
                    return new Handled(document, outcome, encoded,
                            overview == null ? null : overview.excerpt(raw, encoded.written()), ledgerLine, raw.totalSize());
                }
                return new Handled(document, outcome, ledgerLine, raw.totalSize());
            } finally {
                memory.release(reserved);
            }
        } catch (InterruptedException e) {
            // The run is stopping (the pool was shut down): this row is never written.
            Thread.currentThread().interrupt();
            return failed(document, DocumentProblem.UNREADABLE, "interrupted", null, -1);
        } catch (IOException e) {
            return new Handled(document, DocumentError.readFailure(document, e), null, 0);
        } catch (RuntimeException e) {
            // One document must not stop (or, on resume, block) the whole batch.
            LOG.error("internal error while classifying {} (please report it)", document, e);
            return failed(document, DocumentProblem.INTERNAL, "internal error: " + e, null, -1);
        }
    }

    private static Handled failed(String document, DocumentProblem problem, String detail, String sha256, long bytes) {
        return new Handled(document, new DocumentError(document, problem, detail, sha256, bytes), null, Math.max(0, bytes));
    }

    private void write(Handled handled, RunReports.Parts parts, RunCounts counts) throws IOException {
        counts.seen++;
        counts.bytes += handled.bytes();
        DocumentOutcome outcome = handled.outcome();
        if (outcome == null) {
            counts.unchanged++;
            return;
        }
        if (outcome instanceof DocumentResult result) {
            parts.write(handled.encoded(), handled.excerpt());
            counts.classified++;
            if (result.truncated()) {
                counts.truncated++;
            }
            if (result.labels().isEmpty()) {
                counts.untagged++;
            }
            for (String label : result.labels()) {
                counts.categories.merge(label, 1L, Long::sum);
            }
        } else if (outcome instanceof DocumentError error) {
            parts.write(error);
            counts.errors.merge(error.problem().code(), 1L, Long::sum);
        }
        if (handled.ledgerLine() != null) {
            parts.remember(handled.ledgerLine());
        }
    }

    private void checkpoint(Path runDir, RunReports.Parts parts, String runId, String startedAt, int attempt,
                            String lastDocument, RunCounts counts, double seconds) throws IOException {
        long[] lengths = parts.checkpoint();
        Checkpoint checkpoint = new Checkpoint(runId, model.id(), inputKey(), startedAt, attempt, lengths[0], lengths[1],
                lengths[2], lengths[3], lastDocument, counts, seconds);
        RunReports.writeAtomically(runDir.resolve(CHECKPOINT), Json.mapper().writeValueAsString(checkpoint));
    }

    /** The interrupted run to resume: same input and model, not yet published. */
    private Checkpoint resumableCheckpoint() throws IOException {
        Path active = state.resolve(ACTIVE_RUN);
        if (!Files.exists(active)) {
            return null;
        }
        Checkpoint marker = Json.mapper().readValue(active.toFile(), Checkpoint.class);
        Path runDir = options.reports().resolve(marker.runId());
        if (!marker.model().equals(model.id()) || !marker.input().equals(inputKey())) {
            LOG.warn("run {} was interrupted and is left unfinished (it used another input folder or model); "
                    + "its documents are classified again by this run", marker.runId());
            Files.deleteIfExists(active);
            return null;
        }
        Path checkpointFile = runDir.resolve(CHECKPOINT);
        if (!Files.exists(checkpointFile)) {
            return new Checkpoint(marker.runId(), marker.model(), marker.input(), marker.startedAt(), marker.attempt(),
                    0, 0, 0, 0, null, RunCounts.forCategories(model.taxonomy().ids()), 0);
        }
        return Json.mapper().readValue(checkpointFile.toFile(), Checkpoint.class);
    }

    private RunSummary publish(String runId, RunLedger ledger, RunSummary summary) throws IOException {
        Path runDir = options.reports().resolve(runId);
        Path ledgerPart = runDir.resolve(RunReports.LEDGER_PART);
        if (Files.exists(ledgerPart)) {
            ledger.append(ledgerPart);
            Files.delete(ledgerPart);
        }
        RunReports.publishIndex(options.reports());
        ModelStore.switchLink(options.reports().resolve(LATEST_LINK), Path.of(runId));
        Files.deleteIfExists(runDir.resolve(CHECKPOINT));
        Files.deleteIfExists(state.resolve(ACTIVE_RUN));
        RunCounts counts = summary.counts();
        LOG.info("run {} {}: {} seen, {} classified, {} unchanged, {} errors{}, {} s; {} now points to it", runId,
                summary.exitStatus(), counts.seen, counts.classified, counts.unchanged, counts.errorTotal(),
                counts.errors.isEmpty() ? "" : " " + counts.errors, summary.seconds(), options.reports().resolve(LATEST_LINK));
        return summary;
    }

    private RunSummary summary(String runId, Path runDir, String startedAt, double seconds, int attempt, RunCounts counts) {
        return RunSummary.of(runId, runDir.toAbsolutePath().normalize().toString(), model, inputKey(), options.commandLine(), startedAt, seconds,
                options.threads(), attempt, options.all(), counts);
    }

    private String inputKey() {
        return options.input().toAbsolutePath().normalize().toString();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("classification failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }
}
