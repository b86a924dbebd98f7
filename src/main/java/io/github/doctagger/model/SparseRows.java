package io.github.doctagger.model;

import io.github.doctagger.text.FeatureVector;
import java.util.List;

/**
 * Training documents as compressed sparse rows (one array each for offsets, feature ids and
 * values): the layout the solver streams through, with no per-document objects.
 */
final class SparseRows {
    final int[] offsets;
    final int[] ids;
    final double[] values;
    final int features;

    SparseRows(int[] offsets, int[] ids, double[] values, int features) {
        this.offsets = offsets;
        this.ids = ids;
        this.values = values;
        this.features = features;
    }

    int size() {
        return offsets.length - 1;
    }

    /** The rows {@code rows} of {@code vectors}. */
    static SparseRows of(List<FeatureVector> vectors, int[] rows, int features) {
        int total = 0;
        for (int row : rows) {
            total += vectors.get(row).size();
        }
        int[] offsets = new int[rows.length + 1];
        int[] ids = new int[total];
        double[] values = new double[total];
        int at = 0;
        for (int r = 0; r < rows.length; r++) {
            FeatureVector v = vectors.get(rows[r]);
            for (int i = 0; i < v.size(); i++) {
                ids[at] = v.id(i);
                values[at] = v.value(i);
                at++;
            }
            offsets[r + 1] = at;
        }
        return new SparseRows(offsets, ids, values, features);
    }
}
