package io.github.doctagger.model;

import io.github.doctagger.corpus.LabelledCorpus;
import io.github.doctagger.corpus.LabelledDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

/** Classifies a labelled corpus with a model and scores the predictions. */
public final class EvaluationRun {
    private EvaluationRun() {
    }

    /** One evaluated document: the truth and what the model said. */
    public record Judged(LabelledDocument document, DocumentOutcome outcome) {
        public Set<String> predicted() {
            return outcome instanceof DocumentResult r ? new LinkedHashSet<>(r.labels()) : Set.of();
        }
    }

    /** All judged documents (corpus order) and the metrics over the model's categories. */
    public record Result(List<Judged> documents, Evaluation evaluation) {
    }

    public static Result run(TopicModel model, LabelledCorpus corpus, int threads) {
        List<LabelledDocument> documents = corpus.documents();
        ThreadLocal<DocumentClassifier> classifiers = ThreadLocal.withInitial(
                () -> new DocumentClassifier(model, DocumentClassifier.DEFAULT_MAX_BYTES));
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        List<Judged> judged;
        try {
            judged = pool.submit(() -> documents.parallelStream().map(d -> {
                try (InputStream in = Files.newInputStream(d.file())) {
                    return new Judged(d, classifiers.get().classify(d.id(), in));
                } catch (IOException e) {
                    throw new UncheckedIOException(d.file() + ": " + e.getMessage(), e);
                }
            }).toList()).join();
        } finally {
            pool.shutdown();
        }
        List<Set<String>> truth = new ArrayList<>();
        List<Set<String>> predicted = new ArrayList<>();
        for (Judged j : judged) {
            truth.add(j.document().labels());
            predicted.add(j.predicted());
        }
        return new Result(judged, Evaluation.of(model.taxonomy().ids(), truth, predicted));
    }
}
