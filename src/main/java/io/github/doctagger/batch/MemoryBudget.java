package io.github.doctagger.batch;

import java.util.concurrent.Semaphore;

/**
 * The heap that documents being classified at the same time may take, shared by the worker
 * threads. Decoding needs several times the bytes it decodes (the bytes, the decoder's chars,
 * the text), so without a budget N threads on N large files need N times that and a small heap
 * runs out; with it, large files wait for each other while small ones pass freely.
 */
final class MemoryBudget {
    /** Heap bytes one document needs per byte classified (measured: about 5). */
    static final int HEAP_PER_BYTE = 6;
    /** Documents smaller than this are not counted: a few of them per thread is nothing. */
    private static final long FREE_BELOW = 64 << 10;

    private final Semaphore kilobytes;
    private final int totalKilobytes;
    private final int maxBytes;

    private MemoryBudget(long bytes, int maxBytes) {
        this.totalKilobytes = (int) Math.min(Integer.MAX_VALUE, bytes >> 10);
        this.kilobytes = new Semaphore(totalKilobytes, true);
        this.maxBytes = maxBytes;
    }

    /**
     * Half the JVM's maximum heap (the model and the run's own state live in the rest), and at
     * least enough for one document of {@code maxBytes}, which then runs alone.
     */
    static MemoryBudget ofHeap(int maxBytes) {
        return new MemoryBudget(Math.max(Runtime.getRuntime().maxMemory() / 2, (long) maxBytes * HEAP_PER_BYTE), maxBytes);
    }

    /**
     * Waits until a file of {@code size} bytes may be classified; returns the kilobytes to give
     * back through {@link #release(int)}.
     */
    int reserve(long size) throws InterruptedException {
        long classified = Math.min(size, maxBytes);
        if (classified < FREE_BELOW) {
            return 0;
        }
        int needed = (int) Math.min(totalKilobytes, (classified * HEAP_PER_BYTE >> 10) + 1);
        kilobytes.acquire(needed);
        return needed;
    }

    void release(int reserved) {
        if (reserved > 0) {
            kilobytes.release(reserved);
        }
    }
}
