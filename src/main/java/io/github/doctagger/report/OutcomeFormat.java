package io.github.doctagger.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.doctagger.corpus.Csv;
import io.github.doctagger.model.DocumentError;
import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.Evidence;
import io.github.doctagger.model.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * The lines of the three machine-readable reports, one document at a time. One place decides
 * each format, so the local runner and the Spark job write the same bytes.
 */
public final class OutcomeFormat {
    /**
     * Decimals of scores and contributions in both results.csv and results.jsonl: a millionth is
     * far below any threshold's precision, and each score is formatted once for both files.
     */
    public static final int DECIMALS = 6;
    private static final JsonFactory JSON = new JsonFactory();
    /** Each classification thread's buffers (the row, and the scores' text), reused from document to document. */
    private static final ThreadLocal<RowBytes[]> BUFFERS = ThreadLocal.withInitial(() -> new RowBytes[] {new RowBytes(), new RowBytes()});

    /** The fixed parts of a results.jsonl line, encoded once. */
    private static final byte[] JSON_DOCUMENT = ascii("{\"document\":");
    private static final byte[] JSON_SHA256 = ascii(",\"sha256\":\"");
    private static final byte[] JSON_BYTES = ascii("\",\"bytes\":");
    private static final byte[] JSON_CHARSET = ascii(",\"charset\":\"");
    private static final byte[] JSON_TRUNCATED = ascii("\",\"truncated\":");
    private static final byte[] JSON_LABELS = ascii(",\"labels\":[");
    private static final byte[] JSON_FIRST_ID = ascii("{\"id\":");
    private static final byte[] JSON_NEXT_ID = ascii(",{\"id\":");
    private static final byte[] JSON_SCORE = ascii(",\"score\":");
    private static final byte[] JSON_EVIDENCE = ascii(",\"evidence\":[");
    private static final byte[] JSON_FIRST_TERM = ascii("{\"term\":");
    private static final byte[] JSON_NEXT_TERM = ascii(",{\"term\":");
    private static final byte[] JSON_CONTRIBUTION = ascii(",\"contribution\":");
    private static final byte[] JSON_END_LABEL = ascii("]}");
    private static final byte[] JSON_SCORES = ascii("],\"scores\":{");
    private static final byte[] JSON_MODEL = ascii("},\"model\":");

    private final List<String> categories;

    private final byte[][] quotedCategories;

