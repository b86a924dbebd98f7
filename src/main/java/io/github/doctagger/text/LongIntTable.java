package io.github.doctagger.text;

/**
 * Open-addressing map from 64-bit term hashes to dense ids: the hot-path lookup that replaces
 * a {@code HashMap<String,Integer>} of feature names. Keys and values share one array
 * (key, value, key, value, ...) so a lookup usually costs a single cache miss; key 0 marks an
 * empty slot and is itself kept aside. Not thread-safe while being filled; read-only use after
 * that is safe from any thread.
 */
public final class LongIntTable {
    private static final int MISSING = -1;

    private long[] slots;
    /**
     * One bit per slot, set when it holds a key: 32 KB for a 100,000-term vocabulary, small enough
     * to stay in a core's cache, so most lookups of unknown terms (half the bigrams of a text)
     * end here instead of missing the cache on the table itself.
     */
    private long[] occupied;
    private int mask;
    private int size;
    private boolean hasZero;
    private int zeroValue;

    public LongIntTable(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
    }

    private void allocate(int capacity) {
        slots = new long[capacity * 2];
        occupied = new long[Math.max(1, capacity >>> 6)];
        mask = capacity - 1;
        size = hasZero ? 1 : 0;
    }

    private int slotOf(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /** The id stored for {@code key}, or -1. */
    public int get(long key) {
        if (key == 0) {
            return hasZero ? zeroValue : MISSING;
        }
        int slot = slotOf(key);
        if ((occupied[slot >>> 6] & (1L << slot)) == 0) {
            return MISSING;
        }
        while (true) {
            long k = slots[slot << 1];
            if (k == key) {
                return (int) slots[(slot << 1) + 1];
            }
            if (k == 0) {
                return MISSING;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Stores {@code value} for {@code key}, returning the previous value or -1. */
    public int put(long key, int value) {
        if (key == 0) {
            int previous = hasZero ? zeroValue : MISSING;
            if (!hasZero) {
                size++;
            }
            hasZero = true;
            zeroValue = value;
            return previous;
        }
        if ((size + 1) * 2 > slots.length / 2) {
            grow();
        }
        int slot = slotOf(key);
        while (true) {
            long k = slots[slot << 1];
            if (k == key) {
                int previous = (int) slots[(slot << 1) + 1];
                slots[(slot << 1) + 1] = value;
                return previous;
            }
            if (k == 0) {
                slots[slot << 1] = key;
                slots[(slot << 1) + 1] = value;
                occupied[slot >>> 6] |= 1L << slot;
                size++;
                return MISSING;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds {@code delta} to the value of {@code key} (absent counts as 0) and returns the sum. */
    public int add(long key, int delta) {
        int previous = get(key);
        int sum = (previous == MISSING ? 0 : previous) + delta;
        put(key, sum);
        return sum;
    }

    public int size() {
        return size;
    }

    /** Calls {@code visitor} for every entry, in table order. */
    public void forEach(EntryVisitor visitor) {
        if (hasZero) {
            visitor.entry(0L, zeroValue);
        }
        for (int slot = 0; slot <= mask; slot++) {
            long k = slots[slot << 1];
            if (k != 0) {
                visitor.entry(k, (int) slots[(slot << 1) + 1]);
            }
        }
    }

    /** Receives one entry of the table. */
    @FunctionalInterface
    public interface EntryVisitor {
        void entry(long key, int value);
    }

    private void grow() {
        long[] old = slots;
        allocate((mask + 1) * 2);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i], (int) old[i + 1]);
            }
        }
    }

    @Override
    public String toString() {
        return "LongIntTable[size=" + size + ", capacity=" + (mask + 1) + "]";
    }
}
