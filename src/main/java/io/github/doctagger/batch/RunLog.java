package io.github.doctagger.batch;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The reports folder's log file, {@code doctagger.log}: everything a run logs at INFO and above
 * (DEBUG with --verbose), whatever the console shows, with times and threads, so a cron job that
 * runs with --quiet still leaves a full account. It rolls at {@link #MAX_FILE_SIZE} and keeps
 * {@link #KEPT_FILES} old files ({@code doctagger.1.log} is the newest). It is attached only while
 * a run holds the reports folder's lock, so a run turned away as busy writes nothing.
 */
final class RunLog implements AutoCloseable {
    static final String FILE = "doctagger.log";
    static final String MAX_FILE_SIZE = "10MB";
    static final int KEPT_FILES = 5;

    private final Logger root;
    private final RollingFileAppender<ILoggingEvent> appender;

    private RunLog(Logger root, RollingFileAppender<ILoggingEvent> appender) {
        this.root = root;
        this.appender = appender;
    }

    /** Starts logging to {@code reports/doctagger.log}; does nothing when Logback is not the logger. */
    static RunLog open(Path reports) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return new RunLog(null, null);
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("run-log");
        appender.setFile(reports.resolve(FILE).toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(reports.resolve("doctagger.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT_FILES);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(LogLineLayout.encoder(context, LogLineLayout.detailed()));
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        return new RunLog(root, appender);
    }

    @Override
    public void close() {
        if (appender != null) {
            root.detachAppender(appender);
            appender.stop();
        }
    }
}
