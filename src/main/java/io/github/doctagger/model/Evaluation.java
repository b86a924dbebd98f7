package io.github.doctagger.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Multi-label scores of predictions against the truth.
 *
 * <p>Micro-F1 pools all decisions; macro-F1 averages the per-category F1 over the categories
 * that occur in the truth or were wrongly predicted (a category absent from both has no F1).
 * Exact match is the share of documents whose predicted set equals the true set; on a
 * single-label corpus that is accuracy.
 *
 * @param documents  number of documents evaluated
 * @param categories per-category metrics, in taxonomy order
 */
public record Evaluation(int documents, List<CategoryMetrics> categories, double microPrecision,
                         double microRecall, double microF1, double macroF1, double exactMatch) {

    /** Scores {@code predicted} against {@code truth} (same order, same length). */
    public static Evaluation of(List<String> categoryIds, List<Set<String>> truth, List<Set<String>> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth and predictions differ in length");
        }
        List<CategoryMetrics> perCategory = new ArrayList<>();
        int tpAll = 0;
        int fpAll = 0;
        int fnAll = 0;
        for (String category : categoryIds) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < truth.size(); i++) {
                boolean isTrue = truth.get(i).contains(category);
                boolean isPredicted = predicted.get(i).contains(category);
                if (isTrue && isPredicted) {
                    tp++;
                } else if (isPredicted) {
                    fp++;
                } else if (isTrue) {
                    fn++;
                }
            }
            perCategory.add(new CategoryMetrics(category, tp + fn, tp, fp, fn));
            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
        }
        int exact = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (truth.get(i).equals(predicted.get(i))) {
                exact++;
            }
        }
        CategoryMetrics pooled = new CategoryMetrics("*", tpAll + fnAll, tpAll, fpAll, fnAll);
        double macro = perCategory.stream().filter(CategoryMetrics::counted)
                .mapToDouble(CategoryMetrics::f1).average().orElse(0.0);
        return new Evaluation(truth.size(), List.copyOf(perCategory), pooled.precision(), pooled.recall(),
                pooled.f1(), macro, truth.isEmpty() ? 0.0 : (double) exact / truth.size());
    }

    /** A fixed-width table: one row per category, then the averages. */
    public String toTable() {
        int width = Math.max(8, categories.stream().mapToInt(c -> c.category().length()).max().orElse(8));
        StringBuilder out = new StringBuilder();
        String rowFormat = "%-" + width + "s %9s %9s %9s %8s%n";
        out.append(String.format(java.util.Locale.ROOT, rowFormat, "category", "precision", "recall", "f1", "support"));
        for (CategoryMetrics c : categories) {
            out.append(String.format(java.util.Locale.ROOT, "%-" + width + "s %9.3f %9.3f %9.3f %8d%n",
                    c.category(), c.precision(), c.recall(), c.f1(), c.support()));
        }
        out.append(String.format(java.util.Locale.ROOT, "%-" + width + "s %9.3f %9.3f %9.3f %8d%n",
                "micro avg", microPrecision, microRecall, microF1, documents));
        out.append(String.format(java.util.Locale.ROOT, "%-" + width + "s %9s %9s %9.3f%n", "macro avg", "", "", macroF1));
        out.append(String.format(java.util.Locale.ROOT, "%-" + width + "s %9s %9s %9.3f%n", "exact match", "", "", exactMatch));
        return out.toString();
    }
}
