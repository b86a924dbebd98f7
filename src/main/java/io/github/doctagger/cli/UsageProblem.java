package io.github.doctagger.cli;

/** An option value that parses but makes no sense (e.g. --folds 1): {@link ExitCode#USAGE}. */
final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
        super(message);
    }
}
