package io.newsweave.cli;

import io.newsweave.pipeline.IngestReport;
import io.newsweave.store.Store;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The summary printed at the end of an ingest: counts and speed; wall time per stage summed over
 * threads; thread CPU time per stage in milliseconds per document read; how busy the ordered step
 * was. Stateless.
 */
final class Summary {

    private Summary() {
    }

    static void print(IngestReport report, int stories, Store store, PrintStream err) throws IOException {
        err.printf(Locale.ROOT, "%,d new articles, %,d duplicates, %,d rejected in %.1f s (%.0f articles/s); store: %,d articles in %,d stories%n",
                report.ingested(), report.duplicates(), report.rejected(), report.wall().toNanos() / 1e9,
                report.articlesPerSecond(), store.size(), stories);
        if (report.rejected() > 0) {
            err.println("rejected inputs are in " + store.quarantine().dir() + " with their reasons");
        }
        StringBuilder line = new StringBuilder("time per stage (summed over threads):");
        for (Map.Entry<String, Duration> stage : report.stages().entrySet()) {
            line.append(String.format(Locale.ROOT, " %s %.2f s", stage.getKey(), stage.getValue().toNanos() / 1e9));
        }
        err.println(line);
        err.println(cpuLine(report));
    }

    /**
     * {@code cpu per stage (thread CPU, ms per document): read 0.081 clean 0.169 …; ordered step busy 83% of the
     * wall time (CPU 71%)}.
     */
    static String cpuLine(IngestReport report) {
        StringBuilder line = new StringBuilder("cpu per stage (thread CPU, ms per document):");
        long documents = Math.max(1, report.documents());
        for (Map.Entry<String, Duration> stage : report.stageCpu().entrySet()) {
            line.append(String.format(Locale.ROOT, " %s %.3f", stage.getKey(), stage.getValue().toNanos() / 1e6 / documents));
        }
        line.append(String.format(Locale.ROOT, "; ordered step busy %.0f%% of the wall time (CPU %.0f%%)",
                100 * report.orderedBusyShare(), 100 * report.orderedCpuShare()));
        return line.toString();
    }
}
