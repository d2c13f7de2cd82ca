package io.newsweave.cli;

import io.newsweave.pipeline.IngestReport;
import io.newsweave.store.Store;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** The summary printed at the end of an ingest. */
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
    }
}
