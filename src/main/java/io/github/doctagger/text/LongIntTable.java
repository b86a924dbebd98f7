package io.github.doctagger.text;

/**
 * Open-addressing map from 64-bit term hashes to dense ids: the hot-path lookup that replaces
 * a {@code HashMap<String,Integer>} of feature names. Not thread-safe while being filled;
 * read-only use after that is safe from any thread.
 */
public final class LongIntTable {
    private static final int MISSING = -1;

    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;
    private int mask;

    public LongIntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
        mask = capacity - 1;
        size = 0;
    }

    /** The id stored for {@code key}, or -1. */
    public int get(long key) {
        int slot = (int) key & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return MISSING;
    }

    /** Stores {@code value} for {@code key}, returning the previous value or -1. */
    public int put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = (int) key & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                int previous = values[slot];
                values[slot] = value;
                return previous;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = key;
        values[slot] = value;
        size++;
        return MISSING;
    }

    /** Adds {@code delta} to the value of {@code key} (absent counts as 0) and returns the sum. */
    public int add(long key, int delta) {
        int slot = (int) key & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                values[slot] += delta;
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        put(key, delta);
        return delta;
    }

    public int size() {
        return size;
    }

    /** Calls {@code visitor} for every entry, in table order. */
    public void forEach(EntryVisitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                visitor.entry(keys[i], values[i]);
            }
        }
    }

    /** Receives one entry of the table. */
    @FunctionalInterface
    public interface EntryVisitor {
        void entry(long key, int value);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        allocate(keys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    @Override
    public String toString() {
        return "LongIntTable[size=" + size + ", capacity=" + keys.length + "]";
    }
}
