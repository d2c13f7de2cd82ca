package io.newsweave.cli;

import io.newsweave.pipeline.Progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A live progress line on standard error: rewritten in place on a terminal, one line every ten
 * seconds otherwise (logs stay readable).
 */
final class ProgressLine {

    private final java.util.function.Supplier<Progress> progress;
    private final PrintStream err;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsweave-progress");
        t.setDaemon(true);
        return t;
    });
    private boolean shown;

    private ProgressLine(java.util.function.Supplier<Progress> progress, PrintStream err) {
        this.progress = progress;
        this.err = err;
    }

    static ProgressLine start(java.util.function.Supplier<Progress> progress, PrintStream err) {
        ProgressLine line = new ProgressLine(progress, err);
        long period = line.terminal ? 500 : 10_000;
        line.timer.scheduleAtFixedRate(line::show, period, period, TimeUnit.MILLISECONDS);
        return line;
    }

    private synchronized void show() {
        double seconds = (System.nanoTime() - start) / 1e9;
        Progress progress = this.progress.get();
        long done = progress.ingested() + progress.duplicates();
        String text = String.format(Locale.ROOT, "%,d ingested, %,d duplicates, %,d rejected — %.0f articles/s, %.0f s",
                progress.ingested(), progress.duplicates(), progress.rejected(), seconds > 0 ? done / seconds : 0, seconds);
        if (terminal) {
            err.print("\r\033[K" + text);
            shown = true;
        } else {
            err.println(text);
        }
        err.flush();
    }

    /** Clears the line so that another message can be printed. */
    synchronized void clear() {
        if (terminal && shown) {
            err.print("\r\033[K");
            shown = false;
        }
    }

    void stop() {
        timer.shutdownNow();
        clear();
    }
}
