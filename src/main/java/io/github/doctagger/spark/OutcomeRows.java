package io.github.doctagger.spark;

import io.github.doctagger.model.DocumentError;
import io.github.doctagger.model.DocumentOutcome;
import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.Evidence;
import io.github.doctagger.report.OutcomeFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark row of a classified document: one schema for results and errors. A row carries the
 * fields of results.jsonl (for results.parquet) and its finished report line, formatted by
 * {@link OutcomeFormat} on the executor, so the Spark reports hold the local reports' bytes.
 */
final class OutcomeRows {
    static final StructType EVIDENCE = new StructType()
            .add("term", DataTypes.StringType, false)
            .add("contribution", DataTypes.DoubleType, false);
    static final StructType LABEL = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("evidence", DataTypes.createArrayType(EVIDENCE, false), false);
    static final StructType SCHEMA = new StructType()
            .add("document", DataTypes.StringType, false)
            // The error code; null for a classified document.
            .add("error", DataTypes.StringType, true)
            .add("sha256", DataTypes.StringType, true)
            .add("bytes", DataTypes.LongType, true)
            .add("charset", DataTypes.StringType, true)
            .add("truncated", DataTypes.BooleanType, true)
            .add("labels", DataTypes.createArrayType(LABEL, false), true)
            .add("scores", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), true)
            .add("model", DataTypes.StringType, true)
            // The document's line in results.jsonl (without its newline, which the text writer adds)
            // or its row of errors.csv (with its CRLF).
            .add("line", DataTypes.StringType, false);
    /** The columns of results.parquet: the fields of results.jsonl. */
    static final String[] RESULT_COLUMNS = {"document", "sha256", "bytes", "charset", "truncated", "labels", "scores", "model"};

    private OutcomeRows() {
    }

    static Row of(DocumentOutcome outcome, OutcomeFormat format) {
        if (outcome instanceof DocumentResult result) {
            return result(result, format);
        }
        DocumentError error = (DocumentError) outcome;
        return RowFactory.create(error.document(), error.problem().code(), error.sha256(),
                error.bytes() < 0 ? null : error.bytes(), null, null, null, null, null, format.errorsCsvRow(error));
    }

    private static Row result(DocumentResult r, OutcomeFormat format) {
        List<String> categories = format.categories();
        List<Row> labels = new ArrayList<>(r.labels().size());
        for (String label : r.labels()) {
            List<Row> evidence = new ArrayList<>();
            for (Evidence e : r.evidence().getOrDefault(label, List.of())) {
                evidence.add(RowFactory.create(e.term(), e.contribution()));
            }
            labels.add(RowFactory.create(label, r.scores()[categories.indexOf(label)], CollectionConverters.asScala(evidence)));
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int k = 0; k < categories.size(); k++) {
            scores.put(categories.get(k), r.scores()[k]);
        }
        String line = format.resultsJsonLine(r);
        // Spark's row encoder takes Scala collections.
        return RowFactory.create(r.document(), null, r.sha256(), r.bytes(), r.charset(), r.truncated(),
                CollectionConverters.asScala(labels), CollectionConverters.asScala(scores), r.model(),
                line.substring(0, line.length() - 1));
    }
}
