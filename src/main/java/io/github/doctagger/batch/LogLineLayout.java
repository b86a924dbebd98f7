package io.github.doctagger.batch;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The two log line formats of doctagger, written directly: the console's {@code LEVEL message}
 * and the run log's {@code time LEVEL [thread] Logger - message}, each followed by the stack trace
 * of an exception, as Logback's pattern layout writes them. Logback's {@code PatternLayout} would
 * spin some seventy lambda classes when first used, a tenth of a second of every start.
 */
public final class LogLineLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private final boolean detailed;
    private final ZoneId zone = ZoneId.systemDefault();

    private LogLineLayout(boolean detailed) {
        this.detailed = detailed;
    }

    /** {@code INFO  message}: the level padded to five characters, then the message. */
    public static LogLineLayout console() {
        return new LogLineLayout(false);
    }

    /** {@code 2026-11-27T04:06:49.123+00:00 INFO  [main] BatchRunner - message}, in the local time zone. */
    public static LogLineLayout detailed() {
        return new LogLineLayout(true);
    }

    /** A started UTF-8 encoder that writes {@code layout}'s lines, for an appender of {@code context}. */
    public static LayoutWrappingEncoder<ILoggingEvent> encoder(Context context, LogLineLayout layout) {
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        if (detailed) {
            line.append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone))).append(' ');
        }
        String level = event.getLevel().toString();
        line.append(level).append(" ".repeat(Math.max(0, 5 - level.length()))).append(' ');
        if (detailed) {
            String logger = event.getLoggerName();
            line.append('[').append(event.getThreadName()).append("] ")
                    .append(logger.substring(logger.lastIndexOf('.') + 1)).append(" - ");
        }
        line.append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
        }
        return line.toString();
    }
}
