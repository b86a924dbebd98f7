package io.github.doctagger.text;

/**
 * One-pass Unicode-aware tokeniser: a token is a run of letters, digits and combining marks,
 * lower-cased code point by code point (locale-independent, like {@code Locale.ROOT}).
 *
 * <p>It hashes each token while scanning so the hot path never builds a {@code String};
 * {@link #hash(CharSequence)} gives the same hash for a term string, which is how a saved
 * vocabulary is matched again at load time.
 */
public final class Tokenizer {

    /** Receives each token as its hash and its [start, end) char range in the source text. */
    @FunctionalInterface
    public interface Sink {
        void token(long hash, int start, int end);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long BIGRAM_SALT = 0x9e3779b97f4a7c15L;

    private final int minLength;
    private final int maxLength;

    /**
     * @param minLength tokens with fewer code points are dropped (1-letter tokens carry no topic)
     * @param maxLength longer tokens are dropped (base64 blobs, URLs glued together)
     */
    public Tokenizer(int minLength, int maxLength) {
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("token lengths must satisfy 1 <= min <= max");
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /**
     * For each ASCII character: 0 when it is not part of words, else its lower-case form. Most
     * text is ASCII, and this table answers for it what {@link #isWordChar} and
     * {@link Character#toLowerCase(int)} answer (tested), without the Unicode tables.
     */
    private static final byte[] ASCII_WORD = new byte[128];

    static {
        for (int c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = (byte) (isWordChar(c) ? Character.toLowerCase(c) : 0);
        }
    }

    /** Streams every token of {@code text} to {@code sink}, in order. */
    public void tokenize(CharSequence text, Sink sink) {
        tokenize(chars(text, null), text.length(), sink);
    }

    /** The chars of {@code text}, copied into {@code reuse} when it is long enough, else into a new array. */
    static char[] chars(CharSequence text, char[] reuse) {
        int length = text.length();
        char[] chars = reuse != null && reuse.length >= length ? reuse : new char[length];
        if (text instanceof String string) {
            string.getChars(0, length, chars, 0);
        } else {
            for (int i = 0; i < length; i++) {
                chars[i] = text.charAt(i);
            }
        }
        return chars;
    }

    /**
     * Streams every token of the first {@code length} chars of {@code text} to {@code sink}. The
     * hot path reads an array: through {@code CharSequence}, each char was a call the quick
     * compiler does not inline.
     */
    public void tokenize(char[] text, int length, Sink sink) {
        int i = 0;
        while (i < length) {
            char c = text[i];
            if (c < 128 ? ASCII_WORD[c] == 0 : !isWordChar(Character.codePointAt(text, i, length))) {
                i += c < 128 ? 1 : Character.charCount(Character.codePointAt(text, i, length));
                continue;
            }
            int start = i;
            long h = FNV_OFFSET;
            int count = 0;
            while (i < length) {
                c = text[i];
                int lower;
                if (c < 128) {
                    lower = ASCII_WORD[c];
                    if (lower == 0) {
                        break;
                    }
                    i++;
                } else {
                    int cp = Character.codePointAt(text, i, length);
                    if (!isWordChar(cp)) {
                        break;
                    }
                    lower = Character.toLowerCase(cp);
                    i += Character.charCount(cp);
                }
                h = (h ^ lower) * FNV_PRIME;
                count++;
            }
            if (count >= minLength && count <= maxLength) {
                sink.token(mix(h), start, i);
            }
        }
    }

    /** The lower-cased form of the token at [start, end), as stored in a vocabulary. */
    public static String term(CharSequence text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            int cp = Character.codePointAt(text, i);
            out.appendCodePoint(Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Hash of a single lower-cased token; equals what {@link #tokenize} reports for it. */
    public static long hash(CharSequence token) {
        long h = FNV_OFFSET;
        int i = 0;
        while (i < token.length()) {
            int cp = Character.codePointAt(token, i);
            h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
            i += Character.charCount(cp);
        }
        return mix(h);
    }

    /** Hash of the bigram (first, second), from the two token hashes. */
    public static long bigram(long first, long second) {
        return mix(first ^ Long.rotateLeft(second, 29) ^ BIGRAM_SALT);
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Final avalanche (from MurmurHash3's fmix64) so nearby FNV values spread over the table. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