    public OutcomeFormat(List<String> categories) {
        this.categories = List.copyOf(categories);
        this.quotedCategories = new byte[categories.size()][];
        for (int k = 0; k < categories.size(); k++) {
            quotedCategories[k] = jsonString(categories.get(k)).getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * A result's row of results.csv and line of results.jsonl, UTF-8 encoded, and the result as
     * those read back ({@link #asWritten}: its numbers rounded).
     */
    public record EncodedResult(DocumentResult written, byte[] csvRow, byte[] jsonLine) {
    }

    /** Formats and encodes {@code result}'s rows, so classification threads do it and not the writer. */
    public EncodedResult encode(DocumentResult result) {
        RowBytes[] buffers = BUFFERS.get();
        Scores scores = new Scores(buffers[1].clear(), result.scores());
        return new EncodedResult(asWritten(result), resultsCsvRow(buffers[0].clear(), result, scores).toByteArray(),
                resultsJsonLine(buffers[0].clear(), result, scores).toByteArray());
    }

    /**
     * {@code r} as results.jsonl holds it: scores and contributions rounded to {@link #DECIMALS}
     * (what reading the line back gives), so pages built from a run's results show the same
     * numbers whether they were fed by the run or read from the file.
     */
    public static DocumentResult asWritten(DocumentResult r) {
        double[] scores = new double[r.scores().length];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = RowBytes.asWritten(r.scores()[k], DECIMALS);
        }
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (Map.Entry<String, List<Evidence>> label : r.evidence().entrySet()) {
            Evidence[] terms = new Evidence[label.getValue().size()];
            for (int i = 0; i < terms.length; i++) {
                Evidence e = label.getValue().get(i);
                terms[i] = new Evidence(e.term(), RowBytes.asWritten(e.contribution(), DECIMALS));
            }
            evidence.put(label.getKey(), List.of(terms));
        }
        return new DocumentResult(r.document(), r.sha256(), r.bytes(), r.charset(), r.truncated(), r.model(), scores,
                r.labels(), evidence);
    }

    /** A document's scores written out once: score k is text[ends[k-1], ends[k]). */
    private record Scores(RowBytes text, int[] ends) {
        Scores(RowBytes text, double[] scores) {
            this(text, new int[scores.length]);
            for (int k = 0; k < scores.length; k++) {
                ends[k] = text.appendFixed(scores[k], DECIMALS).length();
            }
        }

        void appendTo(RowBytes out, int k) {
            out.append(text, k == 0 ? 0 : ends[k - 1], ends[k]);
        }
    }

    /** Header of results.csv: document, labels, model, sha256, bytes, charset, truncated, score:&lt;id&gt;... */
    public String resultsCsvHeader() {
        StringBuilder out = new StringBuilder("document,labels,model,sha256,bytes,charset,truncated");
        for (String c : categories) {
            out.append(',').append(Csv.quote("score:" + c));
        }
        return out.append("\r\n").toString();
    }

    public String errorsCsvHeader() {
        return "document,error,detail,sha256,bytes\r\n";
    }

    public String resultsCsvRow(DocumentResult r) {
        return resultsCsvRow(new RowBytes(), r, new Scores(new RowBytes(), r.scores())).toString();
    }

    private RowBytes resultsCsvRow(RowBytes out, DocumentResult r, Scores scores) {
        out.append(csvText(r.document())).append(',')
                .append(csvText(String.join(";", r.labels()))).append(',')
                .append(csvText(r.model())).append(',')
                .append(r.sha256()).append(',')
                .append(r.bytes()).append(',')
                .append(r.charset()).append(',')
                .append(r.truncated());
        for (int k = 0; k < r.scores().length; k++) {
            scores.appendTo(out.append(','), k);
        }
        return out.append('\r').append('\n');
    }

    public String errorsCsvRow(DocumentError e) {
        return csvText(e.document()) + ',' + e.problem().code() + ',' + csvText(e.detail()) + ','
                + (e.sha256() == null ? "" : e.sha256()) + ',' + (e.bytes() < 0 ? "" : Long.toString(e.bytes())) + "\r\n";
    }

    /**
     * One line of results.jsonl: {@code {"document", "sha256", "bytes", "charset", "truncated",
     * "labels": [{"id", "score", "evidence": [{"term", "contribution"}]}], "scores": {id: score}, "model"}}.
     * Written by hand (strings escaped by Jackson) because this runs once per document.
     */
    public String resultsJsonLine(DocumentResult r) {
        return resultsJsonLine(new RowBytes(), r, new Scores(new RowBytes(), r.scores())).toString();
    }

    private RowBytes resultsJsonLine(RowBytes out, DocumentResult r, Scores scores) {
        appendJsonString(out.append(JSON_DOCUMENT), r.document());
        out.append(JSON_SHA256).append(r.sha256()).append(JSON_BYTES).append(r.bytes())
                .append(JSON_CHARSET).append(r.charset()).append(JSON_TRUNCATED).append(r.truncated()).append(JSON_LABELS);
        for (int l = 0; l < r.labels().size(); l++) {
            String label = r.labels().get(l);
            int k = categories.indexOf(label);
            out.append(l == 0 ? JSON_FIRST_ID : JSON_NEXT_ID).append(quotedCategories[k]).append(JSON_SCORE);
            scores.appendTo(out, k);
            out.append(JSON_EVIDENCE);
            List<Evidence> evidence = r.evidence().getOrDefault(label, List.of());
            for (int e = 0; e < evidence.size(); e++) {
                appendJsonString(out.append(e == 0 ? JSON_FIRST_TERM : JSON_NEXT_TERM), evidence.get(e).term());
                out.append(JSON_CONTRIBUTION).appendFixed(evidence.get(e).contribution(), DECIMALS).append('}');
            }
            out.append(JSON_END_LABEL);
        }
        out.append(JSON_SCORES);
        for (int k = 0; k < categories.size(); k++) {
            if (k > 0) {
                out.append(',');
            }
            scores.appendTo(out.append(quotedCategories[k]).append(':'), k);
        }
        return appendJsonString(out.append(JSON_MODEL), r.model()).append('}').append('\n');
    }

    /** Appends {@code text} as a JSON string literal, quotes included. */
    private static RowBytes appendJsonString(RowBytes out, String text) {
        return plainJson(text) ? out.append('"').append(text).append('"') : out.append(escapedJson(text));
    }

    /** {@code text} as a JSON string literal, quotes included. */
    private static String jsonString(String text) {
        return plainJson(text) ? '"' + text + '"' : escapedJson(text);
    }

    /** Whether {@code text} is printable ASCII without quotes or backslashes: its JSON literal is itself in quotes. */
    private static boolean plainJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String escapedJson(String text) {
        StringWriter escaped = new StringWriter(text.length() + 8);
        try (JsonGenerator g = JSON.createGenerator(escaped)) {
            g.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return escaped.toString();
    }

    /**
     * Reads a line of results.jsonl back into the result it was written from (scores in this
     * format's category order; a category missing from the line scores NaN).
     */
    public DocumentResult readResultsJsonLine(String line) throws IOException {
        JsonNode node = Json.mapper().readTree(line);
        if (node == null || !node.isObject() || !node.path("document").isTextual()) {
            throw new IOException("not a results.jsonl line: " + (line.length() > 80 ? line.substring(0, 80) + "…" : line));
        }
        List<String> labels = new ArrayList<>();
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (JsonNode label : node.path("labels")) {
            String id = label.path("id").asText();
            List<Evidence> terms = new ArrayList<>();
            for (JsonNode e : label.path("evidence")) {
                terms.add(new Evidence(e.path("term").asText(), e.path("contribution").asDouble()));
            }
            labels.add(id);
            evidence.put(id, List.copyOf(terms));
        }
        double[] scores = new double[categories.size()];
        JsonNode scoreNode = node.path("scores");
        for (int k = 0; k < scores.length; k++) {
            JsonNode score = scoreNode.get(categories.get(k));
            scores[k] = score != null && score.isNumber() ? score.asDouble() : Double.NaN;
        }
        return new DocumentResult(node.path("document").asText(), node.path("sha256").asText(), node.path("bytes").asLong(),
                node.path("charset").asText(), node.path("truncated").asBoolean(), node.path("model").asText(), scores,
                List.copyOf(labels), evidence);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String csvText(String text) {
        return Csv.quote(SpreadsheetSafe.cell(text));
    }

    /** Category ids in column order. */
    public List<String> categories() {
        return categories;
    }

}
