package io.github.doctagger.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text with explicit rules, the same for training, local and Spark runs:
 * a byte-order mark wins (UTF-8, UTF-16LE/BE); NUL bytes mean UTF-16 without a mark when they
 * sit on every other byte, and binary otherwise; then strict UTF-8; and text that is not valid
 * UTF-8 is read as windows-1252, the usual encoding of such legacy news feeds.
 */
public final class TextDecoder {
    /** How far into a file the binary checks look. */
    static final int SNIFF_BYTES = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes[0, length)}.
     *
     * @param truncated whether the file went on past {@code length}: a multi-byte character cut
     *                  at the end is then dropped rather than treated as bad UTF-8
     */
    public static DecodedText decode(byte[] bytes, int length, boolean truncated) throws DocumentException {
        if (length == 0) {
            throw new DocumentException(DocumentProblem.EMPTY, "the file is empty");
        }
        DecodedText decoded = decodeBytes(bytes, length, truncated);
        checkText(decoded.text());
        return decoded;
    }

    private static DecodedText decodeBytes(byte[] bytes, int length, boolean truncated) throws DocumentException {
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(utf8Lenient(bytes, 3, length - 3, truncated), "UTF-8-BOM", truncated);
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return new DecodedText(utf16(bytes, 2, length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", truncated);
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return new DecodedText(utf16(bytes, 2, length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", truncated);
        }
        int sniff = Math.min(length, SNIFF_BYTES);
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < sniff; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            }
        }
        if (evenNuls + oddNuls > 0) {
            int half = sniff / 2;
            if (oddNuls > half * 0.4 && evenNuls == 0) {
                return new DecodedText(utf16(bytes, 0, length, StandardCharsets.UTF_16LE), "UTF-16LE", truncated);
            }
            if (evenNuls > half * 0.4 && oddNuls == 0) {
                return new DecodedText(utf16(bytes, 0, length, StandardCharsets.UTF_16BE), "UTF-16BE", truncated);
            }
            throw new DocumentException(DocumentProblem.BINARY, "NUL bytes in the first " + sniff + " bytes: not a text file");
        }
        if (isAscii(bytes, length)) {
            // Pure ASCII: the fastest exact decoding (Latin-1 maps bytes 0-127 to the same chars).
            return new DecodedText(new String(bytes, 0, length, StandardCharsets.ISO_8859_1), "UTF-8", truncated);
        }
        try {
            return new DecodedText(utf8Strict(bytes, length, truncated), "UTF-8", truncated);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, 0, length, WINDOWS_1252), "windows-1252", truncated);
        }
    }

    /** Mostly control characters, or only white space, is not a document we can classify. */
    private static void checkText(String text) throws DocumentException {
        int limit = Math.min(text.length(), SNIFF_BYTES);
        int control = 0;
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i < limit && Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
            if (blank && !Character.isWhitespace(c) && c != '\uFEFF') {
                blank = false;
                if (i >= limit) {
                    break;
                }
            }
        }
        if (control > limit / 10 + 1) {
            throw new DocumentException(DocumentProblem.BINARY, control + " control characters in the first "
                    + limit + " characters: not a text file");
        }
        if (blank) {
            throw new DocumentException(DocumentProblem.EMPTY, "the file holds only white space");
        }
    }

    private static String utf8Strict(byte[] bytes, int length, boolean truncated) throws CharacterCodingException {
        int end = truncated ? completeUtf8Length(bytes, length) : length;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, end));
        return chars.toString();
    }

    /** After a UTF-8 byte-order mark the file says it is UTF-8: bad bytes become U+FFFD. */
    private static String utf8Lenient(byte[] bytes, int offset, int length, boolean truncated) {
        int end = truncated ? completeUtf8Length(bytes, offset + length) : offset + length;
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String utf16(byte[] bytes, int offset, int length, Charset charset) {
        return new String(bytes, offset, length & ~1, charset);
    }

    /** Length without a multi-byte sequence cut off at the end. */
    private static int completeUtf8Length(byte[] bytes, int length) {
        int i = length - 1;
        int back = 0;
        while (i >= 0 && back < 4 && (bytes[i] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i < 0) {
            return length;
        }
        int lead = bytes[i] & 0xFF;
        int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return back + 1 < needed ? i : length;
    }

    private static boolean isAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
