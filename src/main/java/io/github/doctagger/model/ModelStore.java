package io.github.doctagger.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.doctagger.corpus.Category;
import io.github.doctagger.corpus.CorpusException;
import io.github.doctagger.corpus.Csv;
import io.github.doctagger.corpus.RawDocument;
import io.github.doctagger.corpus.Taxonomy;
import io.github.doctagger.text.FeatureConfig;
import io.github.doctagger.text.Vocabulary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.tribuo.Model;
import org.tribuo.multilabel.sgd.linear.LinearSGDModel;

/**
 * Reads and writes model directories. A model directory holds everything needed to classify
 * exactly as at training time:
 * <pre>
 *   model.tribuo        the Tribuo model, protobuf ({@code Model.serializeToFile})
 *   weights.bin         the same weights, feature-major and sparse, for fast loading and scoring
 *   features.json       the feature pipeline configuration (versioned)
 *   vocabulary.tsv      terms and document frequencies (IDF is derived from them)
 *   categories.csv      the taxonomy
 *   model.json          id, thresholds, decision rule, settings, metrics, fingerprint, tool, time
 *   training-data.sha256  SHA-256 of every seed and label file (sha256sum format)
 *   MANIFEST.sha256     SHA-256 of every file above, checked on load
 * </pre>
 * It is written into a temporary sibling folder and renamed into place, so a crash never
 * leaves a half-written model where a model is expected.
 */
public final class ModelStore {
    public static final String TRIBUO_FILE = "model.tribuo";
    public static final String FEATURES_FILE = "features.json";
    public static final String VOCABULARY_FILE = "vocabulary.tsv";
    public static final String CATEGORIES_FILE = "categories.csv";
    public static final String INFO_FILE = "model.json";
    public static final String TRAINING_DATA_FILE = "training-data.sha256";
    public static final String WEIGHTS_FILE = "weights.bin";
    public static final String MANIFEST_FILE = "MANIFEST.sha256";
    /** The files the manifest covers, in manifest order; with it, they are the whole model. */
    public static final List<String> FILES = List.of(TRIBUO_FILE, WEIGHTS_FILE, FEATURES_FILE, VOCABULARY_FILE,
            CATEGORIES_FILE, INFO_FILE, TRAINING_DATA_FILE);
    /** Name of the link, inside a models folder, that names the default model. */
    public static final String CURRENT_LINK = "current";

    private ModelStore() {
    }

