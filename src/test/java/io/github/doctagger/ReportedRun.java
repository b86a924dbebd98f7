package io.github.doctagger;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.doctagger.corpus.CorpusException;
import io.github.doctagger.corpus.Csv;
import io.github.doctagger.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run folder read back the way a user's script would: results.csv and errors.csv through a
 * strict CSV parser, results.jsonl line by line, run.json as JSON.
 *
 * @param dir     the run folder
 * @param results results.csv rows by document, in file order
 * @param jsonl   results.jsonl records by document, in file order
 * @param errors  errors.csv rows by document, in file order
 * @param run     run.json
 */
public record ReportedRun(Path dir, Map<String, Map<String, String>> results, Map<String, JsonNode> jsonl,
                          Map<String, Map<String, String>> errors, JsonNode run) {

    /** The run {@code reports/latest} points to. */
    public static ReportedRun latest(Path reports) {
        try {
            return read(reports.resolve("latest").toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a complete run folder; fails if a document is listed twice in one file. */
    public static ReportedRun read(Path dir) {
        try {
            Map<String, JsonNode> jsonl = new LinkedHashMap<>();
            for (String line : Files.readAllLines(dir.resolve("results.jsonl"), StandardCharsets.UTF_8)) {
                JsonNode node = Json.mapper().readTree(line);
                if (jsonl.put(node.get("document").asText(), node) != null) {
                    throw new AssertionError("results.jsonl lists " + node.get("document") + " twice");
                }
            }
            return new ReportedRun(dir, csv(dir.resolve("results.csv")), jsonl, csv(dir.resolve("errors.csv")),
                    Json.mapper().readTree(dir.resolve("run.json").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a CSV report keyed by their first column (document), as header → value maps. */
    public static Map<String, Map<String, String>> csv(Path file) throws IOException {
        List<Csv.Row> rows;
        try {
            rows = Csv.read(file);
        } catch (CorpusException e) {
            throw new AssertionError(file + " is not valid CSV: " + e.getMessage(), e);
        }
        List<String> header = rows.get(0).fields();
        Map<String, Map<String, String>> byDocument = new LinkedHashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != header.size()) {
                throw new AssertionError(file + " line " + row.line() + " has " + row.fields().size() + " fields, not "
                        + header.size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), row.fields().get(i));
            }
            if (byDocument.put(row.fields().get(0), values) != null) {
                throw new AssertionError(file + " lists " + row.fields().get(0) + " twice");
            }
        }
        return byDocument;
    }

    /** Every document with a row, results then errors (a document in both is listed twice). */
    public List<String> listed() {
        List<String> all = new ArrayList<>(results.keySet());
        all.addAll(errors.keySet());
        return all;
    }

    public String error(String document) {
        Map<String, String> row = errors.get(document);
        return row == null ? null : row.get("error");
    }

    public long count(String field) {
        return run.get("counts").get(field).asLong();
    }
}
