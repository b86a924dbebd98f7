package io.github.doctagger.spark;

import io.github.doctagger.model.ModelException;
import io.github.doctagger.model.TopicModel;
import java.util.HashMap;
import java.util.Map;

/**
 * The models loaded in this JVM, by bundle digest: an executor unpacks a broadcast model once
 * and shares it (it is immutable) across all its tasks and task threads. In local mode the
 * driver's load serves the tasks too.
 */
final class LoadedModels {
    private static final Map<String, TopicModel> BY_DIGEST = new HashMap<>();

    private LoadedModels() {
    }

    /** The model of {@code bundle}, loaded by the first caller; the others wait for it. */
    static synchronized TopicModel get(ModelBundle bundle) throws ModelException {
        TopicModel model = BY_DIGEST.get(bundle.digest());
        if (model == null) {
            model = bundle.load();
            BY_DIGEST.put(bundle.digest(), model);
        }
        return model;
    }
}
