package io.github.doctagger.model;

import io.github.doctagger.corpus.DecodedText;
import io.github.doctagger.corpus.DocumentException;
import io.github.doctagger.corpus.RawDocument;
import io.github.doctagger.text.FeatureExtractor;
import io.github.doctagger.text.FeatureVector;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classification core, bytes → decoded text → features → scores → labels, shared by the
 * local batch runner, {@code evaluate}, {@code explain} and the Spark job so that they cannot
 * disagree. Holds per-thread buffers: use one instance per thread.
 */
public final class DocumentClassifier {
    /** Default cap on the bytes of one document that are classified. */
    public static final int DEFAULT_MAX_BYTES = 4 << 20;
    /** Evidence terms kept per assigned category. */
    public static final int EVIDENCE_TERMS = 5;

    private final TopicModel model;
    private final FeatureExtractor extractor;
    private final int maxBytes;
    private byte[] buffer;

    public DocumentClassifier(TopicModel model, int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("--max-bytes must be positive");
        }
        this.model = model;
        this.extractor = model.newExtractor();
        this.maxBytes = maxBytes;
    }

    /**
     * Reads {@code in} to its end and classifies it. Problems with the content become a
     * {@link DocumentError}; an {@link IOException} from the stream is left to the caller, which
     * knows whether the file vanished or could not be read.
     */
    public DocumentOutcome classify(String document, InputStream in) throws IOException {
        return classify(document, read(in));
    }

    /**
     * Reads {@code in} to its end, keeping at most the size cap. The buffer is reused while it has
     * its first size: each thread keeping the largest buffer it ever needed would hold threads ×
     * size cap.
     */
    public RawDocument read(InputStream in) throws IOException {
        RawDocument raw = RawDocument.read(in, maxBytes, buffer);
        buffer = raw.bytes().length <= RawDocument.FIRST_BUFFER_BYTES ? raw.bytes() : null;
        return raw;
    }

    /** Classifies bytes already read. */
    public DocumentOutcome classify(String document, RawDocument raw) {
        DecodedText text;
        try {
            text = raw.decode();
        } catch (DocumentException e) {
            return new DocumentError(document, e.problem(), e.getMessage(), raw.sha256(), raw.totalSize());
        }
        FeatureVector vector = extractor.extract(text.text());
        double[] scores = model.scores(vector);
        int[] assigned = model.decide(scores);
        List<String> labels = new ArrayList<>(assigned.length);
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (int k : assigned) {
            String id = model.taxonomy().ids().get(k);
            labels.add(id);
            evidence.put(id, model.evidence(vector, k, EVIDENCE_TERMS));
        }
        return new DocumentResult(document, raw.sha256(), raw.totalSize(), text.charset(), raw.truncated(), model.id(),
                scores, List.copyOf(labels), evidence);
    }

    public TopicModel model() {
        return model;
    }
}
