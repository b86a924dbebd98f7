package io.github.doctagger.model;

import io.github.doctagger.corpus.Taxonomy;
import io.github.doctagger.text.FeatureConfig;
import io.github.doctagger.text.FeatureExtractor;
import io.github.doctagger.text.FeatureVector;
import io.github.doctagger.text.Vocabulary;
import java.util.List;
import java.util.function.Supplier;
import org.tribuo.Model;
import org.tribuo.multilabel.sgd.linear.LinearSGDModel;
import org.tribuo.protos.core.ModelProto;

/**
 * A trained topic model: the Tribuo {@link LinearSGDModel}, the feature pipeline it was trained
 * with, the categories and their thresholds. Scoring does not go through Tribuo's
 * {@code predict} (which builds a String-keyed example per document); it uses the model's
 * weights copied into {@link ScoringWeights}, and gives the same scores (checked by the tests). Immutable and thread-safe; use one {@link FeatureExtractor} per thread.
 */
public final class TopicModel {
    private final ModelInfo info;
    private final FeatureConfig features;
    private final Vocabulary vocabulary;
    private final Taxonomy taxonomy;
    private final Supplier<LinearSGDModel> tribuoModel;
    private final Supplier<ModelProto> tribuoProto;
    private final LabelThresholds thresholds;
    private final DecisionRule decisionRule;
    private final ScoringWeights weights;

    /**
     * A model fresh from training, its Tribuo model in serialized form: that is what gets saved,
     * and the model object is built from it only when asked for (building it copies the weights
     * several times over, which training would otherwise pay for at its peak).
     */
    TopicModel(ModelInfo info, FeatureConfig features, Vocabulary vocabulary, Taxonomy taxonomy, ModelProto tribuo,
               ScoringWeights weights, LabelThresholds thresholds, DecisionRule decisionRule) {
        this(info, features, vocabulary, taxonomy, () -> (LinearSGDModel) Model.deserialize(tribuo), () -> tribuo, weights,
                thresholds, decisionRule);
    }

    /** A loaded model: the Tribuo model is read only when asked for. */
    TopicModel(ModelInfo info, FeatureConfig features, Vocabulary vocabulary, Taxonomy taxonomy,
               Supplier<LinearSGDModel> tribuoModel, ScoringWeights weights, LabelThresholds thresholds,
               DecisionRule decisionRule) {
        this(info, features, vocabulary, taxonomy, tribuoModel, null, weights, thresholds, decisionRule);
    }

    private TopicModel(ModelInfo info, FeatureConfig features, Vocabulary vocabulary, Taxonomy taxonomy,
                       Supplier<LinearSGDModel> tribuoModel, Supplier<ModelProto> tribuoProto, ScoringWeights weights,
                       LabelThresholds thresholds, DecisionRule decisionRule) {
        if (thresholds.size() != taxonomy.size()) {
            throw new IllegalArgumentException("one threshold per category is needed");
        }
        this.info = info;
        this.features = features;
        this.vocabulary = vocabulary;
        this.taxonomy = taxonomy;
        this.tribuoModel = memoize(tribuoModel);
        this.tribuoProto = tribuoProto != null ? tribuoProto : () -> this.tribuoModel.get().serialize();
        this.weights = weights;
        this.thresholds = thresholds;
        this.decisionRule = decisionRule;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** A fresh extractor for this model's feature pipeline (one per thread). */
    public FeatureExtractor newExtractor() {
        return new FeatureExtractor(features, vocabulary);
    }

    /** Scores of every category, in taxonomy order: SVM margins (above 0 leans towards the category). */
    public double[] scores(FeatureVector vector) {
        return weights.scores(vector);
    }

    /** Indices of the assigned categories, ascending. */
    public int[] decide(double[] scores) {
        if (decisionRule == DecisionRule.BEST_CATEGORY) {
            int best = 0;
            for (int k = 1; k < scores.length; k++) {
                if (scores[k] > scores[best]) {
                    best = k;
                }
            }
            return new int[] {best};
        }
        int count = 0;
        int[] chosen = new int[scores.length];
        for (int k = 0; k < scores.length; k++) {
            if (!weights.untrained(k) && scores[k] >= thresholds.get(k)) {
                chosen[count++] = k;
            }
        }
        return java.util.Arrays.copyOf(chosen, count);
    }

    /** The terms that contributed most to {@code category}'s score, strongest first. */
    public List<Evidence> evidence(FeatureVector vector, int category, int limit) {
        return List.of(weights.evidence(vector, new int[] {category}, limit, vocabulary)[0]);
    }

    public String id() {
        return info.id();
    }

    public ModelInfo info() {
        return info;
    }

    public FeatureConfig features() {
        return features;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The Tribuo model (read from model.tribuo on first use when the model was loaded). */
    public LinearSGDModel tribuoModel() {
        return tribuoModel.get();
    }

    /** The Tribuo model in its serialized form, as saved in model.tribuo. */
    ModelProto tribuoProto() {
        return tribuoProto.get();
    }

    ScoringWeights weights() {
        return weights;
    }

    public LabelThresholds thresholds() {
        return thresholds;
    }

    public DecisionRule decisionRule() {
        return decisionRule;
    }
}
