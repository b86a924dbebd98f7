package io.github.doctagger.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.doctagger.cli.DocTagger;
import io.github.doctagger.cli.ExitCode;
import io.github.doctagger.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Runs {@code classify --engine spark} in {@code local[2]} and the local engine on the same folder,
 * bad files included, with a model trained here from a generated corpus: the Spark reports must
 * say what the local ones say.
 */
class SparkClassifyJobTest {
    private static final Map<String, List<String>> TOPICS = Map.of(
            "markets", List.of("shares", "index", "traders", "bonds", "dividend", "earnings", "stock", "yield"),
            "weather", List.of("rain", "storm", "forecast", "wind", "snow", "temperature", "flood", "cloud"),
            "sport", List.of("match", "goal", "league", "coach", "striker", "season", "cup", "referee"));
    private static final List<String> COMMON = List.of("the", "on", "said", "today", "report", "city", "after", "new");
    private static final String MAX_BYTES = "4096";

    @TempDir
    static Path temp;
    private static Path model;
    private static Path input;
    private static Path localRun;
    private static Path sparkRun;

    @BeforeAll
    static void classifyTheSameFolderWithBothEngines() throws IOException {
        model = trainModel(temp.resolve("training"));
        input = incomingFolder(temp.resolve("incoming"));
        Path localReports = temp.resolve("local-reports");
        assertThat(run("classify", "--model", model.toString(), "--input", input.toString(), "--reports",
                localReports.toString(), "--threads", "2", "--max-bytes", MAX_BYTES, "--quiet"))
                .isEqualTo(ExitCode.PARTIAL);
        localRun = localReports.resolve("latest");
        Path sparkReports = temp.resolve("spark-reports");
        assertThat(run("classify", "--engine", "spark", "--master", "local[2]", "--model", model.toString(),
                "--input", input.toString(), "--reports", sparkReports.toString(), "--max-bytes", MAX_BYTES, "--quiet"))
                .isEqualTo(ExitCode.PARTIAL);
        try (Stream<Path> runs = Files.list(sparkReports)) {
            sparkRun = runs.findFirst().orElseThrow();
        }
    }

    @Test
    void givesEveryDocumentTheLabelsAndScoresOfTheLocalEngine() throws IOException {
        Map<String, JsonNode> local = byDocument(Files.readAllLines(localRun.resolve("results.jsonl")));
        Map<String, JsonNode> spark = byDocument(sparkResultLines());

        assertThat(spark.keySet()).containsExactlyElementsOf(local.keySet());
        assertThat(local).containsKeys("nested/deeper/wire.txt", ".hidden-note.txt", "_underscore.txt", "legacy-1252.txt",
                "long-story.txt", "Caf\u00e9 report 7.txt");
        for (Map.Entry<String, JsonNode> entry : local.entrySet()) {
            JsonNode expected = entry.getValue();
            JsonNode actual = spark.get(entry.getKey());
            assertThat(labels(actual)).as(entry.getKey()).isEqualTo(labels(expected));
            for (Iterator<Map.Entry<String, JsonNode>> scores = expected.get("scores").fields(); scores.hasNext(); ) {
                Map.Entry<String, JsonNode> score = scores.next();
                assertThat(actual.get("scores").get(score.getKey()).asDouble()).as(entry.getKey() + " " + score.getKey())
                        .isCloseTo(score.getValue().asDouble(), within(1e-6)); // one unit of the 6th decimal
            }
            for (String field : List.of("sha256", "bytes", "charset", "truncated", "model")) {
                assertThat(actual.get(field)).as(entry.getKey() + " " + field).isEqualTo(expected.get(field));
            }
        }
        assertThat(local.get("legacy-1252.txt").get("charset").asText()).isEqualTo("windows-1252");
        assertThat(local.get("long-story.txt").get("truncated").asBoolean()).isTrue();
    }

    @Test
    void writesResultsJsonlLineForLineAsTheLocalEngineInDocumentOrder() throws IOException {
        assertThat(sparkResultLines()).containsExactlyElementsOf(Files.readAllLines(localRun.resolve("results.jsonl")));
    }

    @Test
    void writesTheErrorRowsOfTheLocalEngine() throws IOException {
        String errors = Files.readString(sparkRun.resolve("errors.csv"));
        assertThat(errors).isEqualTo(Files.readString(localRun.resolve("errors.csv")));
        assertThat(errors).contains("empty.txt,empty,", "blank.txt,empty,", "image.bin,binary,", "nested/zeros.dat,binary,");
    }

    @Test
    void summarisesTheRunAsTheLocalEngineDoes() throws IOException {
        JsonNode local = Json.mapper().readTree(localRun.resolve("run.json").toFile()).get("counts");
        JsonNode spark = Json.mapper().readTree(sparkRun.resolve("run.json").toFile()).get("counts");
        assertThat(spark).isEqualTo(local);
        assertThat(spark.get("errors").get("binary").asLong()).isEqualTo(2);
    }

