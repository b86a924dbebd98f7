package io.github.doctagger.cli;

import io.github.doctagger.model.DocumentClassifier;
import io.github.doctagger.model.DocumentError;
import io.github.doctagger.model.DocumentOutcome;
import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.Evidence;
import io.github.doctagger.model.TopicModel;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code doctagger explain}: why a few files get the categories they get. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Classify a few files and print, for every category, its score and threshold, and "
                + "for each assigned category the terms that contributed most."},
        footer = {"", "Example:", "  doctagger explain samples/incoming/wire/item-0412.txt"})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model = new ModelOption();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to explain.")
    List<Path> files;

    @Mixin
    LoggingOptions logging = new LoggingOptions();

    @Override
    public Integer call() throws Exception {
        logging.apply();
        PrintWriter out = spec.commandLine().getOut();
        TopicModel topicModel = model.read();
        DocumentClassifier classifier = new DocumentClassifier(topicModel, DocumentClassifier.DEFAULT_MAX_BYTES);
        int exit = ExitCode.OK;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                out.printf("%s: not a readable file%n%n", file);
                exit = ExitCode.PARTIAL;
                continue;
            }
            DocumentOutcome outcome;
            try (InputStream in = Files.newInputStream(file)) {
                outcome = classifier.classify(file.toString(), in);
            }
            if (outcome instanceof DocumentError error) {
                out.printf("%s: %s (%s)%n%n", file, error.problem().code(), error.detail());
                exit = ExitCode.PARTIAL;
                continue;
            }
            print(out, topicModel, (DocumentResult) outcome);
        }
        return exit;
    }

    private void print(PrintWriter out, TopicModel topicModel, DocumentResult result) {
        out.printf("%s → %s%n", result.document(), result.labels().isEmpty() ? "(no category)" : String.join(", ", result.labels()));
        List<String> ids = topicModel.taxonomy().ids();
        for (int k = 0; k < ids.size(); k++) {
            double threshold = topicModel.thresholds().get(k);
            boolean assigned = result.labels().contains(ids.get(k));
            out.printf("  %s %-20s score %8.4f  threshold %s%n", assigned ? "*" : " ", ids.get(k), result.scores()[k],
                    Double.isInfinite(threshold) ? "never" : String.format(java.util.Locale.ROOT, "%.4f", threshold));
            if (assigned) {
                for (Evidence e : result.evidence().getOrDefault(ids.get(k), List.of())) {
                    out.printf("        %-28s %+.4f%n", e.term(), e.contribution());
                }
            }
        }
        out.println();
    }
}
