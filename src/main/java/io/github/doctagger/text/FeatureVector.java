package io.github.doctagger.text;

import java.util.Arrays;

/**
 * A document as a sparse, L2-normalised TF-IDF vector: feature ids in ascending order with
 * their weights. Instances handed out by {@link FeatureExtractor#extract} are reused by that
 * extractor; call {@link #copy()} to keep one.
 */
public final class FeatureVector {
    int[] ids;
    double[] values;
    int size;

    FeatureVector(int capacity) {
        ids = new int[capacity];
        values = new double[capacity];
    }

    public int size() {
        return size;
    }

    public int id(int i) {
        return ids[i];
    }

    public double value(int i) {
        return values[i];
    }

    public FeatureVector copy() {
        FeatureVector copy = new FeatureVector(0);
        copy.ids = Arrays.copyOf(ids, size);
        copy.values = Arrays.copyOf(values, size);
        copy.size = size;
        return copy;
    }

    void ensureCapacity(int capacity) {
        if (ids.length < capacity) {
            int newCapacity = Math.max(capacity, ids.length * 2);
            ids = Arrays.copyOf(ids, newCapacity);
            values = Arrays.copyOf(values, newCapacity);
        }
    }
}
