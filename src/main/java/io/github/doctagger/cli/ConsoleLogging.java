package io.github.doctagger.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import io.github.doctagger.batch.LogLineLayout;
import java.util.Map;

/**
 * Logback's configuration for the command line, in code: concise lines on stderr (stdout carries
 * only command output), and the chatty libraries held at WARN. Found through
 * {@code META-INF/services}; reading the same from logback.xml took a tenth of a second of every
 * start. A logback configuration file named with {@code -Dlogback.configurationFile} still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    /** The console appender's name. */
    static final String APPENDER = "CONSOLE";
    private static final Map<String, Level> QUIETER = Map.of(
            "org.tribuo", Level.WARN,
            "com.oracle.labs", Level.WARN,
            // The Spark engine: Spark, Hadoop and Parquet say a lot at INFO; their warnings still show.
            "org.apache.spark", Level.WARN,
            "org.sparkproject", Level.WARN,
            "org.apache.hadoop", Level.WARN,
            "org.apache.hadoop.util.NativeCodeLoader", Level.ERROR,
            "org.apache.parquet", Level.WARN,
            "io.netty", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LayoutWrappingEncoder<ILoggingEvent> encoder = LogLineLayout.encoder(context, LogLineLayout.console());
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(APPENDER);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
