package io.github.doctagger.model;

import io.github.doctagger.corpus.CorpusException;
import io.github.doctagger.corpus.LabelledCorpus;
import io.github.doctagger.corpus.LabelledDocument;
import io.github.doctagger.corpus.Taxonomy;
import io.github.doctagger.text.FeatureExtractor;
import io.github.doctagger.text.FeatureVector;
import io.github.doctagger.text.Vocabulary;
import io.github.doctagger.text.VocabularyBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribuo.ImmutableDataset;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableOutputInfo;
import org.tribuo.RealInfo;
import org.tribuo.Trainer;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.MultiLabelFactory;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link TopicModel}: builds the vocabulary, turns every seed into a TF-IDF vector once,
 * trains one Tribuo multi-label linear model per cross-validation fold (in parallel) to get
 * out-of-fold scores, fits per-category thresholds on them, and trains the final model on all
 * documents.
 */
public final class TopicTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(TopicTrainer.class);
    private static final MultiLabelFactory FACTORY = new MultiLabelFactory();

    private final TrainingSettings settings;
    private final int threads;

    public TopicTrainer(TrainingSettings settings, int threads) {
        this.settings = settings;
        this.threads = Math.max(1, threads);
    }

    /** What training produced: the model and its cross-validated metrics. */
    public record Result(TopicModel model, Evaluation crossValidation) {
    }

    /**
     * Trains on {@code texts}, which are the decoded texts of {@code corpus.documents()} in order.
     *
     * @param identity how the model will be identified and described (id, fingerprint, times)
     */
    public Result train(LabelledCorpus corpus, List<String> texts, ModelIdentity identity) throws CorpusException {
        long start = System.nanoTime();
        List<LabelledDocument> documents = corpus.documents();
        if (documents.size() < settings.folds()) {
            throw new CorpusException(List.of("not enough training data: " + documents.size()
                    + " documents for " + settings.folds() + "-fold cross-validation; add seeds or lower --folds"));
        }
        Taxonomy taxonomy = corpus.taxonomy();
        List<String> categoryIds = taxonomy.ids();
        DecisionRule rule = decisionRule(corpus);

        Vocabulary vocabulary = new VocabularyBuilder(settings.features()).build(texts);
        LOG.info("vocabulary: {} terms from {} documents", vocabulary.size(), documents.size());
        FeatureExtractor extractor = new FeatureExtractor(settings.features(), vocabulary);
        List<FeatureVector> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(extractor.extract(text).copy());
        }
        boolean[][] truth = new boolean[documents.size()][categoryIds.size()];
        for (int i = 0; i < documents.size(); i++) {
            for (int k = 0; k < categoryIds.size(); k++) {
                truth[i][k] = documents.get(i).labels().contains(categoryIds.get(k));
            }
        }

        int[] fold = assignFolds(documents.size());
        double[][] outOfFold = new double[documents.size()][];
        for (int f = 0; f < settings.folds(); f++) {
            int[] trainRows = rowsWhere(fold, f, false);
            boolean[][] positives = positives(truth, trainRows, categoryIds.size());
            double[][] weights = settings.trainer(f + 1, threads).solve(
                    SparseRows.of(vectors, trainRows, vocabulary.size()), positives);
            for (int i : rowsWhere(fold, f, true)) {
                outOfFold[i] = margins(weights, vectors.get(i), vocabulary.size());
            }
            LOG.info("cross-validation fold {}/{} done", f + 1, settings.folds());
        }
        OneVsRestSvmTrainer.Trained trained = settings.trainer(0, threads)
                .trainWeights(tribuoDataset(vocabulary, vectors, documents), Map.of(), Trainer.INCREMENT_INVOCATION_COUNT);
        ScoringWeights scoring = ScoringWeights.of(trained, vocabulary, taxonomy);
        ModelProto tribuo = OneVsRestSvmTrainer.toProto(trained);

        LabelThresholds thresholds = LabelThresholds.fit(outOfFold, truth, null);
        Evaluation crossValidation = crossValidate(outOfFold, truth, fold, categoryIds, rule);
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, Integer> perCategory = new LinkedHashMap<>();
        Map<String, Double> thresholdMap = new LinkedHashMap<>();
        for (int k = 0; k < categoryIds.size(); k++) {
            int count = 0;
            for (boolean[] row : truth) {
                count += row[k] ? 1 : 0;
            }
            perCategory.put(categoryIds.get(k), count);
            double t = thresholds.get(k);
            thresholdMap.put(categoryIds.get(k), Double.isInfinite(t) ? null : t);
        }
        ModelInfo info = new ModelInfo(ModelInfo.CURRENT_FORMAT, identity.id(), identity.tool(),
                OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(), settings, rule.code(),
                documents.size(), perCategory, thresholdMap, identity.fingerprint(), Math.round(seconds * 100) / 100.0,
                crossValidation);
        TopicModel model = new TopicModel(info, settings.features(), vocabulary, taxonomy, tribuo, scoring, thresholds, rule);
        return new Result(model, crossValidation);
    }

    private DecisionRule decisionRule(LabelledCorpus corpus) {
        if (!settings.decision().equals("auto")) {
            return DecisionRule.fromCode(settings.decision());
        }
        return corpus.singleLabel() && corpus.taxonomy().size() > 1 ? DecisionRule.BEST_CATEGORY : DecisionRule.THRESHOLDS;
    }

    /** Fold of each document: a seeded shuffle dealt round-robin, so folds differ by at most one. */
    private int[] assignFolds(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        int[] fold = new int[n];
        for (int position = 0; position < n; position++) {
            fold[order[position]] = position % settings.folds();
        }
        return fold;
    }

    /**
     * Metrics a user can trust: each fold's documents are decided with thresholds fitted on the
     * other folds' out-of-fold scores only, so no document helps choose its own threshold.
     */
    private static Evaluation crossValidate(double[][] outOfFold, boolean[][] truth, int[] fold,
                                            List<String> categoryIds, DecisionRule rule) {
        int folds = 0;
        for (int f : fold) {
            folds = Math.max(folds, f + 1);
        }
        List<Set<String>> truthSets = new ArrayList<>();
        List<Set<String>> predicted = new ArrayList<>();
        for (int i = 0; i < outOfFold.length; i++) {
            truthSets.add(null);
            predicted.add(null);
        }
        for (int f = 0; f < folds; f++) {
            boolean[] others = new boolean[fold.length];
            for (int i = 0; i < fold.length; i++) {
                others[i] = fold[i] != f;
            }
            LabelThresholds thresholds = LabelThresholds.fit(outOfFold, truth, others);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != f) {
                    continue;
                }
                Set<String> t = new HashSet<>();
                Set<String> p = new HashSet<>();
                int best = 0;
                for (int k = 0; k < categoryIds.size(); k++) {
                    if (truth[i][k]) {
                        t.add(categoryIds.get(k));
                    }
                    if (rule == DecisionRule.THRESHOLDS && outOfFold[i][k] >= thresholds.get(k)) {
                        p.add(categoryIds.get(k));
                    }
                    if (outOfFold[i][k] > outOfFold[i][best]) {
                        best = k;
                    }
                }
                if (rule == DecisionRule.BEST_CATEGORY) {
                    p.add(categoryIds.get(best));
                }
                truthSets.set(i, t);
                predicted.set(i, p);
            }
        }
        return Evaluation.of(categoryIds, truthSets, predicted);
    }

    private static int[] rowsWhere(int[] fold, int f, boolean inFold) {
        return java.util.stream.IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == inFold).toArray();
    }

    private static boolean[][] positives(boolean[][] truth, int[] rows, int categories) {
        boolean[][] positives = new boolean[categories][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int k = 0; k < categories; k++) {
                positives[k][r] = truth[rows[r]][k];
            }
        }
        return positives;
    }

    /** SVM margins of one document under weights[label][feature] (bias last). */
    private static double[] margins(double[][] weights, FeatureVector v, int bias) {
        double[] margins = new double[weights.length];
        for (int k = 0; k < weights.length; k++) {
            double m = weights[k][bias];
            for (int i = 0; i < v.size(); i++) {
                m += weights[k][v.id(i)] * v.value(i);
            }
            margins[k] = m;
        }
        return margins;
    }

    /**
     * The training documents as a Tribuo dataset, features named by their terms. Its feature map
     * is built here with each term's count, range, mean and spread: a dataset that builds its own
     * keeps a histogram of every value of every rare feature (CategoricalInfo), 70 MB on
     * Reuters-21578 that the model would carry into model.tribuo.
     */
    private static ImmutableDataset<MultiLabel> tribuoDataset(Vocabulary vocabulary, List<FeatureVector> vectors,
                                                              List<LabelledDocument> documents) {
        int n = vocabulary.size();
        int[] count = new int[n];
        double[] min = new double[n];
        double[] max = new double[n];
        double[] mean = new double[n];
        double[] sumSquares = new double[n];
        MutableOutputInfo<MultiLabel> outputs = FACTORY.generateInfo();
        List<org.tribuo.Example<MultiLabel>> examples = new ArrayList<>(vectors.size());
        for (int row = 0; row < vectors.size(); row++) {
            FeatureVector v = vectors.get(row);
            String[] names = new String[v.size()];
            double[] values = new double[v.size()];
            for (int i = 0; i < v.size(); i++) {
                int id = v.id(i);
                double x = v.value(i);
                names[i] = vocabulary.term(id);
                values[i] = x;
                // Welford's running mean and sum of squared deviations, as Tribuo's RealInfo keeps them.
                if (count[id]++ == 0) {
                    min[id] = x;
                    max[id] = x;
                } else {
                    min[id] = Math.min(min[id], x);
                    max[id] = Math.max(max[id], x);
                }
                double delta = x - mean[id];
                mean[id] += delta / count[id];
                sumSquares[id] += delta * (x - mean[id]);
            }
            Set<Label> labels = new HashSet<>();
            for (String id : documents.get(row).labels()) {
                labels.add(new Label(id));
            }
            MultiLabel output = new MultiLabel(labels);
            outputs.observe(output);
            examples.add(new ArrayExample<>(output, names, values));
        }
        List<VariableInfo> features = new ArrayList<>();
        for (int id = 0; id < n; id++) {
            if (count[id] > 0) {
                // Clamped: rounding can put a running mean an ulp outside the range, which RealInfo refuses.
                double clampedMean = Math.max(min[id], Math.min(max[id], mean[id]));
                features.add(new RealInfo(vocabulary.term(id), count[id], max[id], min[id], clampedMean,
                        Math.max(0, sumSquares[id])));
            }
        }
        SimpleDataSourceProvenance provenance = new SimpleDataSourceProvenance("doctagger seeds",
                OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), FACTORY);
        return new ImmutableDataset<>(examples, provenance, FACTORY, new ImmutableFeatureMap(features),
                outputs.generateImmutableOutputInfo(), false);
    }
}
