package io.github.doctagger.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The terms a model knows, with their document frequencies and IDF weights. Term {@code i} is
 * feature {@code i}; terms are ordered by falling document frequency, then alphabetically, so
 * the numbering is stable. Bigrams are stored as
 * "first second" (tokens never contain spaces).
 */
public final class Vocabulary {
    private final String[] terms;
    private final int[] documentFrequencies;
    private final int documentCount;
    private final double[] idf;
    private final LongIntTable ids;

    public Vocabulary(String[] terms, int[] documentFrequencies, int documentCount) {
        if (terms.length != documentFrequencies.length) {
            throw new IllegalArgumentException("terms and frequencies differ in length");
        }
        this.terms = terms;
        this.documentFrequencies = documentFrequencies;
        this.documentCount = documentCount;
        this.idf = new double[terms.length];
        this.ids = new LongIntTable(terms.length);
        for (int i = 0; i < terms.length; i++) {
            // Smoothed IDF, as if one extra document held every term: never zero, never infinite.
            idf[i] = Math.log((1.0 + documentCount) / (1.0 + documentFrequencies[i])) + 1.0;
            if (ids.put(key(terms[i]), i) >= 0) {
                throw new IllegalArgumentException("term listed twice or hash collision: " + terms[i]);
            }
        }
    }

    /** The hash key the tokeniser produces for a stored term (unigram or "first second" bigram). */
    public static long key(String term) {
        int space = term.indexOf(' ');
        if (space < 0) {
            return Tokenizer.hash(term);
        }
        return Tokenizer.bigram(Tokenizer.hash(term.substring(0, space)), Tokenizer.hash(term.substring(space + 1)));
    }

    /** Feature id of a hashed term, or -1 when the term is unknown. */
    public int id(long key) {
        return ids.get(key);
    }

    public int size() {
        return terms.length;
    }

    public String term(int id) {
        return terms[id];
    }

    public double idf(int id) {
        return idf[id];
    }

    public int documentCount() {
        return documentCount;
    }

    /** Writes one line per term, {@code term<TAB>documentFrequency}, after a header line. */
    public void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("#documents\t" + documentCount + "\n");
            for (int i = 0; i < terms.length; i++) {
                out.write(terms[i]);
                out.write('\t');
                out.write(Integer.toString(documentFrequencies[i]));
                out.write('\n');
            }
        }
    }

    /** Reads what {@link #write} wrote; a malformed line names the file and line. */
    public static Vocabulary read(Path file) throws IOException {
        // One pass over the whole text: a vocabulary has 10^5 lines and this is on every start.
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int headerEnd = lineEnd(text, 0);
        String header = text.substring(0, headerEnd);
        if (!header.startsWith("#documents\t")) {
            throw new IOException(file + ":1: not a doctagger vocabulary (missing #documents header)");
        }
        int documents = parseInt(header.substring(header.indexOf('\t') + 1), file, 1);
        String[] terms = new String[1024];
        int[] dfs = new int[terms.length];
        int count = 0;
        int lineNo = 1;
        for (int start = headerEnd + 1; start < text.length(); ) {
            int end = lineEnd(text, start);
            lineNo++;
            int tab = text.lastIndexOf('\t', end - 1);
            if (tab <= start) {
                throw new IOException(file + ":" + lineNo + ": expected term<TAB>frequency");
            }
            if (count == terms.length) {
                terms = Arrays.copyOf(terms, count * 2);
                dfs = Arrays.copyOf(dfs, count * 2);
            }
            terms[count] = text.substring(start, tab);
            dfs[count] = parseInt(text.substring(tab + 1, end), file, lineNo);
            count++;
            start = end + 1;
        }
        try {
            return new Vocabulary(Arrays.copyOf(terms, count), Arrays.copyOf(dfs, count), documents);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Where the line starting at {@code start} ends: its '\n', or the end of the text. */
    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    private static int parseInt(String text, Path file, int lineNo) throws IOException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + lineNo + ": not a number: " + text, e);
        }
    }
}
