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
import org.apache.hadoop.fs.FileSystem;
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
    private final String root;
    private final int maxBytes;

    /**
     * @param model    the broadcast model
     * @param hadoop   the driver's Hadoop configuration (file system settings and credentials)
     * @param root     the input folder, whose file system holds every file
     * @param maxBytes bytes of a document that are classified
     */
    PartitionClassifier(Broadcast<ModelBundle> model, Broadcast<SerializableConfiguration> hadoop, String root,
                        int maxBytes) {
        this.model = model;
        this.hadoop = hadoop;
        this.root = root;
        this.maxBytes = maxBytes;
    }

    @Override
    public Iterator<Row> call(Iterator<List<InputFile>> slices) throws ModelException, IOException {
        TopicModel topicModel = LoadedModels.get(model.value());
        DocumentClassifier classifier = new DocumentClassifier(topicModel, maxBytes);
        OutcomeFormat format = new OutcomeFormat(topicModel.taxonomy().ids());
        FileSystem fs = new Path(root).getFileSystem(hadoop.value().value());
        Iterator<InputFile> files = slices.hasNext() ? slices.next().iterator() : Collections.emptyIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                return OutcomeRows.of(classify(classifier, files.next(), fs), format);
            }
        };
    }

    private static DocumentOutcome classify(DocumentClassifier classifier, InputFile file, FileSystem fs) {
        String document = file.document();
        DocumentOutcome outcome;
        try (InputStream in = fs.open(new Path(URI.create(file.uri())))) {
            outcome = classifier.classify(document, in);
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
