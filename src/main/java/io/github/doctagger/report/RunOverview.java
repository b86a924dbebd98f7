package io.github.doctagger.report;

import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.TopicModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    private long unreadableLines;

    public RunOverview(TopicModel model) {
        List<String> ids = model.taxonomy().ids();
        this.digest = new RunDigest(ids);
        this.selection = new DocumentSelection(new Margins(model), ids, RunSummaryPage.TABLE_ROWS,
                RunSummaryPage.NEAR_ROWS, RunSummaryPage.CLOSE_CALLS);
        this.format = new OutcomeFormat(ids);
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
        digest.add(written);
        selection.add(written);
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
