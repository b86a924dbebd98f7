package io.github.doctagger.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.doctagger.GeneratedNews;
import io.github.doctagger.Cli;
import io.github.doctagger.ReportedRun;
import io.github.doctagger.cli.ExitCode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of awkward input ends up as exactly one result or error row, and the run goes on. */
class BadInputTest {
    @TempDir
    static Path modelWork;
    static Path model;

    @TempDir
    Path dir;
    Path input;
    Path reports;

    @BeforeAll
    static void trainModel() throws IOException {
        model = GeneratedNews.trainModel(modelWork, 1);
    }

    /** Classifies with --quiet, on 2 threads unless {@code extra} says otherwise. */
    private Cli.Run classify(String... extra) {
        List<String> args = new ArrayList<>(List.of(extra));
        args.add("--quiet");
        if (!args.contains("--threads")) {
            args.addAll(List.of("--threads", "2"));
        }
        return Cli.run(GeneratedNews.classifyArgs(model, input, reports, args.toArray(String[]::new)));
    }

    private void setUpFolders() throws IOException {
        input = Files.createDirectories(dir.resolve("in"));
        reports = dir.resolve("reports");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = input.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return write(name, text.getBytes(charset));
    }

    private static byte[] concat(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }

    @Test
    void reportsEmptyWhitespaceOnlyAndBinaryFilesAsCountedErrors() throws IOException {
        setUpFolders();
        write("good.txt", GeneratedNews.document("sport", 1), StandardCharsets.UTF_8);
        write("empty.txt", new byte[0]);
        write("blank.txt", " \n\t\r\n   \n", StandardCharsets.UTF_8);
        byte[] binary = new byte[3000];
        new java.util.Random(5).nextBytes(binary);
        binary[100] = 0;
        write("photo.jpg", binary);
        write("control.bin", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u000e\u000f\u0010abc", StandardCharsets.US_ASCII);

        Cli.Run outcome = classify();

        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(ExitCode.PARTIAL);
        ReportedRun run = ReportedRun.latest(reports);
        assertThat(run.results()).containsOnlyKeys("good.txt");
        assertThat(run.error("empty.txt")).isEqualTo("empty");
        assertThat(run.error("blank.txt")).isEqualTo("empty");
        assertThat(run.errors().get("blank.txt").get("detail")).contains("white space");
        assertThat(run.error("photo.jpg")).isEqualTo("binary");
        assertThat(run.error("control.bin")).isEqualTo("binary");
        assertThat(run.errors().get("photo.jpg").get("bytes")).isEqualTo("3000");
        assertThat(run.run().get("counts").get("errors").get("empty").asLong()).isEqualTo(2);
        assertThat(run.run().get("counts").get("errors").get("binary").asLong()).isEqualTo(2);
        assertThat(run.run().get("exitStatus").asText()).isEqualTo("finished-with-errors");
    }

    @Test
    void decodesEachEncodingAndRecordsTheCharsetUsed() throws IOException {
        setUpFolders();
        // Generated text is ASCII; a non-ASCII word makes the encodings differ in their bytes.
        String text = "Café crème: " + GeneratedNews.document("weather", 7);
        write("utf8.txt", text, StandardCharsets.UTF_8);
        write("utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
        write("utf16le-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        write("utf16be-bom.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        write("utf16le-no-bom.txt", text, StandardCharsets.UTF_16LE);
        write("legacy.txt", text + " \u20ac 5", Charset.forName("windows-1252"));

        Cli.Run outcome = classify();

        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(ExitCode.OK);
        ReportedRun run = ReportedRun.latest(reports);
        assertThat(run.errors()).isEmpty();
        Map<String, String> expected = Map.of("utf8.txt", "UTF-8", "utf8-bom.txt", "UTF-8-BOM",
                "utf16le-bom.txt", "UTF-16LE", "utf16be-bom.txt", "UTF-16BE", "utf16le-no-bom.txt", "UTF-16LE",
                "legacy.txt", "windows-1252");
        assertThat(run.results()).containsOnlyKeys(expected.keySet());
        expected.forEach((document, charset) -> {
            assertThat(run.results().get(document).get("charset")).as(document).isEqualTo(charset);
            assertThat(run.jsonl().get(document).get("charset").asText()).as(document).isEqualTo(charset);
            assertThat(run.results().get(document).get("labels")).as(document).isEqualTo("weather");
        });
    }

    @Test
    void keepsOddFileNamesIntactInEveryReport() throws IOException {
        assumeTrue(Charset.forName(System.getProperty("sun.jnu.encoding")).equals(StandardCharsets.UTF_8),
                "file names need a UTF-8 locale (surefire sets LC_ALL=C.UTF-8)");
        setUpFolders();
        List<String> names = List.of("with space.txt", "comma, here.txt", "quote \"this\".txt", "new\nline.txt",
                "carriage\rreturn.txt", "caf\u00e9 \u00f1 \u65e5\u672c.txt", "emoji \ud83d\ude00.txt",
                "Gr\u00f6\u00dfe/inside \"x\", y.txt", "tab\there.txt");
        for (int i = 0; i < names.size(); i++) {
            write(names.get(i), GeneratedNews.document("markets", i), StandardCharsets.UTF_8);
        }
        String badName = "empty, \"odd\"\nname \u00e9.txt";
        write(badName, new byte[0]);

        Cli.Run outcome = classify();

        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(ExitCode.PARTIAL);
        ReportedRun run = ReportedRun.latest(reports);
        assertThat(run.results()).containsOnlyKeys(names);
        assertThat(run.jsonl()).containsOnlyKeys(names);
        assertThat(run.errors()).containsOnlyKeys(badName);
        assertThat(new ArrayList<>(run.results().keySet())).as("sorted by path").isSorted();
    }

    @Test
    void classifiesTheStartOfAHugeFileAndFlagsItTruncated() throws IOException {
        setUpFolders();
        StringBuilder big = new StringBuilder();
        for (int n = 0; big.length() < 20_000; n++) {
            big.append(GeneratedNews.document("sport", n));
        }
        write("big.txt", big.toString(), StandardCharsets.UTF_8);
        // A cut inside a multi-byte character must not turn UTF-8 into windows-1252.
        String accented = "\u00e9".repeat(600) + GeneratedNews.document("sport", 3);
        write("accented.txt", accented, StandardCharsets.UTF_8);
        write("small.txt", GeneratedNews.document("sport", 2), StandardCharsets.UTF_8);

        Cli.Run outcome = classify("--max-bytes", "1001");

        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(ExitCode.OK);
        ReportedRun run = ReportedRun.latest(reports);
        Map<String, String> bigRow = run.results().get("big.txt");
        assertThat(bigRow.get("truncated")).isEqualTo("true");
        assertThat(bigRow.get("bytes")).isEqualTo(Long.toString(Files.size(input.resolve("big.txt"))));
        assertThat(bigRow.get("sha256")).isEqualTo(sha256(input.resolve("big.txt")));
        assertThat(bigRow.get("labels")).isEqualTo("sport");
        assertThat(run.results().get("accented.txt").get("charset")).isEqualTo("UTF-8");
        assertThat(run.results().get("accented.txt").get("truncated")).isEqualTo("true");
        assertThat(run.results().get("small.txt").get("truncated")).isEqualTo("false");
        assertThat(run.jsonl().get("big.txt").get("truncated").asBoolean()).isTrue();
        assertThat(run.count("truncated")).isEqualTo(2);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void reportsFifosAndSocketsWithoutOpeningThem() throws Exception {
        setUpFolders();
        write("a.txt", GeneratedNews.document("sport", 1), StandardCharsets.UTF_8);
        Path fifo = input.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed for this test");
        Files.createSymbolicLink(input.resolve("link-to-pipe"), Path.of("pipe"));
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(input.resolve("socket")));

            Cli.Run outcome = classify();

            assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(ExitCode.PARTIAL);
        }
        ReportedRun run = ReportedRun.latest(reports);
        assertThat(run.results()).containsOnlyKeys("a.txt");
        assertThat(run.error("pipe")).isEqualTo("not-a-regular-file");
        assertThat(run.error("link-to-pipe")).isEqualTo("not-a-regular-file");
        assertThat(run.error("socket")).isEqualTo("not-a-regular-file");
    }

    @Test
    void doesNotFollowLinksOutOfTheInputAndSurvivesLoops() throws IOException {
        setUpFolders();
        write("sub/real.txt", GeneratedNews.document("weather", 1), StandardCharsets.UTF_8);
        Path outside = Files.writeString(dir.resolve("secret.txt"), GeneratedNews.document("markets", 1));
        Files.createSymbolicLink(input.resolve("to-outside.txt"), outside);
        Files.createSymbolicLink(input.resolve("to-outside-dir"), dir);
        Files.createSymbolicLink(input.resolve("dangling.txt"), input.resolve("nothing-here.txt"));
        Files.createSymbolicLink(input.resolve("loop-a"), input.resolve("loop-b"));
        Files.createSymbolicLink(input.resolve("loop-b"), input.resolve("loop-a"));
        Files.createSymbolicLink(input.resolve("sub/up"), Path.of(".."));
        Files.createSymbolicLink(input.resolve("alias.txt"), Path.of("sub/real.txt"));

        Cli.Run outcome = classify();

        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(ExitCode.PARTIAL);
        ReportedRun run = ReportedRun.latest(reports);
        assertThat(run.results()).containsOnlyKeys("alias.txt", "sub/real.txt");
        assertThat(run.errors()).containsOnlyKeys("to-outside.txt", "to-outside-dir", "dangling.txt", "loop-a", "loop-b");
        assertThat(run.errors().values()).allSatisfy(row -> assertThat(row.get("error")).isEqualTo("symbolic-link-not-followed"));
        assertThat(run.errors().get("to-outside.txt").get("detail")).contains("outside the input folder");
    }

    @Test
    void leavesOutAReportsFolderInsideTheInputWhicheverPathNamesIt() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/in"));
        Files.writeString(real.resolve("a.txt"), GeneratedNews.document("sport", 1), StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("real"));
        input = dir.resolve("alias/in");
        reports = real.resolve("reports");

        classify();
        Cli.Run second = classify("--all");

        assertThat(second.exit()).as(second.toString()).isEqualTo(ExitCode.OK);
        ReportedRun run = ReportedRun.latest(reports);
        assertThat(run.results()).containsOnlyKeys("a.txt");
        assertThat(run.errors()).isEmpty();
    }

    @Test
    void reportsUnreadableFilesAndFoldersAndRetriesThemNextRun() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file: permissions cannot be tested");
        setUpFolders();
        write("ok.txt", GeneratedNews.document("sport", 1), StandardCharsets.UTF_8);
        Path locked = write("locked.txt", GeneratedNews.document("sport", 2), StandardCharsets.UTF_8);
        Path closed = write("closed/inside.txt", GeneratedNews.document("sport", 3), StandardCharsets.UTF_8).getParent();
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            Cli.Run first = classify();

            assertThat(first.exit()).as(first.toString()).isEqualTo(ExitCode.PARTIAL);
            ReportedRun run = ReportedRun.latest(reports);
            assertThat(run.results()).containsOnlyKeys("ok.txt");
            assertThat(run.error("locked.txt")).isEqualTo("unreadable");
            assertThat(run.error("closed/")).isEqualTo("unreadable");

            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
            Cli.Run second = classify();

            assertThat(second.exit()).as(second.toString()).isEqualTo(ExitCode.OK);
            assertThat(ReportedRun.latest(reports).results()).containsOnlyKeys("closed/inside.txt", "locked.txt");
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void goesOnWhenFilesVanishOrChangeDuringTheRunAndClassifiesThemNextTime() throws Exception {
        setUpFolders();
        int count = 4000;
        GeneratedNews.writeIncoming(input, count);
        List<Path> files;
        try (Stream<Path> all = Files.walk(input)) {
            files = all.filter(Files::isRegularFile).sorted(java.util.Comparator.reverseOrder()).toList();
        }
        Path marker = reports.resolve(BatchRunner.STATE_DIR).resolve("active-run.json");
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        // From the last file backwards, while the run goes forwards: delete a third, append to a third.
        Thread meddler = new Thread(() -> {
            try {
                while (running.get() && !Files.exists(marker)) {
                    Thread.onSpinWait();
                }
                for (int i = 0; i < files.size() && running.get(); i++) {
                    if (i % 3 == 0) {
                        Files.deleteIfExists(files.get(i));
                    } else if (i % 3 == 1) {
                        Files.writeString(files.get(i), " More news.", java.nio.file.StandardOpenOption.APPEND);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        meddler.start();
        Cli.Run first = classify("--threads", "1");
        running.set(false);
        meddler.join();

        assertThat(first.exit()).as(first.toString()).isIn(ExitCode.OK, ExitCode.PARTIAL);
        ReportedRun run = ReportedRun.latest(reports);
        assertThat(run.listed()).doesNotHaveDuplicates();
        assertThat(run.errors().values()).allSatisfy(row ->
                assertThat(row.get("error")).isIn("vanished", "changed-during-read"));
        for (int i = 0; i < files.size(); i++) {
            String document = input.relativize(files.get(i)).toString();
            if (i % 3 != 0) {
                assertThat(run.listed()).as("a file that was there all along").contains(document);
            }
        }

        Cli.Run second = classify();

        assertThat(second.exit()).as(second.toString()).isEqualTo(ExitCode.OK);
        ReportedRun next = ReportedRun.latest(reports);
        for (Path file : files) {
            String document = input.relativize(file).toString();
            if (Files.exists(file)) {
                Map<String, String> row = next.results().containsKey(document) ? next.results().get(document)
                        : run.results().get(document);
                assertThat(row).as("%s classified in one of the runs", document).isNotNull();
                assertThat(row.get("sha256")).as("%s classified as it is now", document).isEqualTo(sha256(file));
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void listsEveryRegularFileInExactlyOnePlace() throws Exception {
        setUpFolders();
        for (int n = 0; n < 60; n++) {
            String name = String.format("batch %d/doc,%02d.txt", n % 4, n);
            byte[] bytes = switch (n % 6) {
                case 0 -> new byte[0];
                case 1 -> new byte[] {0, 1, 2, 0, 'x', 0};
                case 2 -> GeneratedNews.document("weather", n).getBytes(StandardCharsets.UTF_16LE);
                case 3 -> ("\u00a3 " + GeneratedNews.document("markets", n)).getBytes(Charset.forName("windows-1252"));
                default -> GeneratedNews.document("sport", n).getBytes(StandardCharsets.UTF_8);
            };
            write(name, bytes);
        }
        new ProcessBuilder("mkfifo", input.resolve("batch 1/pipe").toString()).start().waitFor();
        Files.createSymbolicLink(input.resolve("batch 2/loop"), Path.of("loop"));

        Cli.Run outcome = classify("--threads", "3");

        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(ExitCode.PARTIAL);
        ReportedRun run = ReportedRun.latest(reports);
        TreeSet<String> regular = new TreeSet<>();
        try (Stream<Path> files = Files.walk(input)) {
            files.filter(Files::isRegularFile).forEach(p -> regular.add(input.relativize(p).toString()));
        }
        assertThat(regular).hasSize(60);
        List<String> listed = run.listed();
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(listed).containsAll(regular);
        assertThat(new TreeSet<>(listed)).hasSize(62);
        assertThat(run.count("seen")).isEqualTo(62);
        assertThat(run.count("classified")).isEqualTo(40);
        assertThat(run.run().get("counts").get("errors").get("empty").asLong()).isEqualTo(10);
        assertThat(run.run().get("counts").get("errors").get("binary").asLong()).isEqualTo(10);
    }

    private static String sha256(Path file) throws IOException {
        return java.util.HexFormat.of().formatHex(io.github.doctagger.corpus.RawDocument.newSha256().digest(Files.readAllBytes(file)));
    }
}
