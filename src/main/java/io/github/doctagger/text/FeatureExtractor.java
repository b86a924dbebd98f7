package io.github.doctagger.text;

import java.util.Arrays;

/**
 * Turns text into a {@link FeatureVector} in one pass: tokens → hashed unigrams and bigrams →
 * vocabulary ids → (sublinear) TF × IDF → L2 normalisation; a headline's terms are counted
 * {@link FeatureConfig#headlineWeight()} times. It reuses its buffers, so it
 * allocates almost nothing per document; it is therefore not thread-safe: use one per thread.
 */
public final class FeatureExtractor {
    private final FeatureConfig config;
    private final Vocabulary vocabulary;
    private final Tokenizer tokenizer;
    private final int[] counts;
    private int[] touched = new int[256];
    private int touchedCount;
    private long previousHash;
    private boolean hasPrevious;
    /** End of the current document's headline (0 when it has none or it counts once). */
    private int headlineEnd;
    private final FeatureVector vector = new FeatureVector(256);
    /** The text being tokenised, in a buffer reused up to this size (one huge document should not keep its copy). */
    private static final int KEPT_CHARS = 1 << 16;
    private char[] chars = new char[4096];
    private final Tokenizer.Sink sink = this::onToken;

    public FeatureExtractor(FeatureConfig config, Vocabulary vocabulary) {
        this.config = config;
        this.vocabulary = vocabulary;
        this.tokenizer = config.tokenizer();
        this.counts = new int[vocabulary.size()];
    }

    /** The document's features; the returned vector is overwritten by the next call. */
    public FeatureVector extract(CharSequence text) {
        touchedCount = 0;
        hasPrevious = false;
        headlineEnd = config.headlineWeight() > 1 ? FeatureConfig.headlineLength(text) : 0;
        char[] copy = Tokenizer.chars(text, chars);
        if (copy.length <= KEPT_CHARS) {
            chars = copy;
        }
        tokenizer.tokenize(copy, text.length(), sink);

        Arrays.sort(touched, 0, touchedCount);
        vector.ensureCapacity(touchedCount);
        double norm = 0;
        for (int i = 0; i < touchedCount; i++) {
            int id = touched[i];
            int tf = counts[id];
            counts[id] = 0;
            double weight = (config.sublinearTf() ? sublinear(tf) : tf) * vocabulary.idf(id);
            vector.ids[i] = id;
            vector.values[i] = weight;
            norm += weight * weight;
        }
        vector.size = touchedCount;
        if (norm > 0) {
            double scale = 1.0 / Math.sqrt(norm);
            for (int i = 0; i < touchedCount; i++) {
                vector.values[i] *= scale;
            }
        }
        return vector;
    }

    /** 1 + ln(tf) for the term frequencies most documents have, computed once. */
    private static final double[] SUBLINEAR = new double[64];

    static {
        for (int tf = 1; tf < SUBLINEAR.length; tf++) {
            SUBLINEAR[tf] = 1.0 + Math.log(tf);
        }
    }

    private static double sublinear(int tf) {
        return tf < SUBLINEAR.length ? SUBLINEAR[tf] : 1.0 + Math.log(tf);
    }

    /**
     * Counts a token and the bigram it ends. Headline tokens (those ending by {@link #headlineEnd})
     * and bigrams of two headline tokens count {@link FeatureConfig#headlineWeight()} times, in
     * this one pass; the bigram from the headline's last token to the body's first counts once.
     */
    private void onToken(long hash, int start, int end) {
        int times = end <= headlineEnd ? config.headlineWeight() : 1;
        count(vocabulary.id(hash), times);
        if (config.maxNgram() >= 2 && hasPrevious) {
            count(vocabulary.id(Tokenizer.bigram(previousHash, hash)), times);
        }
        previousHash = hash;
        hasPrevious = true;
    }

    private void count(int id, int times) {
        if (id < 0) {
            return;
        }
        int before = counts[id];
        counts[id] = before + times;
        if (before == 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touched.length * 2);
            }
            touched[touchedCount++] = id;
        }
    }
}
