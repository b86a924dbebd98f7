package io.github.doctagger.cli;

import io.github.doctagger.model.TrainingRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code doctagger train}: builds a model from labelled seeds. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a multi-label topic model from labelled seed documents.",
                "Thresholds are chosen per category by k-fold cross-validation; the cross-validated "
                        + "metrics are printed. Without --model the model is written to models/<model-id>/ and "
                        + "models/current is switched to it atomically."},
        footer = {"", "Example:", "  doctagger train --seeds seeds --labels labels/seeds.csv --model models/news"})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions training = new TrainingOptions();

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory to write (default: models/<model-id>, made current).")
    Path model;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    LoggingOptions logging = new LoggingOptions();

    @Override
    public Integer call() throws Exception {
        logging.apply();
        PrintWriter out = spec.commandLine().getOut();
        TrainingRun.Outcome outcome = TrainingRun.run(training.seedsDir(), training.labelFiles(), training.categoriesFile(),
                model, Home.models(), training.settings(), threads, Home.tool());
        out.printf("Model %s written to %s (%d documents, %d categories, %.1f s)%n", outcome.model().id(),
                outcome.modelDir(), outcome.model().info().trainingDocuments(), outcome.model().taxonomy().size(),
                outcome.model().info().trainingSeconds());
        out.printf("Cross-validated (%d folds) micro-F1 %.3f, macro-F1 %.3f, exact match %.3f%n%n",
                training.folds, outcome.crossValidation().microF1(), outcome.crossValidation().macroF1(),
                outcome.crossValidation().exactMatch());
        out.print(outcome.crossValidation().toTable());
        return ExitCode.OK;
    }
}
