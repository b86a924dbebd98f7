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
    private final ByteBuffer pending = ByteBuffer.allocate(FLUSH_AT);

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
        append(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Appends encoded text (rows are encoded by the threads that make them). */
    void append(byte[] bytes) throws IOException {
        if (bytes.length > pending.remaining()) {
            flush();
            if (bytes.length > pending.remaining()) {
                write(ByteBuffer.wrap(bytes));
                return;
            }
        }
        pending.put(bytes);
    }

    private void flush() throws IOException {
        pending.flip();
        write(pending);
        pending.clear();
    }

    private void write(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
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
