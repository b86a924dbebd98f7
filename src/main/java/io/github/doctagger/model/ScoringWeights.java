package io.github.doctagger.model;

import io.github.doctagger.corpus.Taxonomy;
import io.github.doctagger.text.FeatureVector;
import io.github.doctagger.text.Vocabulary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.multilabel.ImmutableMultiLabelInfo;

/**
 * The Tribuo model's weights in the layout the hot path wants: feature-major, each term's row
 * either sparse (only the categories with a non-zero weight) or, when most are non-zero, full
 * (all categories in order, so the loop vectorises), plus one bias per category. Scoring a document then costs one short loop per document feature. Saved as
 * {@code weights.bin} next to {@code model.tribuo}, so classification starts without parsing
 * the (much larger) Tribuo protobuf; the tests check both give the same scores. The weights are
 * float-exact (see {@link OneVsRestSvmTrainer}), so floats hold them without loss.
 */
final class ScoringWeights {
    private static final int MAGIC = 0x44545732; // "DTW2": float weights
    private static final int MAGIC_DOUBLE_WEIGHTS = 0x44545731; // "DTW1", written before weights were float-exact

    private final int categories;
    private final int[] offsets;
    private final short[] labels;
    private final float[] values;
    private final double[] bias;
    /** Categories Tribuo never saw in training: never assigned, score fixed at -1. */
    private final boolean[] untrained;

    private ScoringWeights(int categories, int[] offsets, short[] labels, float[] values, double[] bias, boolean[] untrained) {
        this.categories = categories;
        this.offsets = offsets;
        this.labels = labels;
        this.values = values;
        this.bias = bias;
        this.untrained = untrained;
    }

