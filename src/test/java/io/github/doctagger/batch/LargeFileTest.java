package io.github.doctagger.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.ChildDocTagger;
import io.github.doctagger.GeneratedNews;
import io.github.doctagger.ReportedRun;
import io.github.doctagger.cli.ExitCode;
import io.github.doctagger.corpus.RawDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Memory stays bounded whatever the size of a file: a 200 MB file in a 64 MB heap. */
class LargeFileTest {
    private static final long SIZE = 200L << 20;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void classifiesA200MegabyteFileWithA64MegabyteHeap() throws Exception {
        Path model = GeneratedNews.trainModel(dir, 1);
        Path input = Files.createDirectories(dir.resolve("in"));
        Path big = input.resolve("big.txt");
        String sha256 = writeRepeatedText(big, GeneratedNews.document("weather", 1), SIZE, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("small.txt"), GeneratedNews.document("sport", 2), StandardCharsets.UTF_8);
        Path reports = dir.resolve("reports");
        Path log = dir.resolve("child.log");

        Process child = ChildDocTagger.start(List.of("-Xmx64m"), log, GeneratedNews.classifyArgs(model, input, reports));

        assertThat(child.waitFor(100, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isEqualTo(ExitCode.OK);
        ReportedRun run = ReportedRun.latest(reports);
        Map<String, String> row = run.results().get("big.txt");
        assertThat(row.get("truncated")).isEqualTo("true");
        assertThat(row.get("bytes")).isEqualTo(Long.toString(SIZE));
        assertThat(row.get("sha256")).isEqualTo(sha256);
        assertThat(row.get("labels")).isEqualTo("weather");
        assertThat(run.results().get("small.txt").get("truncated")).isEqualTo("false");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void classifiesLargeFilesOnEveryThreadAtOnceWithA64MegabyteHeap() throws Exception {
        Path model = GeneratedNews.trainModel(dir, 1);
        Path input = Files.createDirectories(dir.resolve("in"));
        // Not UTF-8 (the most memory-hungry way through the decoder): read as windows-1252.
        String legacy = "Caf\u00e9 " + GeneratedNews.document("markets", 1);
        for (int n = 0; n < 6; n++) {
            writeRepeatedText(input.resolve("legacy-" + n + ".txt"), legacy, 12L << 20, StandardCharsets.ISO_8859_1);
        }
        Path reports = dir.resolve("reports");
        Path log = dir.resolve("child.log");

        Process child = ChildDocTagger.start(List.of("-Xmx64m"), log,
                GeneratedNews.classifyArgs(model, input, reports, "--threads", "6"));

        assertThat(child.waitFor(100, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isEqualTo(ExitCode.OK);
        ReportedRun run = ReportedRun.latest(reports);
        assertThat(run.results()).hasSize(6);
        assertThat(run.results().values()).allSatisfy(row -> {
            assertThat(row.get("charset")).isEqualTo("windows-1252");
            assertThat(row.get("truncated")).isEqualTo("true");
            assertThat(row.get("labels")).isEqualTo("markets");
        });
    }

    /** Writes {@code text} again and again up to exactly {@code size} bytes; returns the SHA-256. */
    private static String writeRepeatedText(Path file, String text, long size, Charset charset) throws IOException {
        byte[] unit = text.getBytes(charset);
        ByteBuffer block = ByteBuffer.allocate(1 << 20);
        while (block.remaining() >= unit.length) {
            block.put(unit);
        }
        block.flip();
        MessageDigest digest = RawDocument.newSha256();
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long written = 0;
            while (written < size) {
                ByteBuffer chunk = block.duplicate();
                chunk.limit((int) Math.min(chunk.limit(), size - written));
                digest.update(chunk.duplicate());
                while (chunk.hasRemaining()) {
                    written += out.write(chunk);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
