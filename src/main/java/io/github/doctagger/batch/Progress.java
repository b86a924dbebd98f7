package io.github.doctagger.batch;

import io.github.doctagger.report.RunCounts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how a run is going: a one-line bar with files done/total, documents/s and ETA on an
 * interactive terminal (the total is counted in the background), or a log line every few
 * seconds otherwise (cron, systemd), which {@code --quiet} silences.
 */
final class Progress {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static final long LOG_EVERY_SECONDS = 10;

    private final boolean bar;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    /** Files already done by earlier attempts of a resumed run: not part of this attempt's rate. */
    private final long doneBefore;
    private final AtomicLong total = new AtomicLong(-1);
    private final ScheduledExecutorService timer;
    private final PrintStream terminal = System.err;

    private Progress(boolean bar, long doneBefore) {
        this.bar = bar;
        this.doneBefore = doneBefore;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "doctagger-progress");
            t.setDaemon(true);
            return t;
        });
    }

    static Progress start(BatchOptions options, RunCounts counts) {
        Progress progress = new Progress(options.progress(), counts.seen);
        progress.done.set(counts.seen);
        if (progress.bar) {
            Thread counter = new Thread(() -> progress.total.set(countFiles(options.input())), "doctagger-count");
            counter.setDaemon(true);
            counter.start();
            progress.timer.scheduleAtFixedRate(progress::drawBar, 200, 200, TimeUnit.MILLISECONDS);
        } else {
            progress.timer.scheduleAtFixedRate(progress::logLine, LOG_EVERY_SECONDS, LOG_EVERY_SECONDS, TimeUnit.SECONDS);
        }
        return progress;
    }

    void update(long seen) {
        done.lazySet(seen);
    }

    void stop() {
        timer.shutdownNow();
        if (bar) {
            drawBar();
            terminal.println();
        }
    }

    private double rate() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds > 0 ? (done.get() - doneBefore) / seconds : 0;
    }

    private void drawBar() {
        long n = done.get();
        long t = total.get();
        double rate = rate();
        StringBuilder line = new StringBuilder("\r");
        if (t > 0) {
            int width = 30;
            int filled = (int) Math.min(width, width * n / t);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
            line.append(n).append('/').append(t).append(" files");
            if (rate > 0 && t > n) {
                long eta = (long) ((t - n) / rate);
                line.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
            }
        } else {
            line.append(n).append(" files");
        }
        line.append(String.format(Locale.ROOT, "  %,.0f docs/s   ", rate));
        terminal.print(line);
        terminal.flush();
    }

    private void logLine() {
        LOG.info(String.format(Locale.ROOT, "progress: %,d files, %,.0f docs/s", done.get(), rate()));
    }

    private static long countFiles(Path input) {
        AtomicLong count = new AtomicLong();
        try {
            Files.walkFileTree(input, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    count.incrementAndGet();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return -1;
        }
        return count.get();
    }
}
