package io.github.doctagger.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.doctagger.model.Json;
import io.github.doctagger.report.OutcomeFormat;
import io.github.doctagger.report.RunCounts;
import io.github.doctagger.report.RunReports;
import io.github.doctagger.report.RunSummary;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The reports of a Spark run, in its output folder, each in document order (the partitions are
 * slices of the sorted listing, so part files follow one another in that order):
 * <pre>
 *   results.jsonl/    JSON Lines in part files, line for line what a local run writes
 *   results.parquet/  the same fields as Parquet (labels and evidence nested, scores a map)
 *   errors.csv        one file, as in a local run
 *   run.json          the run's summary, as in a local run; written last, it marks the run complete
 * </pre>
 */
final class SparkReports {
    static final String RESULTS_PARQUET = "results.parquet";

    private final Path output;
    private final Configuration hadoop;

    SparkReports(Path output, Configuration hadoop) {
        this.output = output;
        this.hadoop = hadoop;
    }

    /** What the run did, from the classified rows: one small aggregation per kind of count. */
    static RunCounts runCounts(Dataset<Row> outcomes, List<String> categories) {
        RunCounts counts = RunCounts.forCategories(categories);
        List<Row> byError = outcomes.groupBy(col("error"))
                .agg(count(lit(1)), sum(coalesce(col("bytes"), lit(0L))),
                        sum(when(col("truncated"), 1).otherwise(0)),
                        sum(when(size(col("labels")).equalTo(0), 1).otherwise(0)))
                .collectAsList();
        for (Row row : byError) {
            long documents = row.getLong(1);
            counts.seen += documents;
            counts.bytes += row.getLong(2);
            if (row.isNullAt(0)) {
                counts.classified = documents;
                counts.truncated = row.getLong(3);
                counts.untagged = row.getLong(4);
            } else {
                counts.errors.put(row.getString(0), documents);
            }
        }
        for (Row row : outcomes.where(col("error").isNull()).select(explode(col("labels.id")).as("label"))
                .groupBy("label").count().collectAsList()) {
            counts.categories.put(row.getString(0), row.getLong(1));
        }
        return counts;
    }

    /** Writes results.jsonl and results.parquet. */
    void writeResults(Dataset<Row> outcomes) {
        Dataset<Row> results = outcomes.where(col("error").isNull());
        results.select("line").write().text(path(RunReports.RESULTS_JSONL));
        results.select(Arrays.stream(OutcomeRows.RESULT_COLUMNS).map(Column::new).toArray(Column[]::new))
                .write().parquet(path(RESULTS_PARQUET));
    }

    /** Writes errors.csv from the driver: one file with its header, like a local run's. */
    void writeErrors(Dataset<Row> outcomes, OutcomeFormat format) throws IOException {
        Iterator<Row> rows = outcomes.where(col("error").isNotNull()).select("line").toLocalIterator();
        try (Writer out = create(RunReports.ERRORS_CSV)) {
            out.write(format.errorsCsvHeader());
            while (rows.hasNext()) {
                out.write(rows.next().getString(0));
            }
        }
    }

    /** Writes run.json, the last file of a complete run. */
    void writeSummary(RunSummary summary) throws IOException {
        try (Writer out = create(RunReports.RUN_FILE)) {
            out.write(Json.mapper().writeValueAsString(summary) + "\n");
        }
    }

    private String path(String name) {
        return new Path(output, name).toString();
    }

    private Writer create(String name) throws IOException {
        Path file = new Path(output, name);
        FileSystem fs = file.getFileSystem(hadoop);
        return new OutputStreamWriter(fs.create(file, false), StandardCharsets.UTF_8);
    }
}
