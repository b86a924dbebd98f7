package io.github.doctagger.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one document as read from a stream: at most {@code maxBytes} of them are kept,
 * however large the file, while the SHA-256 and size cover the whole file.
 *
 * @param bytes     buffer holding the first {@code length} bytes (may be longer, and reused)
 * @param length    number of valid bytes in {@code bytes}
 * @param totalSize size of the whole file in bytes
 * @param sha256    lower-case hex SHA-256 of the whole file
 */
public record RawDocument(byte[] bytes, int length, long totalSize, String sha256) {
    /** The buffer a read starts with (or the cap, if smaller); it grows as the file needs. */
    public static final int FIRST_BUFFER_BYTES = 1 << 16;
    private static final ThreadLocal<MessageDigest> THREAD_SHA256 = ThreadLocal.withInitial(RawDocument::newSha256);

    public boolean truncated() {
        return totalSize > length;
    }

    /** Decodes the kept bytes to text (see {@link TextDecoder}). */
    public DecodedText decode() throws DocumentException {
        return TextDecoder.decode(bytes, length, truncated());
    }

    /**
     * Reads {@code in} to its end, keeping the first {@code maxBytes} bytes.
     *
     * @param buffer a buffer to reuse if large enough, or null
     */
    public static RawDocument read(InputStream in, int maxBytes, byte[] buffer) throws IOException {
        MessageDigest digest = threadSha256();
        int first = Math.min(maxBytes, FIRST_BUFFER_BYTES);
        byte[] kept = buffer != null && buffer.length >= first ? buffer : new byte[first];
        int length = 0;
        long total = 0;
        byte[] overflow = null;
        while (true) {
            if (length < maxBytes) {
                if (length == kept.length) {
                    kept = java.util.Arrays.copyOf(kept, (int) Math.min(maxBytes, (long) kept.length * 2));
                }
                int read = in.read(kept, length, kept.length - length);
                if (read < 0) {
                    break;
                }
                digest.update(kept, length, read);
                length += read;
                total += read;
            } else {
                if (overflow == null) {
                    overflow = new byte[1 << 16];
                }
                int read = in.read(overflow);
                if (read < 0) {
                    break;
                }
                digest.update(overflow, 0, read);
                total += read;
            }
        }
        return new RawDocument(kept, length, total, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * This thread's SHA-256, reset: looking the algorithm up among the security providers for
     * every document cost more than hashing a small one.
     */
    public static MessageDigest threadSha256() {
        MessageDigest digest = THREAD_SHA256.get();
        digest.reset();
        return digest;
    }

    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
