package io.github.doctagger.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine.Option;

/** {@code --verbose} and {@code --quiet}, shared by every command. */
final class LoggingOptions {

    @Option(names = {"-v", "--verbose"}, description = "Log more detail (DEBUG).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"},
            description = "Print only warnings and errors; no progress, no summary (for cron). The log file still gets everything.")
    boolean quiet;

    /**
     * Routes Tribuo's java.util.logging to SLF4J and applies the options: the root logger lets
     * INFO through (DEBUG with --verbose) for the run's log file, and --quiet raises only the
     * console's threshold.
     */
    void apply() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbose ? Level.DEBUG : Level.INFO);
        Appender<ILoggingEvent> console = root.getAppender(ConsoleLogging.APPENDER);
        if (console != null) {
            ThresholdFilter threshold = new ThresholdFilter();
            threshold.setLevel(quiet ? Level.WARN.toString() : Level.TRACE.toString());
            threshold.start();
            console.clearAllFilters();
            console.addFilter(threshold);
        }
    }
}
