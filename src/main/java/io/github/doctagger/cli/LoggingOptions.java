package io.github.doctagger.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine.Option;

/** {@code --verbose} and {@code --quiet}, shared by every command. */
final class LoggingOptions {
    @Option(names = {"-v", "--verbose"}, description = "Log more detail (DEBUG).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Log only warnings and errors; print no progress (for cron).")
    boolean quiet;

    /** Applies the options to Logback's root logger and routes Tribuo's java.util.logging to SLF4J. */
    void apply() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbose ? Level.DEBUG : quiet ? Level.WARN : Level.INFO);
    }
}
