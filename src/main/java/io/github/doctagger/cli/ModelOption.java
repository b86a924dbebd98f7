package io.github.doctagger.cli;

import io.github.doctagger.model.ModelException;
import io.github.doctagger.model.ModelStore;
import io.github.doctagger.model.TopicModel;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --model DIR} of the commands that use a trained model; models/current when absent. */
final class ModelOption {
    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: models/current).")
    Path dir;

    /** The model directory given, or the current one. */
    Path resolve() {
        return dir != null ? dir : current();
    }

    /** The current model's directory: models/current in the doctagger home. */
    static Path current() {
        return Home.models().resolve(ModelStore.CURRENT_LINK);
    }

    TopicModel read() throws ModelException {
        return ModelStore.read(resolve());
    }
}