    @Test
    void writesResultsParquetWithTheFieldsOfResultsJsonl() throws IOException {
        Map<String, JsonNode> json = byDocument(sparkResultLines());
        SparkSession spark = SparkSession.builder().master("local[1]").appName("test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            // Part by part: Spark reads a folder's files in an order of its own.
            List<Row> rows = new ArrayList<>();
            for (Path part : parts(sparkRun.resolve("results.parquet"))) {
                rows.addAll(spark.read().parquet(part.toString()).collectAsList());
            }
            List<String> documents = new ArrayList<>();
            for (Row row : rows) {
                String document = row.getAs("document");
                documents.add(document);
                JsonNode expected = json.get(document);
                List<String> labels = new ArrayList<>();
                for (Row label : CollectionConverters.asJava(row.<scala.collection.Seq<Row>>getAs("labels"))) {
                    labels.add(label.getAs("id"));
                    // Parquet keeps full doubles; results.jsonl writes OutcomeFormat.DECIMALS decimals.
                    assertThat((double) label.getAs("score"))
                            .isCloseTo(expected.get("scores").get((String) label.getAs("id")).asDouble(), within(5e-7));
                }
                assertThat(labels).as(document).isEqualTo(labels(expected));
                Map<String, Object> scores = CollectionConverters.asJava(row.<scala.collection.Map<String, Object>>getAs("scores"));
                assertThat(scores).hasSize(expected.get("scores").size());
                assertThat((String) row.getAs("sha256")).isEqualTo(expected.get("sha256").asText());
            }
            assertThat(documents).containsExactlyElementsOf(json.keySet());
        } finally {
            spark.stop();
        }
    }

    private static List<String> sparkResultLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path part : parts(sparkRun.resolve("results.jsonl"))) {
            lines.addAll(Files.readAllLines(part));
        }
        return lines;
    }

    private static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static Map<String, JsonNode> byDocument(List<String> lines) throws IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String line : lines) {
            JsonNode node = Json.mapper().readTree(line);
            documents.put(node.get("document").asText(), node);
        }
        return documents;
    }

    private static List<String> labels(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("labels").forEach(label -> ids.add(label.get("id").asText()));
        return ids;
    }

    private static int run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DocTagger.run(args, new PrintWriter(out), new PrintWriter(err));
        if (exit != ExitCode.OK && exit != ExitCode.PARTIAL) {
            throw new AssertionError("doctagger " + String.join(" ", args) + " exited " + exit + ":\n" + out + err);
        }
        return exit;
    }

    /** A model trained through the command line on 14 generated documents per topic, some with two topics. */
    private static Path trainModel(Path dir) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Random random = new Random(7);
        StringBuilder labels = new StringBuilder("document,labels\r\n");
        List<String> topics = List.copyOf(new java.util.TreeSet<>(TOPICS.keySet()));
        for (String topic : topics) {
            for (int i = 0; i < 14; i++) {
                String other = topics.get((topics.indexOf(topic) + 1) % topics.size());
                boolean mixed = i % 5 == 0;
                String name = topic + "-" + i + ".txt";
                Files.writeString(seeds.resolve(name), text(random, mixed ? List.of(topic, other) : List.of(topic), 60));
                labels.append(name).append(',').append(mixed ? sorted(topic, other) : topic).append("\r\n");
            }
        }
        Path labelFile = dir.resolve("labels.csv");
        Files.writeString(labelFile, labels);
        Path model = dir.resolve("model");
        run("train", "--seeds", seeds.toString(), "--labels", labelFile.toString(), "--model", model.toString(),
                "--folds", "3", "--min-df", "1", "--quiet");
        return model;
    }

    /** Documents of each topic, in nested folders and with awkward names, and files no engine can classify. */
    private static Path incomingFolder(Path dir) throws IOException {
        Random random = new Random(11);
        Files.createDirectories(dir.resolve("nested/deeper"));
        int n = 0;
        for (String topic : List.of("markets", "weather", "sport", "markets", "sport")) {
            Files.writeString(dir.resolve(topic + "-item-" + n++ + ".txt"), text(random, List.of(topic), 40));
        }
        Files.writeString(dir.resolve("nested/deeper/wire.txt"), text(random, List.of("weather", "sport"), 50));
        Files.writeString(dir.resolve("nested/brief.txt"), text(random, List.of("markets"), 8));
        Files.writeString(dir.resolve(".hidden-note.txt"), text(random, List.of("sport"), 30));
        Files.writeString(dir.resolve("_underscore.txt"), text(random, List.of("weather"), 30));
        Files.writeString(dir.resolve("Caf\u00e9 report 7.txt"), text(random, List.of("markets"), 30));
        Files.writeString(dir.resolve("utf16.txt"), "\uFEFF" + text(random, List.of("weather"), 30), StandardCharsets.UTF_16LE);
        Files.writeString(dir.resolve("legacy-1252.txt"), "Caf\u00e9 na\u00efve " + text(random, List.of("sport"), 30),
                Charset.forName("windows-1252"));
        Files.writeString(dir.resolve("long-story.txt"), text(random, List.of("markets", "weather"), 2000));
        Files.writeString(dir.resolve("unrelated.txt"), "lorem ipsum dolor sit amet consectetur");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.txt"), "  \n\t \r\n");
        Files.write(dir.resolve("image.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1});
        Files.write(dir.resolve("nested/zeros.dat"), new byte[64]);
        return dir;
    }

    private static String text(Random random, List<String> topics, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            List<String> pool = random.nextInt(3) == 0 ? COMMON : TOPICS.get(topics.get(random.nextInt(topics.size())));
            text.append(pool.get(random.nextInt(pool.size()))).append(i % 12 == 11 ? ".\n" : " ");
        }
        return text.toString();
    }

    private static String sorted(String a, String b) {
        return a.compareTo(b) < 0 ? a + ";" + b : b + ";" + a;
    }
}
