package io.github.doctagger.report;

import io.github.doctagger.model.DocumentClassifier;
import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.TopicModel;
import io.github.doctagger.model.TrainingRun;
import io.github.doctagger.model.TrainingSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A tiny generated corpus for the report tests: three topics (markets, sport, weather), a few
 * documents about two of them at once and a few about none, and the model trained on it.
 */
public final class ReportCorpus {
    public static final List<String> CATEGORIES = List.of("markets", "sport", "weather");
    private static final Map<String, List<String>> WORDS = Map.of(
            "markets", List.of("shares", "stocks", "investors", "index", "bond", "yields", "earnings", "traders", "dividend", "inflation"),
            "sport", List.of("match", "goal", "striker", "league", "coach", "season", "referee", "stadium", "champions", "penalty"),
            "weather", List.of("rain", "storm", "forecast", "wind", "temperatures", "flooding", "snow", "sunshine", "meteorologists", "gusts"));
    private static final List<String> FILLER = List.of("the", "on", "said", "after", "week", "city", "people", "officials",
            "report", "local", "new", "year", "while", "many", "some", "also", "its", "more", "today", "about");

    private ReportCorpus() {
    }

    /** Writes {@code seeds/}, {@code labels/seeds.csv} and {@code labels/categories.csv} under {@code dir}. */
    public static void write(Path dir, int perCategory, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder labels = new StringBuilder("document,labels\n");
        for (String topic : CATEGORIES) {
            for (int i = 0; i < perCategory; i++) {
                String document = topic + "/" + topic + "-" + i + ".txt";
                write(dir.resolve("seeds").resolve(document), text(random, topic));
                labels.append(document).append(',').append(topic).append('\n');
            }
        }
        for (int i = 0; i < perCategory / 3; i++) {
            write(dir.resolve("seeds/mixed/rained-off-" + i + ".txt"), text(random, "sport", "weather"));
            labels.append("mixed/rained-off-").append(i).append(".txt,sport;weather\n");
            write(dir.resolve("seeds/other/other-" + i + ".txt"), text(random));
            labels.append("other/other-").append(i).append(".txt,\n");
        }
        write(dir.resolve("labels/seeds.csv"), labels.toString());
        write(dir.resolve("labels/categories.csv"), "id,name,description\n"
                + "markets,Markets,Shares bonds and the economy\nsport,Sport,Games and athletes\nweather,Weather,Forecasts and storms\n");
    }

    /** About 60 words: the topics' words mixed with filler (no topic: filler only). */
    public static String text(Random random, String... topics) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            List<String> words = topics.length == 0 || random.nextInt(3) == 0 ? FILLER : WORDS.get(topics[random.nextInt(topics.length)]);
            text.append(i == 0 ? "" : i % 12 == 0 ? ".\n" : " ").append(words.get(random.nextInt(words.size())));
        }
        return text.append(".\n").toString();
    }

    /** Writes the corpus under {@code dir} and trains a model into {@code dir/model}. */
    public static TopicModel train(Path dir) throws Exception {
        write(dir, 15, 7);
        return TrainingRun.run(dir.resolve("seeds"), List.of(dir.resolve("labels/seeds.csv")),
                dir.resolve("labels/categories.csv"), dir.resolve("model"), dir.resolve("models"),
                TrainingSettings.defaults(), 2, "doctagger test").model();
    }

    /** Classifies {@code text} as document {@code name}. */
    public static DocumentResult classify(TopicModel model, String name, String text) throws IOException {
        return classify(new DocumentClassifier(model, DocumentClassifier.DEFAULT_MAX_BYTES), name, text);
    }

    private static DocumentResult classify(DocumentClassifier classifier, String name, String text) throws IOException {
        return (DocumentResult) classifier.classify(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A run summary for {@code results} as the batch runner would write it. */
    public static RunSummary summary(TopicModel model, Path runDir, Path input, List<DocumentResult> results, long errors) {
        RunCounts counts = RunCounts.forCategories(model.taxonomy().ids());
        for (DocumentResult r : results) {
            counts.seen++;
            counts.classified++;
            counts.bytes += r.bytes();
            counts.untagged += r.labels().isEmpty() ? 1 : 0;
            r.labels().forEach(l -> counts.categories.merge(l, 1L, Long::sum));
        }
        if (errors > 0) {
            counts.errors.put("empty", errors);
            counts.seen += errors;
        }
        return new RunSummary(runDir.getFileName().toString(), runDir.toString(), model.id(), model.info().createdAt(), 0.9,
                input.toString(), "doctagger classify --input " + input, "2026-11-26T10:00:00Z", "2026-11-26T10:00:02Z", 2.0,
                results.size() / 2.0, 0.01, 2, 1, false, counts, errors > 0 ? "finished-with-errors" : "ok");
    }

    /** Writes results.jsonl and results.csv for {@code results}, and errors.csv for {@code errorRows} ("document,detail"). */
    public static void writeRun(TopicModel model, Path runDir, List<DocumentResult> results, List<String[]> errorRows)
            throws IOException {
        OutcomeFormat format = new OutcomeFormat(model.taxonomy().ids());
        StringBuilder jsonl = new StringBuilder();
        StringBuilder csv = new StringBuilder(format.resultsCsvHeader());
        for (DocumentResult r : results) {
            jsonl.append(format.resultsJsonLine(r));
            csv.append(format.resultsCsvRow(r));
        }
        StringBuilder errors = new StringBuilder(format.errorsCsvHeader());
        for (String[] e : errorRows) {
            errors.append(format.errorsCsvRow(new io.github.doctagger.model.DocumentError(e[0],
                    io.github.doctagger.corpus.DocumentProblem.EMPTY, e[1], null, 0)));
        }
        write(runDir.resolve(RunReports.RESULTS_JSONL), jsonl.toString());
        write(runDir.resolve(RunReports.RESULTS_CSV), csv.toString());
        write(runDir.resolve(RunReports.ERRORS_CSV), errors.toString());
    }

    /** Results for {@code count} generated documents named {@code doc-00000.txt}, … */
    public static List<DocumentResult> generated(TopicModel model, int count, long seed) throws IOException {
        Random random = new Random(seed);
        DocumentClassifier classifier = new DocumentClassifier(model, DocumentClassifier.DEFAULT_MAX_BYTES);
        List<DocumentResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String topic = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            String text = random.nextInt(5) == 0 ? text(random) : text(random, topic);
            results.add(classify(classifier, String.format(java.util.Locale.ROOT, "doc-%05d.txt", i), text));
        }
        return results;
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
