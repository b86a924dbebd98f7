package io.github.doctagger.model;

import io.github.doctagger.corpus.CorpusException;
import io.github.doctagger.corpus.LabelledCorpus;
import io.github.doctagger.corpus.Taxonomy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Training end to end, as the {@code train} command and an automatic first run do it: load and
 * validate the labelled corpus, read the seeds, train, and write the model directory.
 */
public final class TrainingRun {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    /** Seeds are documents like any other: the same size cap as classification. */
    public static final int MAX_SEED_BYTES = 4 << 20;

    private TrainingRun() {
    }

    /** What a finished training run wrote. */
    public record Outcome(TopicModel model, Path modelDir, Evaluation crossValidation, List<String> warnings) {
    }

    /**
     * Loads the corpus (categories from {@code categoriesFile} when it exists), trains and writes.
     *
     * @param modelDir  the model directory to write, or null to write {@code modelsDir/<model-id>}
     *                  and make it the current model
     * @param modelsDir where models live when {@code modelDir} is null
     */
    public static Outcome run(Path seeds, List<Path> labelFiles, Path categoriesFile, Path modelDir, Path modelsDir,
                              TrainingSettings settings, int threads, String tool)
            throws IOException, CorpusException {
        Taxonomy taxonomy = categoriesFile != null && Files.isRegularFile(categoriesFile) ? Taxonomy.read(categoriesFile) : null;
        LabelledCorpus corpus = LabelledCorpus.load(seeds, labelFiles, taxonomy);
        for (String warning : corpus.warnings()) {
            LOG.warn(warning);
        }
        LOG.info("training on {} documents in {} categories from {}", corpus.documents().size(),
                corpus.taxonomy().size(), seeds);
        List<LabelledCorpus.SeedText> texts = corpus.readTexts(MAX_SEED_BYTES);

        List<String> trainingData = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            trainingData.add(texts.get(i).sha256() + "  seeds/" + corpus.documents().get(i).id());
        }
        for (Path labelFile : labelFiles) {
            trainingData.add(ModelStore.sha256(labelFile) + "  labels/" + labelFile.getFileName());
        }
        if (taxonomy != null) {
            trainingData.add(ModelStore.sha256(categoriesFile) + "  labels/" + categoriesFile.getFileName());
        }
        String fingerprint = sha256(String.join("\n", trainingData));
        String id = "m-" + sha256(fingerprint + "\n" + Json.mapper().writeValueAsString(settings) + "\n" + tool).substring(0, 12);

        TopicTrainer trainer = new TopicTrainer(settings, threads);
        TopicTrainer.Result result = trainer.train(corpus, texts.stream().map(LabelledCorpus.SeedText::text).toList(),
                new ModelIdentity(id, tool, fingerprint));

        Path target = modelDir != null ? modelDir : modelsDir.resolve(id);
        ModelStore.write(result.model(), trainingData, target);
        if (modelDir == null) {
            ModelStore.makeCurrent(modelsDir, target);
        }
        return new Outcome(result.model(), target, result.crossValidation(), corpus.warnings());
    }

    static String sha256(String text) {
        var digest = io.github.doctagger.corpus.RawDocument.newSha256();
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
