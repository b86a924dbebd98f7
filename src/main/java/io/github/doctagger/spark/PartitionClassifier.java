package io.github.doctagger.spark;

import io.github.doctagger.model.DocumentClassifier;
import io.github.doctagger.model.DocumentError;
import io.github.doctagger.model.DocumentOutcome;
import io.github.doctagger.model.ModelException;
import io.github.doctagger.model.TopicModel;
import io.github.doctagger.report.OutcomeFormat;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Classifies one partition, a slice of listed files, lazily and in order, with one
 * {@link DocumentClassifier} for the whole partition: the same code as a local run, from the
 * bytes on.
 */
final class PartitionClassifier implements FlatMapFunction<Iterator<List<InputFile>>, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<ModelBundle> model;
    private final Broadcast<SerializableConfiguration> hadoop;
    private final int maxBytes;

    PartitionClassifier(Broadcast<ModelBundle> model, Broadcast<SerializableConfiguration> hadoop, int maxBytes) {
        this.model = model;
        this.hadoop = hadoop;
        this.maxBytes = maxBytes;
    }

    @Override
    public Iterator<Row> call(Iterator<List<InputFile>> slices) throws ModelException {
        TopicModel topicModel = LoadedModels.get(model.value());
        DocumentClassifier classifier = new DocumentClassifier(topicModel, maxBytes);
        OutcomeFormat format = new OutcomeFormat(topicModel.taxonomy().ids());
        Configuration configuration = hadoop.value().value();
        Iterator<InputFile> files = slices.hasNext() ? slices.next().iterator() : Collections.emptyIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                return OutcomeRows.of(classify(classifier, files.next(), configuration), format);
            }
        };
    }

    private static DocumentOutcome classify(DocumentClassifier classifier, InputFile file, Configuration configuration) {
        String document = file.document();
        DocumentOutcome outcome;
        try {
            Path path = new Path(URI.create(file.uri()));
            try (InputStream in = path.getFileSystem(configuration).open(path)) {
                outcome = classifier.classify(document, in);
            }
        } catch (IOException e) {
            return DocumentError.readFailure(document, asLocalFailure(document, e));
        }
        if (outcome.bytes() != file.length()) {
            return DocumentError.changedDuringRead(document, outcome.bytes());
        }
        return outcome;
    }

    /** Hadoop's read failures in the java.nio terms that {@link DocumentError#readFailure} tells apart. */
    private static IOException asLocalFailure(String document, IOException e) {
        if (e instanceof AccessControlException
                || e instanceof FileNotFoundException && String.valueOf(e.getMessage()).endsWith("(Permission denied)")) {
            return new AccessDeniedException(document);
        }
        if (e instanceof FileNotFoundException) {
            return new NoSuchFileException(document);
        }
        return e;
    }
}
