package io.github.doctagger.report;

import io.github.doctagger.model.DocumentResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Which of a run's documents a summary lists, chosen in one pass in bounded memory: the first
 * documents in path order, then the tagged documents beyond them whose tag was the closest call,
 * and, separately, the documents closest to a threshold either way ("worth a human look").
 */
final class DocumentSelection {
    /** A document and the category whose decision was the closest call. */
    record CloseCall(DocumentResult result, int category, double margin) {
    }

    private static final Comparator<CloseCall> CLOSEST_FIRST = Comparator
            .comparingDouble((CloseCall c) -> Math.abs(c.margin()))
            .thenComparing(c -> c.result().document());

    private final Margins margins;
    private final List<String> ids;
    private final int firstRows;
    private final int nearRows;
    private final int closeCalls;
    private final List<DocumentResult> first = new ArrayList<>();
    /** Max-heaps: the worst of the kept ones is dropped first. */
    private final PriorityQueue<CloseCall> nearTagged;
    private final PriorityQueue<CloseCall> closest;
    private long seen;

    /**
     * @param ids        category ids in the order of the scores
     * @param firstRows  documents listed in path order
     * @param nearRows   tagged documents beyond those, closest to a threshold, listed as well
     * @param closeCalls documents listed as worth a human look
     */
    DocumentSelection(Margins margins, List<String> ids, int firstRows, int nearRows, int closeCalls) {
        this.margins = margins;
        this.ids = List.copyOf(ids);
        this.firstRows = firstRows;
        this.nearRows = nearRows;
        this.closeCalls = closeCalls;
        this.nearTagged = new PriorityQueue<>(CLOSEST_FIRST.reversed());
        this.closest = new PriorityQueue<>(CLOSEST_FIRST.reversed());
    }

    /** Offers a result; true when it is listed among the first rows (it stays listed). */
    boolean add(DocumentResult result) {
        seen++;
        int k = margins.closest(result.scores());
        if (k >= 0) {
            keep(closest, new CloseCall(result, k, margins.of(result.scores(), k)), closeCalls);
        }
        if (first.size() < firstRows) {
            first.add(result);
            return true;
        }
        CloseCall weakestTag = weakestTag(result);
        if (weakestTag != null && Math.abs(weakestTag.margin()) < Margins.NEAR) {
            keep(nearTagged, weakestTag, nearRows);
        }
        return false;
    }

    /** How many more documents will be listed as first rows. */
    int firstRowsLeft() {
        return firstRows - first.size();
    }

    /** The assigned category with the smallest margin, or null for an untagged document. */
    CloseCall weakestTag(DocumentResult result) {
        CloseCall weakest = null;
        for (String label : result.labels()) {
            int k = ids.indexOf(label);
            double m = k < 0 ? Double.NaN : margins.of(result.scores(), k);
            if (!Double.isNaN(m) && (weakest == null || Math.abs(m) < Math.abs(weakest.margin()))) {
                weakest = new CloseCall(result, k, m);
            }
        }
        return weakest;
    }

    private static void keep(PriorityQueue<CloseCall> heap, CloseCall call, int limit) {
        if (limit <= 0) {
            return;
        }
        heap.add(call);
        if (heap.size() > limit) {
            heap.poll();
        }
    }

    /** The documents to list, in path order. */
    List<DocumentResult> rows() {
        List<DocumentResult> rows = new ArrayList<>(first);
        nearTagged.stream().map(CloseCall::result).sorted(Comparator.comparing(DocumentResult::document)).forEach(rows::add);
        return rows;
    }

    /** How many of the listed documents come from beyond the first rows for a close call. */
    int nearRowsListed() {
        return nearTagged.size();
    }

    /** The closest calls, closest first. */
    List<CloseCall> closeCalls() {
        return closest.stream().sorted(CLOSEST_FIRST).toList();
    }

    /** Documents offered to the selection. */
    long seen() {
        return seen;
    }

    /** Whether some documents are not listed. */
    boolean capped() {
        return seen > first.size() + nearTagged.size();
    }
}
