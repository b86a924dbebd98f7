package io.github.doctagger.model;

import io.github.doctagger.text.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.sgd.linear.LinearSGDModel;

/**
 * A model's linear layer as an ONNX model (Tribuo's export of its {@code LinearSGDModel}), with
 * the two tables that make it usable outside doctagger: which term each input column is (and its
 * IDF), and which category each output column is (and its threshold).
 *
 * <p>The ONNX model maps a float matrix [documents × features] to raw scores [documents ×
 * categories]: the same scores doctagger computes, given the same feature vector (sublinear TF ×
 * IDF of the terms and bigrams, the headline counted {@code headlineWeight} times, L2-normalised;
 * see features.json). A category applies when its score reaches its threshold.
 */
public final class OnnxExport {
    /** The ONNX model's domain, as Tribuo writes it into the file. */
    public static final String DOMAIN = "io.github.doctagger";

    private OnnxExport() {
    }

    /** The files an export to {@code onnxFile} writes: the model, its inputs table, its outputs table. */
    public record Exported(Path onnx, Path inputs, Path outputs) {
        static Exported of(Path onnxFile) {
            String name = onnxFile.getFileName().toString();
            String base = name.endsWith(".onnx") ? name.substring(0, name.length() - ".onnx".length()) : name;
            return new Exported(onnxFile, onnxFile.resolveSibling(base + ".inputs.tsv"),
                    onnxFile.resolveSibling(base + ".outputs.tsv"));
        }
    }

    /** Writes {@code model} to {@code onnxFile} and its two tables next to it (each file replaced whole). */
    public static Exported write(TopicModel model, Path onnxFile) throws IOException {
        Exported files = Exported.of(onnxFile.toAbsolutePath());
        Files.createDirectories(files.onnx().getParent());
        LinearSGDModel tribuo = model.tribuoModel();
        replace(files.onnx(), file -> tribuo.saveONNXModel(DOMAIN, 1, file));
        String inputs = inputs(tribuo.getFeatureIDMap(), model.vocabulary());
        replace(files.inputs(), file -> Files.writeString(file, inputs, StandardCharsets.UTF_8));
        String outputs = outputs(tribuo.getOutputIDInfo(), model);
        replace(files.outputs(), file -> Files.writeString(file, outputs, StandardCharsets.UTF_8));
        return files;
    }

    /** Writes {@code file} through a temporary sibling renamed over it; the temporary never stays behind. */
    private static void replace(Path file, FileWriter writer) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            writer.write(temporary);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @FunctionalInterface
    private interface FileWriter {
        void write(Path file) throws IOException;
    }

    private static String inputs(ImmutableFeatureMap features, Vocabulary vocabulary) {
        StringBuilder out = new StringBuilder("input\tterm\tidf\n");
        for (int i = 0; i < features.size(); i++) {
            String term = features.get(i).getName();
            int id = vocabulary.id(Vocabulary.key(term));
            if (id < 0) {
                throw new IllegalStateException("the Tribuo model's feature '" + term + "' is not in the vocabulary");
            }
            out.append(i).append('\t').append(term).append('\t').append(vocabulary.idf(id)).append('\n');
        }
        return out.toString();
    }

    private static String outputs(ImmutableOutputInfo<MultiLabel> domain, TopicModel model) {
        List<String> ids = model.taxonomy().ids();
        StringBuilder out = new StringBuilder("output\tcategory\tthreshold\n");
        for (int i = 0; i < domain.size(); i++) {
            String category = domain.getOutput(i).getLabelString();
            int k = ids.indexOf(category);
            if (k < 0) {
                throw new IllegalStateException("the Tribuo model's output '" + category + "' is not in the taxonomy");
            }
            double threshold = model.thresholds().get(k);
            out.append(i).append('\t').append(category).append('\t')
                    .append(Double.isInfinite(threshold) ? "never" : Double.toString(threshold)).append('\n');
        }
        return out.toString();
    }
}
