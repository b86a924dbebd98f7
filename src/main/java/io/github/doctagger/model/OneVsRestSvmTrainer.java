package io.github.doctagger.model;

import com.google.protobuf.Any;
import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.Tribuo;
import org.tribuo.impl.ModelDataCarrier;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.util.NoopNormalizer;
import org.tribuo.multilabel.ImmutableMultiLabelInfo;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.sgd.linear.LinearSGDModel;
import org.tribuo.multilabel.sgd.protos.MultiLabelLinearSGDProto;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;
import org.tribuo.provenance.impl.TrainerProvenanceImpl;

/**
 * A Tribuo {@link Trainer} for multi-label text: one L2-regularised L2-loss linear SVM per label
 * ({@link LinearSvmSolver}), trained in parallel. It produces Tribuo's own multi-label
 * {@link LinearSGDModel} (one weight row per label, bias last), so the result is saved,
 * inspected ({@code getTopFeatures}), explained and exported to ONNX with Tribuo's tools;
 * its scores are SVM margins, positive meaning "label applies" before threshold tuning.
 *
 * <p>Why not Tribuo's SGD trainers: with AdaGrad they update a dense row per label for every
 * example and took ten minutes on Reuters-21578 here; dual coordinate descent takes seconds
 * and is more accurate on sparse TF-IDF data.
 */
public final class OneVsRestSvmTrainer implements Trainer<MultiLabel> {
    @Config(description = "Cost C of the SVM: larger fits the training data more closely.")
    private double cost = 1.0;

    @Config(description = "Maximum passes of dual coordinate descent over the data.")
    private int maxEpochs = 50;

    @Config(description = "Stop when the projected-gradient spread falls below this.")
    private double tolerance = 0.1;

    @Config(description = "Weights smaller than this in absolute value are set to zero after solving.")
    private double minWeight = 0.0;

    @Config(description = "Seed of the order in which examples are visited.")
    private long seed = Trainer.DEFAULT_SEED;

    private int threads = 1;
    private int invocationCount = 0;

    /** For OLCUT's configuration system. */
    private OneVsRestSvmTrainer() {
    }

    public OneVsRestSvmTrainer(double cost, int maxEpochs, double tolerance, double minWeight, long seed, int threads) {
        this.cost = cost;
        this.maxEpochs = maxEpochs;
        this.tolerance = tolerance;
        this.minWeight = minWeight;
        this.seed = seed;
        this.threads = Math.max(1, threads);
    }

    /**
     * Solves every label's problem on {@code rows}.
     *
     * @param positives positives[label][row]
     * @return weights[label][feature], bias last
     */
    double[][] solve(SparseRows rows, boolean[][] positives) {
        double[][] weights = new double[positives.length][];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "doctagger-svm");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<double[]>> work = new ArrayList<>();
            for (int k = 0; k < positives.length; k++) {
                final int label = k;
                work.add(pool.submit(() -> compact(LinearSvmSolver.solve(rows, positives[label], cost, maxEpochs, tolerance,
                        seed + label))));
            }
            for (int k = 0; k < positives.length; k++) {
                weights[k] = work.get(k).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return weights;
    }

    /**
     * Sets the weights below {@link #minWeight} to zero and rounds the rest to float precision
     * (bias included), in place. A linear SVM on TF-IDF gives most terms a tiny weight for most
     * labels; dropping them makes the scoring rows sparse, and float-exact weights let the
     * scorer keep them in half the memory while giving exactly the Tribuo model's scores.
     */
    private double[] compact(double[] weights) {
        for (int j = 0; j < weights.length; j++) {
            boolean bias = j == weights.length - 1;
            weights[j] = !bias && Math.abs(weights[j]) < minWeight ? 0.0 : (float) weights[j];
        }
        return weights;
    }

    @Override
    public Model<MultiLabel> train(Dataset<MultiLabel> dataset, Map<String, Provenance> runProvenance) {
        return train(dataset, runProvenance, INCREMENT_INVOCATION_COUNT);
    }

    @Override
    public LinearSGDModel train(Dataset<MultiLabel> dataset, Map<String, Provenance> runProvenance, int invocationCount) {
        return (LinearSGDModel) Model.deserialize(toProto(trainWeights(dataset, runProvenance, invocationCount)));
    }

    /** What training produces before it becomes a Tribuo model: weights[label][feature] (bias last) in the dataset's ids. */
    record Trained(double[][] weights, ImmutableFeatureMap featureMap, ImmutableMultiLabelInfo outputs,
                   ModelProvenance provenance) {
    }

