package io.github.doctagger.spark;

import io.github.doctagger.corpus.RawDocument;
import io.github.doctagger.model.ModelException;
import io.github.doctagger.model.ModelStore;
import io.github.doctagger.model.TopicModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A model directory as the bytes of its files: what the driver broadcasts. Executors rebuild the
 * model from these bytes through {@link ModelStore#read}, manifest check included, rather than
 * receiving a Java-serialised model whose format would tie them to the driver's class versions.
 *
 * @param source where the model was read from, for messages
 * @param digest SHA-256 of its manifest, which names the exact bytes of every file: the cache key
 * @param files  file name → content
 */
public record ModelBundle(String source, String digest, Map<String, byte[]> files) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Reads the model directory {@code dir} (a Hadoop path) on the driver. */
    public static ModelBundle read(String dir, Configuration hadoop) throws IOException, ModelException {
        Path root = new Path(dir);
        FileSystem fs = root.getFileSystem(hadoop);
        if (!fs.exists(new Path(root, ModelStore.MANIFEST_FILE))) {
            throw new ModelException("no model at " + dir + " (" + ModelStore.MANIFEST_FILE
                    + " not found; train one with: doctagger train --model DIR)");
        }
        List<String> names = new ArrayList<>(ModelStore.FILES);
        names.add(ModelStore.MANIFEST_FILE);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : names) {
            Path file = new Path(root, name);
            if (fs.exists(file)) {
                try (InputStream in = fs.open(file)) {
                    files.put(name, in.readAllBytes());
                }
            }
        }
        byte[] manifest = files.get(ModelStore.MANIFEST_FILE);
        return new ModelBundle(dir, HexFormat.of().formatHex(RawDocument.newSha256().digest(manifest)), files);
    }

    /** Writes the files to a temporary folder, loads and verifies the model, and removes the folder. */
    TopicModel load() throws ModelException {
        java.nio.file.Path dir = null;
        try {
            dir = Files.createTempDirectory("doctagger-model-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(dir.resolve(file.getKey()), file.getValue());
            }
            return ModelStore.read(dir);
        } catch (ModelException e) {
            // Name the model as the user gave it, not the temporary copy.
            throw new ModelException(e.getMessage().replace(dir.toString(), source), e);
        } catch (IOException e) {
            throw new ModelException("cannot unpack the model " + source + " into a temporary folder: " + e, e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(java.nio.file.Path dir) {
        if (dir == null) {
            return;
        }
        try {
            ModelStore.deleteTree(dir);
        } catch (IOException | RuntimeException e) {
            // A leftover temporary copy is harmless; the model has been read.
        }
    }
}
