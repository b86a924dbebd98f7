package io.github.doctagger.batch;

import java.nio.file.Path;

/**
 * How to run a batch.
 *
 * @param input       folder of incoming documents (walked recursively)
 * @param reports     reports folder: runs, ledger, lock, latest link
 * @param threads     classification threads
 * @param maxBytes    bytes of a document that are classified; the rest is hashed only
 * @param all         classify everything again, ignoring the ledger
 * @param progress    show a progress bar (interactive terminal) rather than periodic log lines
 * @param commandLine the command as the user typed it, for run.json
 */
public record BatchOptions(Path input, Path reports, int threads, int maxBytes, boolean all, boolean progress,
                           String commandLine) {
}
