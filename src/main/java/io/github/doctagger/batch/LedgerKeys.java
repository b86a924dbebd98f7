package io.github.doctagger.batch;

/**
 * A set of 128-bit keys (open addressing over two long arrays): the ledger's memory is 32 bytes
 * per remembered document, so millions of documents fit in a small heap.
 */
final class LedgerKeys {
    private long[] high;
    private long[] low;
    private boolean[] used;
    private int size;

    LedgerKeys(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
    }

    private void allocate(int capacity) {
        high = new long[capacity];
        low = new long[capacity];
        used = new boolean[capacity];
        size = 0;
    }

    boolean contains(long h, long l) {
        int mask = high.length - 1;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (used[slot]) {
            if (high[slot] == h && low[slot] == l) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    void add(long h, long l) {
        if ((size + 1) * 2 > high.length) {
            long[] oldHigh = high;
            long[] oldLow = low;
            boolean[] oldUsed = used;
            allocate(high.length * 2);
            for (int i = 0; i < oldHigh.length; i++) {
                if (oldUsed[i]) {
                    add(oldHigh[i], oldLow[i]);
                }
            }
        }
        int mask = high.length - 1;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (used[slot]) {
            if (high[slot] == h && low[slot] == l) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        high[slot] = h;
        low[slot] = l;
        size++;
    }

    int size() {
        return size;
    }
}
