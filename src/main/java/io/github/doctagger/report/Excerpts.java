package io.github.doctagger.report;

import io.github.doctagger.corpus.DocumentException;
import io.github.doctagger.corpus.RawDocument;
import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.Evidence;
import io.github.doctagger.report.html.Html;
import io.github.doctagger.text.Tokenizer;
import io.github.doctagger.text.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A short piece of a document's text around the terms that decided its categories, with those
 * terms highlighted in each category's colour. Terms are found the way the model found them
 * (same tokeniser, same unigram and bigram keys), so what is marked is what counted. The text is
 * read again from the input file, and only while that file is still the one that was classified
 * (same size and SHA-256): an excerpt never shows words of a file that changed since.
 */
final class Excerpts {
    /** Bytes of a file searched for the excerpt. */
    static final int READ_BYTES = 64 * 1024;
    /** Larger files are not hashed again for an excerpt: it would cost more than it shows. */
    static final long MAX_FILE_BYTES = 64L << 20;
    /** Characters of text in an excerpt. */
    static final int LENGTH = 320;
    /** Characters shown before the first highlighted term. */
    private static final int LEAD = 70;
    private static final int MAX_HITS = 2000;

    private final Tokenizer tokenizer;
    private final CategoryStyle style;

    private record Term(String category, String term, double contribution) {
    }

    private record Hit(int start, int end, Term term) {
    }

    Excerpts(Tokenizer tokenizer, CategoryStyle style) {
        this.tokenizer = tokenizer;
        this.style = style;
    }

    /** The file of {@code document} under {@code root}, or null when its path would lead outside. */
    static Path locate(Path root, String document) {
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(document).normalize();
        return file.startsWith(base) && !file.equals(base) ? file : null;
    }

    /**
     * The excerpt of {@code file} as HTML, or null when the file is gone, is no longer the file
     * that was classified, or cannot be read as text.
     *
     * @param root the folder the file must be in (links leading outside it are not followed)
     */
    String read(Path root, Path file, DocumentResult result) {
        try {
            if (file == null || !Files.isRegularFile(file) || result.bytes() > MAX_FILE_BYTES
                    || Files.size(file) != result.bytes() || !file.toRealPath().startsWith(root.toRealPath())) {
                return null;
            }
            RawDocument raw;
            try (InputStream in = Files.newInputStream(file)) {
                raw = RawDocument.read(in, READ_BYTES, null);
            }
            if (!raw.sha256().equals(result.sha256())) {
                return null;
            }
            return highlight(raw.decode().text(), result.evidence());
        } catch (IOException | DocumentException | SecurityException e) {
            return null;
        }
    }

    /** An excerpt of {@code text} around the evidence terms, escaped, with the terms marked. */
    String highlight(String text, Map<String, List<Evidence>> evidence) {
        List<Hit> hits = find(text, evidence);
        int start = windowStart(hits);
        if (start > 0) {
            int space = lastWhitespace(text, start, Math.max(0, start - 30));
            start = space >= 0 ? space + 1 : start;
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            int space = lastWhitespace(text, end, Math.max(start, end - 30));
            end = space > start ? space : end;
        }
        return render(text, start, end, hits);
    }

    private List<Hit> find(String text, Map<String, List<Evidence>> evidence) {
        Map<Long, Term> terms = new HashMap<>();
        for (Map.Entry<String, List<Evidence>> e : evidence.entrySet()) {
            for (Evidence term : e.getValue()) {
                terms.putIfAbsent(Vocabulary.key(term.term()), new Term(e.getKey(), term.term(), term.contribution()));
            }
        }
        List<Hit> found = new ArrayList<>();
        if (terms.isEmpty()) {
            return found;
        }
        long[] previous = new long[1];
        int[] previousStart = {-1};
        tokenizer.tokenize(text, (hash, from, to) -> {
            if (found.size() < MAX_HITS) {
                Term unigram = terms.get(hash);
                if (unigram != null) {
                    found.add(new Hit(from, to, unigram));
                }
                Term bigram = previousStart[0] < 0 ? null : terms.get(Tokenizer.bigram(previous[0], hash));
                if (bigram != null) {
                    found.add(new Hit(previousStart[0], to, bigram));
                }
            }
            previous[0] = hash;
            previousStart[0] = from;
        });
        found.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Hit> kept = new ArrayList<>();
        int covered = 0;
        for (Hit hit : found) {
            if (hit.start() >= covered) {
                kept.add(hit);
                covered = hit.end();
            }
        }
        return kept;
    }

    /** Where the window showing the most (and strongest) distinct terms starts; 0 without terms. */
    private static int windowStart(List<Hit> hits) {
        int best = 0;
        double bestWeight = 0;
        for (int i = 0; i < hits.size(); i++) {
            int from = Math.max(0, hits.get(i).start() - LEAD);
            int to = from + LENGTH;
            Set<String> seen = new HashSet<>();
            double weight = 0;
            for (int j = i; j < hits.size() && hits.get(j).end() <= to; j++) {
                if (seen.add(hits.get(j).term().term())) {
                    weight += hits.get(j).term().contribution();
                }
            }
            if (weight > bestWeight + 1e-12) {
                bestWeight = weight;
                best = from;
            }
        }
        return best;
    }

    private String render(String text, int start, int end, List<Hit> hits) {
        StringBuilder out = new StringBuilder(LENGTH + 256);
        if (start > 0) {
            out.append("… ");
        }
        int i = start;
        for (Hit hit : hits) {
            if (hit.end() <= i) {
                continue;
            }
            if (hit.start() >= end) {
                break;
            }
            int from = Math.max(i, hit.start());
            int to = Math.min(end, hit.end());
            collapse(out, text, i, from);
            Term t = hit.term();
            out.append("<mark class=\"").append(style.cssClass(t.category())).append("\" title=\"")
                    .append(Html.escape(style.name(t.category()) + ": " + t.term() + " (" + Html.signed(t.contribution(), 3) + ")"))
                    .append("\">");
            collapse(out, text, from, to);
            out.append("</mark>");
            i = to;
        }
        collapse(out, text, i, end);
        if (end < text.length()) {
            out.append(" …");
        }
        return out.toString().strip();
    }

    /** Appends text[from, to) escaped, a run of white space as one space, a blank line as a pilcrow. */
    private static void collapse(StringBuilder out, String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!Character.isWhitespace(text.charAt(i))) {
                Html.escape(out, text, i, i + 1);
                i++;
                continue;
            }
            int newlines = 0;
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                if (text.charAt(i) == '\n') {
                    newlines++;
                }
                i++;
            }
            out.append(newlines >= 2 ? " <span class=\"para\">¶</span> " : " ");
        }
    }

    private static int lastWhitespace(String text, int from, int limit) {
        for (int i = Math.min(from, text.length() - 1); i >= limit; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
