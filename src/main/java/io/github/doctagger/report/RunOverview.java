package io.github.doctagger.report;

import io.github.doctagger.corpus.DocumentException;
import io.github.doctagger.corpus.RawDocument;
import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.TopicModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What summary.html shows of a run's results, gathered one result at a time in bounded memory:
 * the counts and score histograms ({@link RunDigest}) and the documents to list
 * ({@link DocumentSelection}). A run feeds it as it writes each row, so the page does not read
 * results.jsonl back; a resumed run first feeds it the rows written before the interruption.
 */
public final class RunOverview {
    private final RunDigest digest;
    private final DocumentSelection selection;
    private final OutcomeFormat format;
    private final Excerpts excerpts;
    /** Excerpts made while classifying, of documents listed among the first rows. */
    private final Map<String, String> excerptByDocument = new HashMap<>();
    private long unreadableLines;

    public RunOverview(TopicModel model) {
        List<String> ids = model.taxonomy().ids();
        this.digest = new RunDigest(ids);
        this.selection = new DocumentSelection(new Margins(model), ids, RunSummaryPage.TABLE_ROWS,
                RunSummaryPage.NEAR_ROWS, RunSummaryPage.CLOSE_CALLS);
        this.format = new OutcomeFormat(ids);
        this.excerpts = new Excerpts(model.features().tokenizer(), new CategoryStyle(model.taxonomy()));
    }

    /** The overview of the results already in {@code jsonl} (a run's results.jsonl or its part). */
    public static RunOverview read(Path jsonl, TopicModel model) throws IOException {
        RunOverview overview = new RunOverview(model);
        overview.addAll(jsonl);
        return overview;
    }

    /**
     * Adds a result as it reads back from results.jsonl: numbers rounded as written (see
     * {@link OutcomeFormat#asWritten}), so a page fed by the run equals one built from the file.
     */
    void add(DocumentResult written) {
        add(written, null);
    }

    /** Adds a result with its excerpt made while classifying (see {@link #excerpt}), or null. */
    void add(DocumentResult written, String excerpt) {
        digest.add(written);
        if (selection.add(written) && excerpt != null) {
            excerptByDocument.put(written.document(), excerpt);
        }
    }

    /**
     * How many of the documents still to come will be listed first in the summary, with an
     * excerpt: a classification thread makes those excerpts from the text it has in memory, which
     * saves the page reading, hashing and decoding each file again.
     */
    public int firstRowsLeft() {
        return selection.firstRowsLeft();
    }

    /**
     * The summary's excerpt of a document whose whole content is {@code raw} (null when the
     * summary reads it from the file instead: a file too large for the excerpt's read, or one
     * cut at the size cap, so that both ways give the same page). Safe from any thread.
     */
    public String excerpt(RawDocument raw, DocumentResult result) {
        if (raw.truncated() || raw.length() > Excerpts.READ_BYTES) {
            return null;
        }
        try {
            return excerpts.highlight(raw.decode().text(), result.evidence());
        } catch (DocumentException e) {
            return null;
        }
    }

    Excerpts excerpts() {
        return excerpts;
    }

    /** The excerpt made while classifying, or null. */
    String excerptOf(String document) {
        return excerptByDocument.get(document);
    }

    /** Adds every line of {@code jsonl}; a line that cannot be read is counted, not fatal. */
    void addAll(Path jsonl) throws IOException {
        if (!Files.exists(jsonl)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    add(format.readResultsJsonLine(line));
                } catch (IOException e) {
                    unreadableLines++;
                }
            }
        }
    }

    RunDigest digest() {
        return digest;
    }

    DocumentSelection selection() {
        return selection;
    }

    long unreadableLines() {
        return unreadableLines;
    }
}
