package io.github.doctagger.model;

import java.util.SplittableRandom;

/**
 * L2-regularised, L2-loss linear SVM trained by dual coordinate descent (Hsieh et al., ICML 2008,
 * the algorithm behind LIBLINEAR's default solver), for one binary problem:
 * minimise ½‖w‖² + C Σ max(0, 1 − yᵢ(w·xᵢ + b))², with the bias b learnt as the weight of a
 * constant feature 1. It touches only the non-zero features of each document, so one pass costs
 * O(non-zeros), and it converges in a few dozen passes.
 */
final class LinearSvmSolver {
    private LinearSvmSolver() {
    }

    /**
     * @param positive  which rows are positive examples
     * @return weights of length {@code rows.features + 1}, the bias last
     */
    static double[] solve(SparseRows rows, boolean[] positive, double cost, int maxEpochs, double tolerance, long seed) {
        int n = rows.size();
        int bias = rows.features;
        double[] w = new double[rows.features + 1];
        double[] alpha = new double[n];
        double diagonal = 0.5 / cost;
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            double norm = 1.0;
            for (int p = rows.offsets[i]; p < rows.offsets[i + 1]; p++) {
                norm += rows.values[p] * rows.values[p];
            }
            q[i] = norm + diagonal;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int epoch = 0; epoch < maxEpochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            double maxGradient = Double.NEGATIVE_INFINITY;
            double minGradient = Double.POSITIVE_INFINITY;
            for (int s = 0; s < n; s++) {
                int i = order[s];
                double y = positive[i] ? 1.0 : -1.0;
                int start = rows.offsets[i];
                int end = rows.offsets[i + 1];
                double margin = w[bias];
                for (int p = start; p < end; p++) {
                    margin += w[rows.ids[p]] * rows.values[p];
                }
                double gradient = y * margin - 1.0 + diagonal * alpha[i];
                double projected = alpha[i] == 0 ? Math.min(gradient, 0) : gradient;
                maxGradient = Math.max(maxGradient, projected);
                minGradient = Math.min(minGradient, projected);
                if (projected == 0) {
                    continue;
                }
                double old = alpha[i];
                alpha[i] = Math.max(old - gradient / q[i], 0.0);
                double step = (alpha[i] - old) * y;
                if (step != 0) {
                    for (int p = start; p < end; p++) {
                        w[rows.ids[p]] += step * rows.values[p];
                    }
                    w[bias] += step;
                }
            }
            if (maxGradient - minGradient <= tolerance) {
                break;
            }
        }
        return w;
    }
}
