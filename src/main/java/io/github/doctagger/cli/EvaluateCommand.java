package io.github.doctagger.cli;

import io.github.doctagger.corpus.LabelledCorpus;
import io.github.doctagger.model.EvaluationRun;
import io.github.doctagger.model.Json;
import io.github.doctagger.model.TopicModel;
import io.github.doctagger.report.EvaluationPage;
import io.github.doctagger.report.RunReports;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code doctagger evaluate}: scores a model on labelled documents it was not trained on. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Classify labelled documents and print micro/macro F1 and per-category "
                + "precision, recall, F1 and support; the same as JSON in the reports folder, and as an HTML "
                + "report with charts and every misclassified document with its evidence."},
        footer = {"", "Example:", "  doctagger evaluate --model models/current --seeds samples/incoming --labels samples/labels.csv"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model = new ModelOption();

    @Option(names = "--seeds", paramLabel = "DIR", required = true, description = "Folder of the labelled documents.")
    Path seeds;

    @Option(names = "--labels", paramLabel = "FILE", arity = "1..*", required = true, description = "Label files (CSV: document,labels).")
    List<Path> labels;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "Where to write evaluation.json and evaluation.html (default: reports/evaluations/<model-id>).")
    Path reports;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    LoggingOptions logging = new LoggingOptions();

    @Override
    public Integer call() throws Exception {
        logging.apply();
        PrintWriter out = spec.commandLine().getOut();
        TopicModel topicModel = model.read();
        LabelledCorpus corpus = LabelledCorpus.load(seeds, labels, topicModel.taxonomy());
        EvaluationRun.Result result = EvaluationRun.run(topicModel, corpus, threads);
        out.printf("Model %s on %d documents: micro-F1 %.3f, macro-F1 %.3f, exact match %.3f%n%n", topicModel.id(),
                result.evaluation().documents(), result.evaluation().microF1(), result.evaluation().macroF1(),
                result.evaluation().exactMatch());
        out.print(result.evaluation().toTable());
        Path dir = reports != null ? reports : Home.reports().resolve("evaluations").resolve(topicModel.id());
        Files.createDirectories(dir);
        Path json = dir.resolve("evaluation.json");
        RunReports.writeAtomically(json, Json.mapper().writeValueAsString(result.evaluation()) + "\n");
        EvaluationPage.write(dir, result, topicModel, seeds);
        out.println();
        out.println("Written: " + json);
        out.println("         " + dir.resolve(EvaluationPage.FILE));
        return ExitCode.OK;
    }
}
