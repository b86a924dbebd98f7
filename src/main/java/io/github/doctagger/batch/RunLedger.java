package io.github.doctagger.batch;

import io.github.doctagger.corpus.RawDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which documents a model has already classified in completed runs: an append-only file per
 * model, one checksummed line per (document path, content SHA-256):
 * {@code <key: 32 hex> <run id> <crc32: 8 hex>}.
 *
 * <p>Why this design: appends are the only writes, so a crash can at worst leave one torn last
 * line, which fails its checksum and is ignored; a run's lines are appended only after its
 * reports are complete, and appending them twice is harmless (a set), so the step can be
 * repeated after a crash. No embedded database to ship, lock or repair.
 */
public final class RunLedger {
    private static final Logger LOG = LoggerFactory.getLogger(RunLedger.class);

    private final Path file;
    private final LedgerKeys keys;

    private RunLedger(Path file, LedgerKeys keys) {
        this.file = file;
        this.keys = keys;
    }

    /** Loads the ledger of {@code model} from {@code dir} (missing: empty). */
    public static RunLedger load(Path dir, String model) throws IOException {
        Path file = dir.resolve(model + ".log");
        LedgerKeys keys = new LedgerKeys(1 << 10);
        if (Files.exists(file)) {
            int bad = 0;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
                String line;
                while ((line = in.readLine()) != null) {
                    long[] key = parse(line);
                    if (key == null) {
                        bad++;
                    } else {
                        keys.add(key[0], key[1]);
                    }
                }
            }
            if (bad > 0) {
                LOG.warn("ledger {}: ignored {} damaged line(s) (a crash while appending); those documents will be classified again",
                        file, bad);
            }
        }
        return new RunLedger(file, keys);
    }

    /** The key of a document: 64 bits of the path's hash and 64 bits of the content's. */
    public static long[] key(String document, String contentSha256) {
        byte[] pathHash = RawDocument.threadSha256().digest(document.getBytes(StandardCharsets.UTF_8));
        long high = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (pathHash[i] & 0xFF);
        }
        long low = Long.parseUnsignedLong(contentSha256.substring(0, 16), 16);
        return new long[] {high, low};
    }

    public boolean contains(long[] key) {
        return keys.contains(key[0], key[1]);
    }

    public int size() {
        return keys.size();
    }

    /** The ledger line for {@code key} done by {@code runId}, with its checksum. */
    public static String line(long[] key, String runId) {
        String body = HexFormat.of().toHexDigits(key[0]) + HexFormat.of().toHexDigits(key[1]) + " " + runId;
        return body + " " + crc(body) + "\n";
    }

    /**
     * Appends a completed run's lines (from its ledger part file) and syncs them to disk. This
     * object does not learn them: a run loads the ledger when it starts, and ends with this.
     */
    public void append(Path linesFile) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            long size = out.size();
            out.position(size);
            if (size > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                out.read(last, size - 1);
                if (last.get(0) != '\n') {
                    out.write(ByteBuffer.wrap(new byte[] {'\n'}));
                }
            }
            try (FileChannel in = FileChannel.open(linesFile, StandardOpenOption.READ)) {
                long position = 0;
                long length = in.size();
                while (position < length) {
                    position += in.transferTo(position, length - position, out);
                }
            }
            out.force(true);
        }
    }

    private static long[] parse(String line) {
        int lastSpace = line.lastIndexOf(' ');
        if (lastSpace < 33 || line.charAt(32) != ' ') {
            return null;
        }
        String body = line.substring(0, lastSpace);
        if (!crc(body).equals(line.substring(lastSpace + 1))) {
            return null;
        }
        try {
            return new long[] {Long.parseUnsignedLong(line.substring(0, 16), 16), Long.parseUnsignedLong(line.substring(16, 32), 16)};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
