package io.newsweave.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where newsweave's log goes when run from the command line: one line per record on standard
 * error ({@code 2026-12-01T22:05:33.120Z WARNING io.newsweave.story.PerArticle: …}), with the
 * stack trace of errors (a server's 500s) always and of warnings with {@code --debug}. Installed
 * once per JVM on the root logger, replacing the JDK's two-line default.
 */
final class Logging {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;
    private static volatile boolean installed;

    private Logging() {
    }

    static synchronized void install(boolean debug) {
        if (installed) {
            return;
        }
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.ALL);
        handler.setFormatter(new OneLine(debug));
        root.addHandler(handler);
        installed = true;
    }

    private static final class OneLine extends Formatter {
        private final boolean debug;

        OneLine(boolean debug) {
            this.debug = debug;
        }

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder(160);
            b.append(TIME.format(Instant.ofEpochMilli(r.getMillis()).atOffset(ZoneOffset.UTC))).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r).replace('\n', ' ').replace('\r', ' ')).append(System.lineSeparator());
            if (r.getThrown() != null && (debug || r.getLevel().intValue() >= Level.SEVERE.intValue())) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }
}
