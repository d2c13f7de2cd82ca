package io.newsweave.pipeline;

import java.time.Duration;
import java.util.Map;

/**
 * The outcome of one ingest run.
 *
 * @param documents   documents read (each article, plus each rejected input)
 * @param ingested    new articles stored
 * @param duplicates  articles already in the store (by normalized content hash)
 * @param rejected    inputs or records rejected and quarantined
 * @param stages      wall time per stage, summed over threads (see {@link StageTimes})
 * @param wall        elapsed time
 * @param stageCpu    CPU time per stage of the threads that ran it (see {@link StageTimes})
 * @param orderedBusy wall time the ordered step (placement, entity ids, clustering, store; one thread) was busy
 * @param orderedCpu  CPU time of the ordered step's thread while busy
 */
public record IngestReport(long documents, long ingested, long duplicates, long rejected, Map<String, Duration> stages,
                           Duration wall, Map<String, Duration> stageCpu, Duration orderedBusy, Duration orderedCpu) {

    /** Articles (new or duplicate) per second of wall time. */
    public double articlesPerSecond() {
        double seconds = wall.toNanos() / 1e9;
        return seconds <= 0 ? 0 : (ingested + duplicates) / seconds;
    }

    /** The share of the run's wall time the ordered step was busy (1 when it bounds the run). */
    public double orderedBusyShare() {
        return share(orderedBusy);
    }

    /** The ordered step's thread CPU time over the run's wall time. */
    public double orderedCpuShare() {
        return share(orderedCpu);
    }

    private double share(Duration part) {
        return wall.isZero() ? 0 : (double) part.toNanos() / wall.toNanos();
    }
}