    /**
     * Writes {@code model} to {@code target} atomically, replacing what is there.
     *
     * @param trainingData lines of {@code sha256  path} for every training file
     */
    public static void write(TopicModel model, List<String> trainingData, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = parent.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        Files.createDirectory(temporary);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary.resolve(TRIBUO_FILE)))) {
                model.tribuoProto().writeTo(out); // what Tribuo's Model.serializeToFile writes
            }
            model.weights().write(temporary.resolve(WEIGHTS_FILE));
            Files.writeString(temporary.resolve(FEATURES_FILE), Json.mapper().writeValueAsString(model.features()) + "\n");
            model.vocabulary().write(temporary.resolve(VOCABULARY_FILE));
            writeCategories(model.taxonomy(), temporary.resolve(CATEGORIES_FILE));
            Files.writeString(temporary.resolve(INFO_FILE), Json.mapper().writeValueAsString(model.info()) + "\n");
            Files.write(temporary.resolve(TRAINING_DATA_FILE), trainingData, StandardCharsets.UTF_8);
            writeManifest(temporary);
            syncAll(temporary);
            replace(temporary, target);
        } finally {
            deleteTree(temporary);
        }
    }

    /** Points {@code modelsDir/current} at {@code modelDir} (a sibling), atomically. */
    public static void makeCurrent(Path modelsDir, Path modelDir) throws IOException {
        switchLink(modelsDir.resolve(CURRENT_LINK), modelDir.getFileName());
    }

    /** Replaces the symbolic link {@code link} so it points at {@code target}, atomically. */
    public static void switchLink(Path link, Path target) throws IOException {
        Path temporary = link.resolveSibling("." + link.getFileName() + ".tmp-" + UUID.randomUUID());
        Files.createSymbolicLink(temporary, target);
        try {
            Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Loads and verifies a model directory. */
    public static TopicModel read(Path dir) throws ModelException {
        if (!Files.isDirectory(dir)) {
            throw new ModelException("no model at " + dir + " (train one with: doctagger train --model " + dir + ")");
        }
        try {
            Map<String, String> manifest = readManifest(dir);
            // The files' SHA-256 (~7 MB for a 90-category model) is computed beside parsing them, on a
            // second core; a mismatch is still the error reported, whatever parsing the file did.
            FutureTask<Void> verification = new FutureTask<>(() -> {
                for (String name : manifest.keySet()) {
                    if (!name.equals(TRIBUO_FILE)) {
                        verify(dir, manifest, name);
                    }
                }
                return null;
            });
            Thread verifier = new Thread(verification, "doctagger-verify-model");
            verifier.setDaemon(true);
            verifier.start();
            try {
                return load(dir, manifest);
            } finally {
                awaitVerification(verification);
            }
        } catch (NoSuchFileException e) {
            throw new ModelException(dir + " is not a complete model directory: " + e.getFile() + " is missing; retrain the model", e);
        } catch (JsonProcessingException e) {
            throw new ModelException(dir + ": unreadable model metadata: " + e.getOriginalMessage() + "; retrain the model", e);
        } catch (IOException | CorpusException | RuntimeException e) {
            throw new ModelException(dir + ": the model is corrupt or unreadable (" + e.getMessage() + "); retrain the model", e);
        }
    }

    private static void awaitVerification(FutureTask<Void> verification) throws IOException, ModelException {
        try {
            verification.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while verifying the model", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelException problem) {
                throw problem;
            }
            if (e.getCause() instanceof IOException problem) {
                throw problem;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The model's parts, read from {@code dir}; its files are checked against the manifest elsewhere. */
    private static TopicModel load(Path dir, Map<String, String> manifest) throws IOException, ModelException, CorpusException {
        ModelInfo info = Json.mapper().readValue(dir.resolve(INFO_FILE).toFile(), ModelInfo.class);
        if (info.format() != ModelInfo.CURRENT_FORMAT) {
            throw new ModelException(dir + ": model format " + info.format() + " is not supported by this doctagger "
                    + "(it reads format " + ModelInfo.CURRENT_FORMAT + "); retrain the model");
        }
        FeatureConfig features = Json.mapper().readValue(dir.resolve(FEATURES_FILE).toFile(), FeatureConfig.class);
        Vocabulary vocabulary = Vocabulary.read(dir.resolve(VOCABULARY_FILE));
        Taxonomy taxonomy = Taxonomy.read(dir.resolve(CATEGORIES_FILE));
        if (!Files.isRegularFile(dir.resolve(TRIBUO_FILE))) {
            throw new ModelException(dir + " is not a complete model directory: " + TRIBUO_FILE + " is missing; retrain the model");
        }
        if (!manifest.containsKey(TRIBUO_FILE) || !manifest.containsKey(WEIGHTS_FILE)) {
            throw new ModelException(dir + " is not a complete model directory: " + MANIFEST_FILE
                    + " does not list " + TRIBUO_FILE + " and " + WEIGHTS_FILE + "; retrain the model");
        }
        ScoringWeights weights = ScoringWeights.read(dir.resolve(WEIGHTS_FILE), taxonomy.size(), vocabulary.size());
        double[] thresholds = new double[taxonomy.size()];
        for (int k = 0; k < taxonomy.size(); k++) {
            Double t = info.thresholds().get(taxonomy.ids().get(k));
            thresholds[k] = t == null ? Double.POSITIVE_INFINITY : t;
        }
        return new TopicModel(info, features, vocabulary, taxonomy, () -> readTribuo(dir, manifest), weights,
                new LabelThresholds(thresholds), DecisionRule.fromCode(info.decision()));
    }

    private static void writeCategories(Taxonomy taxonomy, Path file) throws IOException {
        StringBuilder out = new StringBuilder("id,name,description\r\n");
        for (Category c : taxonomy.categories()) {
            out.append(Csv.quote(c.id())).append(',').append(Csv.quote(c.name())).append(',')
                    .append(Csv.quote(c.description())).append("\r\n");
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static void writeManifest(Path dir) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : fileHashes(dir).entrySet()) {
            out.append(e.getValue()).append("  ").append(e.getKey()).append('\n');
        }
        Files.writeString(dir.resolve(MANIFEST_FILE), out, StandardCharsets.UTF_8);
    }

    /** The Tribuo model, checked against the manifest; read only when someone asks for it. */
    private static LinearSGDModel readTribuo(Path dir, Map<String, String> manifest) {
        try {
            verify(dir, manifest, TRIBUO_FILE);
            Model<?> tribuo = Model.deserializeFromFile(dir.resolve(TRIBUO_FILE));
            if (!(tribuo instanceof LinearSGDModel linear)) {
                throw new ModelException(dir + ": " + TRIBUO_FILE + " holds a " + tribuo.getClass().getSimpleName()
                        + ", not a multi-label linear model");
            }
            return linear;
        } catch (IOException | ModelException | RuntimeException e) {
            throw new IllegalStateException(dir + ": " + TRIBUO_FILE + " is corrupt or unreadable (" + e.getMessage()
                    + "); retrain the model", e);
        }
    }

    private static Map<String, String> readManifest(Path dir) throws IOException, ModelException {
        Path manifest = dir.resolve(MANIFEST_FILE);
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            int split = line.indexOf("  ");
            if (split < 0) {
                throw new ModelException(manifest + ": malformed line '" + line + "'; retrain the model");
            }
            expected.put(line.substring(split + 2), line.substring(0, split));
        }
        return expected;
    }

    private static void verify(Path dir, Map<String, String> manifest, String name) throws IOException, ModelException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            throw new ModelException(dir + " is not a complete model directory: " + name + " is missing; retrain the model");
        }
        if (!sha256(file).equals(manifest.get(name))) {
            throw new ModelException(dir + ": " + name + " is corrupt (its SHA-256 does not match " + MANIFEST_FILE
                    + "); retrain the model or restore it from a backup");
        }
    }

    private static Map<String, String> fileHashes(Path dir) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String name : FILES) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                hashes.put(name, sha256(file));
            }
        }
        return hashes;
    }

    /** Lower-case hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws IOException {
        var digest = RawDocument.newSha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void replace(Path temporary, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + temporary + " to " + target + " atomically", e);
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void syncAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
    }

    /** Deletes a folder and everything below it (links are removed, not followed); missing is fine. */
    public static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            PathUtils.delete(dir);
        }
    }
}
