package io.newsweave.pipeline;

import java.time.Duration;
import java.util.Map;

/**
 * The outcome of one ingest run.
 *
 * @param documents  documents read (each article, plus each rejected input)
 * @param ingested   new articles stored
 * @param duplicates articles already in the store (by normalized content hash)
 * @param rejected   inputs or records rejected and quarantined
 * @param stages     time per stage
 * @param wall       elapsed time
 */
public record IngestReport(long documents, long ingested, long duplicates, long rejected, Map<String, Duration> stages,
                           Duration wall) {

    /** Articles (new or duplicate) per second of wall time. */
    public double articlesPerSecond() {
        double seconds = wall.toNanos() / 1e9;
        return seconds <= 0 ? 0 : (ingested + duplicates) / seconds;
    }
}
