package io.github.doctagger.text;

/**
 * The feature pipeline's settings, saved next to every model so that classification replays
 * exactly what training did: tokenise → lower-case → n-grams → vocabulary → TF-IDF → L2.
 *
 * @param version        format version of this configuration (bump when the pipeline changes meaning)
 * @param minTokenLength shortest token kept, in code points
 * @param maxTokenLength longest token kept, in code points
 * @param maxNgram       1 for unigrams only, 2 for unigrams and bigrams
 * @param minDf          a term must occur in at least this many training documents
 * @param maxFeatures    at most this many terms are kept (most frequent by document frequency)
 * @param sublinearTf    weight a term by 1 + ln(tf) instead of tf
 */
public record FeatureConfig(int version, int minTokenLength, int maxTokenLength, int maxNgram,
                            int minDf, int maxFeatures, boolean sublinearTf) {

    /** The pipeline version this code writes and understands. */
    public static final int CURRENT_VERSION = 1;

    public FeatureConfig {
        if (version != CURRENT_VERSION) {
            throw new IllegalArgumentException("feature pipeline version " + version
                    + " is not supported (this doctagger reads version " + CURRENT_VERSION
                    + "); retrain the model with this version");
        }
        if (maxNgram < 1 || maxNgram > 2) {
            throw new IllegalArgumentException("maxNgram must be 1 or 2, was " + maxNgram);
        }
        if (minDf < 1 || maxFeatures < 1) {
            throw new IllegalArgumentException("minDf and maxFeatures must be positive");
        }
    }

    /** The defaults, chosen on the benchmark corpora (see bench/RESULTS.md). */
    public static FeatureConfig defaults() {
        return new FeatureConfig(CURRENT_VERSION, 2, 40, 2, 2, 500_000, true);
    }

    public FeatureConfig withMinDf(int newMinDf) {
        return new FeatureConfig(version, minTokenLength, maxTokenLength, maxNgram, newMinDf, maxFeatures, sublinearTf);
    }

    public Tokenizer tokenizer() {
        return new Tokenizer(minTokenLength, maxTokenLength);
    }
}