    /** Copies trained weights (in the training dataset's feature and output ids) into our ids. */
    static ScoringWeights of(OneVsRestSvmTrainer.Trained trained, Vocabulary vocabulary, Taxonomy taxonomy) {
        double[][] w = trained.weights();
        ImmutableFeatureMap featureMap = trained.featureMap();
        ImmutableMultiLabelInfo outputs = trained.outputs();
        int k = taxonomy.size();
        int biasColumn = featureMap.size();
        int[] rows = new int[k];
        double[] bias = new double[k];
        boolean[] untrained = new boolean[k];
        List<String> ids = taxonomy.ids();
        for (int c = 0; c < k; c++) {
            rows[c] = outputs.getID(ids.get(c));
            untrained[c] = rows[c] < 0;
            bias[c] = untrained[c] ? 0 : w[rows[c]][biasColumn];
        }
        if (k > Short.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Short.MAX_VALUE + " categories, not " + k);
        }
        int[] offsets = new int[vocabulary.size() + 1];
        short[] labels = new short[16];
        float[] values = new float[16];
        int nnz = 0;
        for (int f = 0; f < vocabulary.size(); f++) {
            int column = featureMap.getID(vocabulary.term(f));
            if (column >= 0) {
                int nonZero = 0;
                for (int c = 0; c < k; c++) {
                    nonZero += !untrained[c] && w[rows[c]][column] != 0 ? 1 : 0;
                }
                boolean full = nonZero * 2 > k;
                for (int c = 0; c < k; c++) {
                    double value = untrained[c] ? 0 : w[rows[c]][column];
                    if (value != 0 || full) {
                        if (nnz == labels.length) {
                            labels = java.util.Arrays.copyOf(labels, nnz * 2);
                            values = java.util.Arrays.copyOf(values, nnz * 2);
                        }
                        labels[nnz] = (short) c;
                        values[nnz] = (float) value;
                        nnz++;
                    }
                }
            }
            offsets[f + 1] = nnz;
        }
        return new ScoringWeights(k, offsets, java.util.Arrays.copyOf(labels, nnz), java.util.Arrays.copyOf(values, nnz),
                bias, untrained);
    }

    double[] scores(FeatureVector vector) {
        double[] scores = bias.clone();
        for (int i = 0; i < vector.size(); i++) {
            int f = vector.id(i);
            double x = vector.value(i);
            int start = offsets[f];
            int end = offsets[f + 1];
            if (end - start == categories) {
                // A full row (common terms): a plain loop, unrolled by hand for C1 (C2 vectorises it either way).
                int c = 0;
                for (; c + 4 <= categories; c += 4) {
                    scores[c] += x * values[start + c];
                    scores[c + 1] += x * values[start + c + 1];
                    scores[c + 2] += x * values[start + c + 2];
                    scores[c + 3] += x * values[start + c + 3];
                }
                for (; c < categories; c++) {
                    scores[c] += x * values[start + c];
                }
            } else {
                for (int p = start; p < end; p++) {
                    scores[labels[p]] += x * values[p];
                }
            }
        }
        for (int c = 0; c < categories; c++) {
            if (untrained[c]) {
                scores[c] = -1.0;
            }
        }
        return scores;
    }

    double weight(int feature, int category) {
        if (offsets[feature + 1] - offsets[feature] == categories) {
            return values[offsets[feature] + category];
        }
        for (int p = offsets[feature]; p < offsets[feature + 1]; p++) {
            if (labels[p] == category) {
                return values[p];
            }
        }
        return 0;
    }

    boolean untrained(int category) {
        return untrained[category];
    }

    int features() {
        return offsets.length - 1;
    }

    /**
     * For each category in {@code wanted}, the {@code limit} features of {@code vector} with the
     * largest positive contribution (weight × value), strongest first; one pass over the vector.
     *
     * @return per wanted category, pairs of (feature id, contribution) as parallel arrays
     */
    Evidence[][] evidence(FeatureVector vector, int[] wanted, int limit, Vocabulary vocabulary) {
        Evidence[][] out = new Evidence[wanted.length][];
        for (int w = 0; w < wanted.length; w++) {
            int category = wanted[w];
            int[] bestIds = new int[limit];
            double[] best = new double[limit];
            int count = 0;
            for (int i = 0; i < vector.size(); i++) {
                double contribution = vector.value(i) * weight(vector.id(i), category);
                if (contribution <= 0 || (count == limit && contribution <= best[limit - 1])) {
                    continue;
                }
                int at = count < limit ? count++ : limit - 1;
                while (at > 0 && best[at - 1] < contribution) {
                    best[at] = best[at - 1];
                    bestIds[at] = bestIds[at - 1];
                    at--;
                }
                best[at] = contribution;
                bestIds[at] = vector.id(i);
            }
            out[w] = new Evidence[count];
            for (int j = 0; j < count; j++) {
                out[w][j] = new Evidence(vocabulary.term(bestIds[j]), best[j]);
            }
        }
        return out;
    }

    /** Header, then blocks of equal-typed arrays, so reading is a handful of bulk copies. */
    void write(Path file) throws IOException {
        int nnz = labels.length;
        ByteBuffer out = ByteBuffer.allocate(16 + categories * 9 + offsets.length * 4 + nnz * 6).order(ByteOrder.BIG_ENDIAN);
        out.putInt(MAGIC).putInt(categories).putInt(features()).putInt(nnz);
        for (boolean u : untrained) {
            out.put((byte) (u ? 1 : 0));
        }
        out.asDoubleBuffer().put(bias);
        out.position(out.position() + categories * 8);
        out.asIntBuffer().put(offsets);
        out.position(out.position() + offsets.length * 4);
        out.asShortBuffer().put(labels);
        out.position(out.position() + nnz * 2);
        out.asFloatBuffer().put(values);
        Files.write(file, out.array());
    }

    static ScoringWeights read(Path file, int expectedCategories, int expectedFeatures) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.BIG_ENDIAN);
        try {
            int magic = in.getInt();
            if (magic != MAGIC && magic != MAGIC_DOUBLE_WEIGHTS) {
                throw new IOException(file + ": not a doctagger weights file");
            }
            int categories = in.getInt();
            int features = in.getInt();
            int nnz = in.getInt();
            if (categories != expectedCategories || features != expectedFeatures || nnz < 0) {
                throw new IOException(file + ": " + categories + " categories × " + features
                        + " features does not match the model's " + expectedCategories + " × " + expectedFeatures);
            }
            boolean[] untrained = new boolean[categories];
            for (int c = 0; c < categories; c++) {
                untrained[c] = in.get() != 0;
            }
            double[] bias = new double[categories];
            in.asDoubleBuffer().get(bias);
            in.position(in.position() + categories * 8);
            int[] offsets = new int[features + 1];
            in.asIntBuffer().get(offsets);
            in.position(in.position() + offsets.length * 4);
            short[] labels = new short[nnz];
            in.asShortBuffer().get(labels);
            in.position(in.position() + nnz * 2);
            float[] values = new float[nnz];
            if (magic == MAGIC) {
                in.asFloatBuffer().get(values);
            } else {
                // An older model: its weights were doubles; scores now differ from them by float rounding (~1e-7).
                for (int i = 0; i < nnz; i++) {
                    values[i] = (float) in.getDouble();
                }
            }
            for (short label : labels) {
                if (label < 0 || label >= categories) {
                    throw new IOException(file + ": category index out of range");
                }
            }
            return new ScoringWeights(categories, offsets, labels, values, bias, untrained);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException(file + ": truncated weights file", e);
        }
    }
}
