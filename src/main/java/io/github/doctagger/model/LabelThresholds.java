package io.github.doctagger.model;

import java.util.Arrays;

/**
 * One decision threshold per category, chosen on out-of-fold scores to maximise that category's
 * F1 ("SCut"). A category whose best F1 stays below {@link #MIN_USEFUL_F1} gets a threshold
 * above every score seen, so a hopeless category does not flood the reports with false tags.
 * A category with no positive example gets +∞ (never assigned).
 */
public final class LabelThresholds {
    /** Below this cross-validated F1 a threshold would mostly produce noise. */
    static final double MIN_USEFUL_F1 = 0.2;

    private final double[] thresholds;

    public LabelThresholds(double[] thresholds) {
        this.thresholds = thresholds.clone();
    }

    public double get(int category) {
        return thresholds[category];
    }

    public int size() {
        return thresholds.length;
    }

    public double[] toArray() {
        return thresholds.clone();
    }

    /**
     * Fits thresholds.
     *
     * @param scores   scores[document][category], out-of-fold
     * @param truth    truth[document][category]
     * @param included which documents to use (others are ignored), or null for all
     */
    public static LabelThresholds fit(double[][] scores, boolean[][] truth, boolean[] included) {
        int categories = scores.length == 0 ? 0 : scores[0].length;
        double[] thresholds = new double[categories];
        for (int k = 0; k < categories; k++) {
            thresholds[k] = fitOne(scores, truth, included, k);
        }
        return new LabelThresholds(thresholds);
    }

    private static double fitOne(double[][] scores, boolean[][] truth, boolean[] included, int k) {
        int n = 0;
        int positives = 0;
        for (int i = 0; i < scores.length; i++) {
            if (included == null || included[i]) {
                n++;
                if (truth[i][k]) {
                    positives++;
                }
            }
        }
        if (positives == 0) {
            return Double.POSITIVE_INFINITY;
        }
        // Sort (score, label) pairs by descending score; ties broken by putting negatives first,
        // so a cut never relies on the order of equal scores.
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        int j = 0;
        for (int i = 0; i < scores.length; i++) {
            if (included == null || included[i]) {
                s[j] = scores[i][k];
                y[j] = truth[i][k];
                j++;
            }
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(s[b], s[a]);
            return c != 0 ? c : Boolean.compare(y[a], y[b]);
        });
        int tp = 0;
        int predicted = 0;
        double bestF1 = -1;
        int bestCut = -1;
        for (int r = 0; r < n; r++) {
            predicted++;
            if (y[idx[r]]) {
                tp++;
            }
            boolean boundary = r == n - 1 || s[idx[r + 1]] < s[idx[r]];
            if (!boundary) {
                continue;
            }
            double f1 = 2.0 * tp / (predicted + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestCut = r;
            }
        }
        double top = s[idx[0]];
        if (bestF1 < MIN_USEFUL_F1) {
            return Math.nextUp(top);
        }
        double atCut = s[idx[bestCut]];
        if (bestCut == n - 1) {
            return atCut;
        }
        return (atCut + s[idx[bestCut + 1]]) / 2.0;
    }
}