    /** Trains on {@code dataset}, returning the weights with what the Tribuo model needs around them. */
    synchronized Trained trainWeights(Dataset<MultiLabel> dataset, Map<String, Provenance> runProvenance, int invocationCount) {
        if (invocationCount != INCREMENT_INVOCATION_COUNT) {
            this.invocationCount = invocationCount;
        }
        TrainerProvenance trainerProvenance = getProvenance();
        this.invocationCount++;
        ImmutableFeatureMap featureMap = dataset.getFeatureIDMap();
        ImmutableMultiLabelInfo outputs = (ImmutableMultiLabelInfo) dataset.getOutputIDInfo();
        boolean[][] positives = new boolean[outputs.size()][dataset.size()];
        double[][] weights = solve(rowsOf(dataset, featureMap, outputs, positives), positives);
        ModelProvenance provenance = new ModelProvenance(LinearSGDModel.class.getName(),
                OffsetDateTime.now(ZoneOffset.UTC), dataset.getProvenance(), trainerProvenance, runProvenance);
        return new Trained(weights, featureMap, outputs, provenance);
    }

    /** The dataset as compressed sparse rows in Tribuo's feature ids, filling {@code positives[label][row]}. */
    private static SparseRows rowsOf(Dataset<MultiLabel> dataset, ImmutableFeatureMap featureMap,
                                     ImmutableMultiLabelInfo outputs, boolean[][] positives) {
        int n = dataset.size();
        int[] offsets = new int[n + 1];
        int total = 0;
        for (Example<MultiLabel> example : dataset) {
            total += example.size();
        }
        int[] ids = new int[total];
        double[] values = new double[total];
        int at = 0;
        int row = 0;
        for (Example<MultiLabel> example : dataset) {
            for (Feature f : example) {
                int id = featureMap.getID(f.getName());
                if (id >= 0) {
                    ids[at] = id;
                    values[at] = f.getValue();
                    at++;
                }
            }
            for (String label : example.getOutput().getNameSet()) {
                positives[outputs.getID(label)][row] = true;
            }
            offsets[++row] = at;
        }
        return new SparseRows(offsets, java.util.Arrays.copyOf(ids, at), java.util.Arrays.copyOf(values, at), featureMap.size());
    }

    /**
     * Tribuo's multi-label linear model of {@code trained} in its serialized form (what
     * {@code Model.serializeToFile} writes and {@code Model.deserialize} reads; its constructor is
     * not public): margins, no normaliser, threshold 0. The weight rows are consumed (set to null)
     * as they are copied, to keep the peak low.
     */
    static ModelProto toProto(Trained trained) {
        double[][] weights = trained.weights();
        DenseMatrix matrix = new DenseMatrix(weights.length, weights.length == 0 ? 0 : weights[0].length);
        for (int k = 0; k < weights.length; k++) {
            double[] row = weights[k];
            for (int j = 0; j < row.length; j++) {
                if (row[j] != 0) {
                    matrix.set(k, j, row[j]);
                }
            }
            weights[k] = null;
        }
        org.tribuo.math.protos.ParametersProto parameters = new LinearParameters(matrix).serialize();
        matrix = null;
        ModelDataCarrier<MultiLabel> carrier = new ModelDataCarrier<>("doctagger-one-vs-rest-svm", trained.provenance(),
                trained.featureMap(), trained.outputs(), false, Tribuo.VERSION);
        MultiLabelLinearSGDProto data = MultiLabelLinearSGDProto.newBuilder()
                .setMetadata(carrier.serialize())
                .setParams(parameters)
                .setNormalizer(new NoopNormalizer().serialize())
                .setThreshold(0.0)
                .build();
        return ModelProto.newBuilder()
                .setVersion(LinearSGDModel.CURRENT_VERSION)
                .setClassName(LinearSGDModel.class.getName())
                .setSerializedData(Any.pack(data))
                .build();
    }

    @Override
    public int getInvocationCount() {
        return invocationCount;
    }

    @Override
    public void setInvocationCount(int invocationCount) {
        this.invocationCount = invocationCount;
    }

    @Override
    public TrainerProvenance getProvenance() {
        return new TrainerProvenanceImpl(this);
    }

    @Override
    public String toString() {
        return "OneVsRestSvmTrainer(cost=" + cost + ",maxEpochs=" + maxEpochs + ",tolerance=" + tolerance + ",minWeight="
                + minWeight + ",seed=" + seed + ")";
    }
}
