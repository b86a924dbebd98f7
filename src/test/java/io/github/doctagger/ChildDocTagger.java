package io.github.doctagger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs doctagger in a child JVM with this test's classpath: for what needs another process (an
 * OS file lock is per process, kill -9, a small heap). Output goes to {@code log}.
 */
public final class ChildDocTagger {
    private ChildDocTagger() {
    }

    /** Starts {@code doctagger args...} with the given JVM options. */
    public static Process start(List<String> jvmOptions, Path log, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.github.doctagger.cli.DocTagger"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
