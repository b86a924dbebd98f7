package io.github.doctagger.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run has done so far; saved in checkpoints and in run.json. Used from the run's writer
 * thread only (the progress display reads {@link #seen} through a volatile copy).
 */
public final class RunCounts {
    /** Input entries handled (classified, unchanged or failed). */
    public long seen;
    /** Documents classified (rows in results.csv). */
    public long classified;
    /** Documents skipped because this model already classified the same file in an earlier run. */
    public long unchanged;
    /** Documents with no category. */
    public long untagged;
    /** Documents only partly classified because they exceeded --max-bytes. */
    public long truncated;
    /** Bytes read from the input. */
    public long bytes;
    /** Error rows by error code. */
    public Map<String, Long> errors = new TreeMap<>();
    /** Documents per assigned category, in taxonomy order. */
    public Map<String, Long> categories = new LinkedHashMap<>();

    public RunCounts() {
    }

    public static RunCounts forCategories(List<String> ids) {
        RunCounts counts = new RunCounts();
        for (String id : ids) {
            counts.categories.put(id, 0L);
        }
        return counts;
    }

    public long errorTotal() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}
