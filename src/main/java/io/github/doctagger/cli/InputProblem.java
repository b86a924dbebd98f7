package io.github.doctagger.cli;

/** A problem with what the user gave us, reported as one message and {@link ExitCode#INPUT}. */
final class InputProblem extends RuntimeException {
    InputProblem(String message) {
        super(message);
    }
}
