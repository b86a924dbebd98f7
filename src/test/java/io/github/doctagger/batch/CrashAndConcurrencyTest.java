package io.github.doctagger.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.ChildDocTagger;
import io.github.doctagger.GeneratedNews;
import io.github.doctagger.Cli;
import io.github.doctagger.ReportedRun;
import io.github.doctagger.cli.ExitCode;
import io.github.doctagger.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs that are killed, or that meet another run, leave the reports folder consistent. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CrashAndConcurrencyTest {
    private static final int FILES = 20_000;

    @TempDir
    static Path modelWork;
    static Path model;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainModel() throws IOException {
        model = GeneratedNews.trainModel(modelWork, 1);
    }

    private static String[] classify(Path input, Path reports, String... extra) {
        return GeneratedNews.classifyArgs(model, input, reports, extra);
    }

    @Test
    void aSecondRunExitsAtOnceAsBusyAndTouchesNothing() throws Exception {
        Path input = dir.resolve("in");
        Path reports = dir.resolve("reports");
        GeneratedNews.writeIncoming(input, FILES);
        Process first = ChildDocTagger.start(List.of("-Xmx256m"), dir.resolve("first.log"),
                classify(input, reports, "--threads", "1"));
        try {
            Path state = reports.resolve(BatchRunner.STATE_DIR);
            waitFor(() -> Files.exists(state.resolve("active-run.json")), first, dir.resolve("first.log"));
            Map<String, String> before = snapshot(state);
            List<String> entriesBefore = list(reports);

            long start = System.nanoTime();
            Cli.Run second = Cli.run(classify(input, reports, "--threads", "1"));
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(first.isAlive()).as("the first run still held the lock").isTrue();
            assertThat(second.exit()).as(second.toString()).isEqualTo(ExitCode.BUSY);
            assertThat(second.err()).contains("another doctagger run (process " + first.pid() + ")", "nothing was done");
            assertThat(seconds).as("exits at once").isLessThan(5);
            assertThat(snapshot(state)).isEqualTo(before);
            assertThat(list(reports)).isEqualTo(entriesBefore);
            assertThat(Files.readString(reports.resolve("doctagger.log"))).doesNotContain("another doctagger run");
        } finally {
            assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(first.exitValue()).as(Files.readString(dir.resolve("first.log"))).isEqualTo(ExitCode.OK);
        assertThat(ReportedRun.latest(reports).results()).hasSize(FILES);
    }

    @Test
    void aRunKilledMidwayIsFinishedByTheSameCommandListingEveryFileOnce() throws Exception {
        Path input = dir.resolve("in");
        Path reports = dir.resolve("reports");
        GeneratedNews.writeIncoming(input, 100);
        assertThat(Cli.run(classify(input, reports, "--quiet")).exit()).isEqualTo(ExitCode.OK);
        Path firstRun = reports.resolve("latest").toRealPath();
        GeneratedNews.writeIncoming(input, FILES);
        Files.write(input.resolve("empty.txt"), new byte[0]);
        String[] command = classify(input, reports, "--all", "--threads", "1");

        ConcurrentLinkedQueue<String> incompleteLatest = new ConcurrentLinkedQueue<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                try {
                    Path target = reports.resolve("latest").toRealPath();
                    if (!Files.exists(target.resolve("run.json"))) {
                        incompleteLatest.add(target.toString());
                    }
                    Thread.sleep(1);
                } catch (IOException e) {
                    incompleteLatest.add("latest unreadable: " + e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        Process killed = ChildDocTagger.start(List.of("-Xmx256m"), dir.resolve("killed.log"), command);
        Path killedRun;
        try {
            waitFor(() -> checkpointOtherThan(reports, firstRun) != null, killed, dir.resolve("killed.log"));
            killedRun = checkpointOtherThan(reports, firstRun);
            assertThat(killed.isAlive()).as("killed in the middle of the run").isTrue();
            killed.destroyForcibly();
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            killed.destroyForcibly();
        }
        assertThat(reports.resolve("latest").toRealPath()).isEqualTo(firstRun);
        double secondsBeforeKill = Json.mapper().readValue(killedRun.resolve("checkpoint.json").toFile(), Checkpoint.class)
                .seconds();

        Cli.Run resumed = Cli.run(command);

        watching.set(false);
        watcher.join();
        assertThat(resumed.exit()).as(resumed.toString()).isEqualTo(ExitCode.PARTIAL);
        assertThat(incompleteLatest).as("latest only ever points to a complete run").isEmpty();
        ReportedRun run = ReportedRun.latest(reports);
        assertThat(run.dir()).isEqualTo(killedRun.toRealPath());
        assertThat(run.run().get("attempts").asInt()).isEqualTo(2);
        assertThat(run.run().get("seconds").asDouble()).as("both attempts' time").isGreaterThan(secondsBeforeKill);
        assertThat(secondsBeforeKill).isPositive();
        assertThat(run.results()).hasSize(FILES);
        assertThat(run.jsonl()).hasSize(FILES);
        assertThat(run.errors()).containsOnlyKeys("empty.txt");
        assertThat(run.count("seen")).isEqualTo(FILES + 1);
        assertThat(run.count("classified")).isEqualTo(FILES);

        Path clean = dir.resolve("clean-reports");
        assertThat(Cli.run(classify(input, clean, "--quiet")).exit()).isEqualTo(ExitCode.PARTIAL);
        Path cleanRun = clean.resolve("latest").toRealPath();
        for (String report : List.of("results.csv", "results.jsonl", "errors.csv")) {
            assertThat(Files.mismatch(run.dir().resolve(report), cleanRun.resolve(report)))
                    .as("%s is the same as an uninterrupted run's", report).isEqualTo(-1L);
        }
        assertThat(Files.readString(run.dir().resolve("summary.html")))
                .as("the summary counts the documents of both attempts")
                .contains(String.format(java.util.Locale.ROOT, "%,d documents classified from", FILES));
    }

    @Test
    void aCrashWhilePublishingNeverReopensTheCompleteRun() throws IOException {
        Path input = dir.resolve("in");
        Path reports = dir.resolve("reports");
        GeneratedNews.writeIncoming(input, 20);
        assertThat(Cli.run(classify(input, reports, "--quiet")).exit()).isEqualTo(ExitCode.OK);
        Path complete = reports.resolve("latest").toRealPath();
        byte[] results = Files.readAllBytes(complete.resolve("results.csv"));
        // The state a crash leaves after publishing deleted the checkpoint but not the active-run marker.
        Checkpoint marker = new Checkpoint(complete.getFileName().toString(),
                ReportedRun.read(complete).run().get("model").asText(), input.toAbsolutePath().normalize().toString(),
                "2026-01-01T00:00:00Z", 1, 0, 0, 0, 0, null, null, 0);
        Files.writeString(reports.resolve(BatchRunner.STATE_DIR).resolve("active-run.json"),
                Json.mapper().writeValueAsString(marker));

        Cli.Run next = Cli.run(classify(input, reports, "--quiet"));

        assertThat(next.exit()).as(next.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllBytes(complete.resolve("results.csv"))).isEqualTo(results);
        assertThat(ReportedRun.read(complete).results()).hasSize(20);
        assertThat(reports.resolve(BatchRunner.STATE_DIR).resolve("active-run.json")).doesNotExist();
    }

    private static Path checkpointOtherThan(Path reports, Path run) {
        try (Stream<Path> runs = Files.list(reports)) {
            return runs.filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals("latest"))
                    .filter(p -> !p.equals(run) && Files.exists(p.resolve("checkpoint.json")))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static void waitFor(BooleanSupplier condition, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the child run ended or stalled first:\n" + Files.readString(log));
            }
            Thread.sleep(5);
        }
    }

    /** Every file under {@code dir}: size and modification time. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                files.put(dir.relativize(p).toString(), a.isDirectory() ? "dir" : a.size() + "@" + a.lastModifiedTime());
            }
        }
        return files;
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
