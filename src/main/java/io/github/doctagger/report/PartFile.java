package io.github.doctagger.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A report file being written by a run: buffered appends, and checkpoints that make everything
 * written so far durable and return the durable length. On resume the file is cut back to the
 * last checkpoint, so a crash never leaves half a row or a row twice.
 */
final class PartFile implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 16;

    private final Path path;
    private final FileChannel channel;
    private final StringBuilder pending = new StringBuilder(FLUSH_AT + 4096);

    /** Opens {@code path}, cut back to {@code length} bytes (0: starts empty). */
    PartFile(Path path, long length) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        if (channel.size() < length) {
            channel.close();
            throw new IOException(path + " is shorter than its checkpoint says (" + length + " bytes); cannot resume");
        }
        channel.truncate(length);
        channel.position(length);
    }

    void append(String text) throws IOException {
        pending.append(text);
        if (pending.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void flush() throws IOException {
        if (pending.length() == 0) {
            return;
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(pending));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        pending.setLength(0);
    }

    /** Writes what is pending and syncs it; returns the durable length. */
    long checkpoint() throws IOException {
        flush();
        channel.force(false);
        return channel.position();
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
