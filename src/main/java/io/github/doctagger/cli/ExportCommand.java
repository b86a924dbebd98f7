package io.github.doctagger.cli;

import io.github.doctagger.model.DecisionRule;
import io.github.doctagger.model.OnnxExport;
import io.github.doctagger.model.TopicModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code doctagger export}: the model's linear layer as ONNX, for other runtimes. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the model's linear layer as an ONNX model (raw scores from a TF-IDF feature vector), "
                + "with <name>.inputs.tsv (the term and IDF of each input column) and <name>.outputs.tsv "
                + "(the category and threshold of each output column) next to it."},
        footer = {"", "Example:", "  doctagger export --model models/current --onnx export/doctagger.onnx"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model = new ModelOption();

    @Option(names = "--onnx", paramLabel = "FILE", required = true, description = "ONNX file to write (replaced if present).")
    Path onnx;

    @Mixin
    LoggingOptions logging = new LoggingOptions();

    @Override
    public Integer call() throws Exception {
        logging.apply();
        if (Files.isDirectory(onnx)) {
            throw new UsageProblem("--onnx names the folder " + onnx + "; give a file name, e.g. " + onnx.resolve("doctagger.onnx"));
        }
        PrintWriter out = spec.commandLine().getOut();
        TopicModel topicModel = model.read();
        OnnxExport.Exported files = OnnxExport.write(topicModel, onnx);
        out.printf("Model %s: %d features → %d categories%n", topicModel.id(), topicModel.tribuoModel().getFeatureIDMap().size(),
                topicModel.taxonomy().ids().size());
        out.printf("  %s (ONNX, domain %s)%n  %s%n  %s%n", files.onnx(), OnnxExport.DOMAIN, files.inputs(), files.outputs());
        out.printf("Decision: %s%n", topicModel.decisionRule() == DecisionRule.BEST_CATEGORY
                ? "the category with the highest score" : "every category whose score reaches its threshold");
        return ExitCode.OK;
    }
}
