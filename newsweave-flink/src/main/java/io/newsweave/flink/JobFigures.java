package io.newsweave.flink;

import org.apache.flink.api.common.JobExecutionResult;

import java.util.Locale;

/**
 * What a finished job did, from its accumulators: documents analysed, articles placed, outcomes
 * placed again after a restart, and the CPU time of the analysis and the placement operators
 * (summed over their subtasks), per document; the job's run time, and the time from the first
 * record analysed to the last article placed (the run time less starting and stopping).
 */
public record JobFigures(long documents, long placed, long replayed, long analysisCpuNanos, long placementCpuNanos,
                         long wallNanos, long streamingMillis, long logBytes) {

    public static JobFigures of(JobExecutionResult result) {
        return new JobFigures(value(result, AnalyseFunction.RECORDS), value(result, PlaceFunction.RECORDS),
                value(result, PlaceFunction.REPLAYED), value(result, AnalyseFunction.CPU), value(result, PlaceFunction.CPU),
                result.getNetRuntime() * 1_000_000L, Math.max(0, value(result, PlaceFunction.LAST) - value(result, AnalyseFunction.FIRST)),
                value(result, PlaceFunction.LOG_BYTES));
    }

    private static long value(JobExecutionResult result, String name) {
        Object v = result.getAllAccumulatorResults().get(name);
        return v instanceof Number n ? n.longValue() : 0;
    }

    /** Analysis CPU per document, in milliseconds. */
    public double analysisCpuMs() {
        return documents == 0 ? 0 : analysisCpuNanos / 1e6 / documents;
    }

    /** Placement CPU per placed article (replays included in the time), in milliseconds. */
    public double placementCpuMs() {
        return placed == 0 ? 0 : placementCpuNanos / 1e6 / placed;
    }

    /** Articles placed per second between the first record analysed and the last article placed. */
    public double articlesPerSecond() {
        return streamingMillis == 0 ? 0 : placed * 1000.0 / streamingMillis;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d inputs analysed, %d placed (%d placed again after restarts) in %.1f s "
                        + "(%.1f s first input to last placement: %.1f articles/s); CPU per input: analysis %.2f ms; per article: "
                        + "placement %.2f ms; placement log %.1f KB per article", documents, placed, replayed, wallNanos / 1e9, streamingMillis / 1e3, articlesPerSecond(),
                analysisCpuMs(), placementCpuMs(), placed == 0 ? 0 : logBytes / 1024.0 / placed);
    }
}
