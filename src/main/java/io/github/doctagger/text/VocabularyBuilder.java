package io.github.doctagger.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Vocabulary} from training texts in two passes: the first counts document
 * frequencies by term hash only (no strings), the second recovers the strings of the terms
 * that survive pruning. This keeps memory proportional to the distinct hashes, not to
 * millions of n-gram strings.
 */
public final class VocabularyBuilder {
    private final FeatureConfig config;
    private final Tokenizer tokenizer;

    public VocabularyBuilder(FeatureConfig config) {
        this.config = config;
        this.tokenizer = config.tokenizer();
    }

    public Vocabulary build(List<? extends CharSequence> texts) {
        LongIntTable documentFrequency = new LongIntTable(1 << 16);
        LongIntTable lastSeenIn = new LongIntTable(1 << 16);
        for (int doc = 0; doc < texts.size(); doc++) {
            final int docNumber = doc + 1;
            forEachTerm(texts.get(doc), (key, text, start, end, secondStart, secondEnd) -> {
                if (lastSeenIn.put(key, docNumber) != docNumber) {
                    documentFrequency.add(key, 1);
                }
            });
        }

        LongIntTable kept = selectKept(documentFrequency);
        Map<Long, String> strings = new HashMap<>(kept.size() * 2);
        for (CharSequence text : texts) {
            forEachTerm(text, (key, source, start, end, secondStart, secondEnd) -> {
                if (kept.get(key) >= 0 && !strings.containsKey(key)) {
                    String term = secondStart < 0 ? Tokenizer.term(source, start, end)
                            : Tokenizer.term(source, start, end) + ' ' + Tokenizer.term(source, secondStart, secondEnd);
                    strings.put(key, term);
                }
            });
        }
        // Most frequent terms first (ties by term): the weight rows a document touches most often
        // then sit together in memory, which keeps scoring in the CPU caches.
        String[] terms = strings.values().toArray(String[]::new);
        int[] byTerm = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            byTerm[i] = documentFrequency.get(Vocabulary.key(terms[i]));
        }
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -byTerm[i]).thenComparing(i -> terms[i]));
        String[] sorted = new String[terms.length];
        int[] dfs = new int[terms.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = terms[order[i]];
            dfs[i] = byTerm[order[i]];
        }
        return new Vocabulary(sorted, dfs, texts.size());
    }

    /** Keeps terms with df ≥ minDf, then the maxFeatures most frequent (ties broken by hash). */
    private LongIntTable selectKept(LongIntTable documentFrequency) {
        List<long[]> candidates = new ArrayList<>();
        documentFrequency.forEach((key, df) -> {
            if (df >= config.minDf()) {
                candidates.add(new long[] {key, df});
            }
        });
        if (candidates.size() > config.maxFeatures()) {
            candidates.sort(Comparator.<long[]>comparingLong(c -> -c[1]).thenComparingLong(c -> c[0]));
            candidates.subList(config.maxFeatures(), candidates.size()).clear();
        }
        LongIntTable kept = new LongIntTable(candidates.size());
        for (long[] c : candidates) {
            kept.put(c[0], (int) c[1]);
        }
        return kept;
    }

    /** Receives a term: a unigram [start, end) (secondStart = -1), or a bigram of two tokens. */
    private interface TermVisitor {
        void term(long key, CharSequence text, int start, int end, int secondStart, int secondEnd);
    }

    private void forEachTerm(CharSequence text, TermVisitor visitor) {
        long[] previous = {0L, -1L};
        tokenizer.tokenize(text, (hash, start, end) -> {
            visitor.term(hash, text, start, end, -1, -1);
            if (config.maxNgram() >= 2 && previous[1] >= 0) {
                int prevStart = (int) (previous[1] >>> 32);
                int prevEnd = (int) previous[1];
                visitor.term(Tokenizer.bigram(previous[0], hash), text, prevStart, prevEnd, start, end);
            }
            previous[0] = hash;
            previous[1] = ((long) start << 32) | end;
        });
    }
}
