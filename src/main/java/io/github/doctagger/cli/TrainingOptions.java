package io.github.doctagger.cli;

import io.github.doctagger.model.TrainingSettings;
import io.github.doctagger.text.FeatureConfig;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the training data is and how to train: shared by {@code train} and {@code classify}'s first run. */
final class TrainingOptions {
    private static final TrainingSettings DEFAULTS = TrainingSettings.defaults();

    @Option(names = "--seeds", paramLabel = "DIR", description = "Folder of seed documents (default: seeds/ in the doctagger home).")
    Path seeds;

    @Option(names = "--labels", paramLabel = "FILE", arity = "1..*",
            description = "Label files (CSV: document,labels). Default: every *.csv in labels/ except categories.csv.")
    List<Path> labels;

    @Option(names = "--categories", paramLabel = "FILE",
            description = "Taxonomy (CSV: id,name,description). Default: categories.csv beside the label files, if present.")
    Path categories;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds for thresholds and metrics (default: ${DEFAULT-VALUE}).")
    int folds = DEFAULTS.folds();

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Option(names = "--cost", paramLabel = "C", description = "SVM cost C; larger fits the seeds more closely (default: ${DEFAULT-VALUE}).")
    double cost = DEFAULTS.cost();

    @Option(names = "--epochs", paramLabel = "N", description = "Maximum solver passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs = DEFAULTS.maxEpochs();

    @Option(names = "--min-weight", paramLabel = "W",
            description = "Set weights smaller than W (absolute) to zero: a smaller, faster model (default: ${DEFAULT-VALUE}).")
    double minWeight = DEFAULTS.minWeight();

    @Option(names = "--min-df", paramLabel = "N", description = "Keep terms found in at least N documents (default: ${DEFAULT-VALUE}).")
    int minDf = DEFAULTS.features().minDf();

    @Option(names = "--headline-weight", paramLabel = "N",
            description = "Count a short first line (a headline) N times; 1 treats it like any line (default: ${DEFAULT-VALUE}).")
    int headlineWeight = DEFAULTS.features().headlineWeight();

    @Option(names = "--decision", paramLabel = "RULE",
            description = "auto, thresholds or best-category (auto: best-category when every seed has exactly one label).")
    String decision = DEFAULTS.decision();

    Path seedsDir() {
        return seeds != null ? seeds : Home.seeds();
    }

    List<Path> labelFiles() throws java.io.IOException {
        if (labels != null) {
            return labels;
        }
        return io.github.doctagger.corpus.LabelledCorpus.defaultLabelFiles(Home.labels());
    }

    Path categoriesFile() throws java.io.IOException {
        if (categories != null) {
            if (!java.nio.file.Files.isRegularFile(categories)) {
                throw new InputProblem("categories file not found: " + categories);
            }
            return categories;
        }
        List<Path> files = labelFiles();
        Path dir = files.isEmpty() ? Home.labels() : files.get(0).toAbsolutePath().getParent();
        return dir.resolve(io.github.doctagger.corpus.Taxonomy.FILE_NAME);
    }

    TrainingSettings settings() {
        try {
            FeatureConfig features = DEFAULTS.features().withMinDf(minDf).withHeadlineWeight(headlineWeight);
            return new TrainingSettings(features, folds, seed, cost, epochs, minWeight, decision);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
    }
}
