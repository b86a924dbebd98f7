package io.github.doctagger.text;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        List<String> terms = new ArrayList<>();
        List<Integer> dfs = new ArrayList<>();
        int documents;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.startsWith("#documents\t")) {
                throw new IOException(file + ":1: not a doctagger vocabulary (missing #documents header)");
            }
            documents = parseInt(header.substring(header.indexOf('\t') + 1), file, 1);
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) {
                    throw new IOException(file + ":" + lineNo + ": expected term<TAB>frequency");
                }
                terms.add(line.substring(0, tab));
                dfs.add(parseInt(line.substring(tab + 1), file, lineNo));
            }
        }
        try {
            return new Vocabulary(terms.toArray(String[]::new), dfs.stream().mapToInt(Integer::intValue).toArray(), documents);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static int parseInt(String text, Path file, int lineNo) throws IOException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + lineNo + ": not a number: " + text, e);
        }
    }
}
