package io.github.doctagger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.github.doctagger.Cli;
import io.github.doctagger.TestCorpus;
import io.github.doctagger.model.ModelStore;
import io.github.doctagger.model.TopicModel;
import io.github.doctagger.text.FeatureVector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctagger export}: the ONNX model, run in the ONNX Runtime, scores as doctagger does. */
class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void theOnnxModelGivesTheScoresOfResultsCsvFromTheFeatureVectorLaidOutByInputsTsv() throws Exception {
        TestCorpus.write(dir, 12, 21);
        Path model = dir.resolve("model");
        assertThat(Cli.run("train", "--seeds", dir.resolve("seeds").toString(), "--labels",
                dir.resolve("labels/seeds.csv").toString(), "--model", model.toString(), "--threads", "2").exit()).isZero();
        Path incoming = Files.createDirectories(dir.resolve("incoming"));
        Random random = new Random(4);
        List<String[]> topics = List.of(TestCorpus.border(), TestCorpus.cyber(), TestCorpus.sport());
        for (int i = 0; i < 6; i++) {
            Files.writeString(incoming.resolve("d" + i + ".txt"),
                    TestCorpus.text(random, topics.get(i % 3), i % 2 == 0 ? topics.get((i + 1) % 3) : null));
        }
        Path reports = dir.resolve("reports");
        assertThat(Cli.run("classify", "--model", model.toString(), "--input", incoming.toString(), "--reports",
                reports.toString()).exit()).isZero();

        Cli.Run export = Cli.run("export", "--model", model.toString(), "--onnx", dir.resolve("out/topics.onnx").toString());
        assertThat(export.exit()).as(export.err()).isEqualTo(ExitCode.OK);
        assertThat(export.out()).contains("topics.onnx (ONNX", "topics.inputs.tsv", "topics.outputs.tsv", "categories");

        Map<String, Integer> inputOfTerm = new HashMap<>();
        List<String> inputs = Files.readAllLines(dir.resolve("out/topics.inputs.tsv"), StandardCharsets.UTF_8);
        assertThat(inputs.get(0)).isEqualTo("input\tterm\tidf");
        for (String line : inputs.subList(1, inputs.size())) {
            String[] cells = line.split("\t");
            inputOfTerm.put(cells[1], Integer.parseInt(cells[0]));
        }
        List<String> outputs = Files.readAllLines(dir.resolve("out/topics.outputs.tsv"), StandardCharsets.UTF_8);
        assertThat(outputs.get(0)).isEqualTo("output\tcategory\tthreshold");
        String[] categoryOfOutput = new String[outputs.size() - 1];
        for (String line : outputs.subList(1, outputs.size())) {
            String[] cells = line.split("\t");
            categoryOfOutput[Integer.parseInt(cells[0])] = cells[1];
        }
        assertThat(categoryOfOutput).containsExactlyInAnyOrder("border-security", "cyber-security");

        List<String> rows = Files.readAllLines(reports.resolve("latest/results.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split(","));
        TopicModel topicModel = ModelStore.read(model);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(dir.resolve("out/topics.onnx").toString(), new OrtSession.SessionOptions())) {
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",");
                String text = Files.readString(incoming.resolve(cells[0]), StandardCharsets.UTF_8);
                FeatureVector vector = topicModel.newExtractor().extract(text);
                float[][] input = new float[1][inputOfTerm.size()];
                for (int i = 0; i < vector.size(); i++) {
                    input[0][inputOfTerm.get(topicModel.vocabulary().term(vector.id(i)))] = (float) vector.value(i);
                }
                try (OnnxTensor tensor = OnnxTensor.createTensor(env, input);
                     OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
                    float[] scores = ((float[][]) result.get(0).getValue())[0];
                    assertThat(scores).hasSize(categoryOfOutput.length);
                    for (int o = 0; o < scores.length; o++) {
                        double expected = Double.parseDouble(cells[header.indexOf("score:" + categoryOfOutput[o])]);
                        assertThat((double) scores[o]).as("%s, %s", cells[0], categoryOfOutput[o]).isCloseTo(expected, within(1e-5));
                    }
                }
            }
        }
    }

    @Test
    void aFolderAsTheOnnxFileIsAUsageErrorAndWritesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Cli.Run run = Cli.run("export", "--model", dir.resolve("absent").toString(), "--onnx", folder.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--onnx names the folder");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aMissingModelIsAnInputError() {
        Cli.Run run = Cli.run("export", "--model", dir.resolve("absent").toString(), "--onnx", dir.resolve("x.onnx").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("no model at");
        assertThat(dir.resolve("x.onnx")).doesNotExist();
    }
}
