package io.newsweave.flink;

import org.apache.flink.api.common.JobExecutionResult;

import java.util.Locale;

/**
 * What a finished job did, from its accumulators: documents analysed, articles placed, outcomes
 * placed again after a restart, and the CPU time of the analysis and the placement operators
 * (summed over their subtasks), per document.
 */
public record JobFigures(long documents, long placed, long replayed, long analysisCpuNanos, long placementCpuNanos,
                         long wallNanos) {

    public static JobFigures of(JobExecutionResult result) {
        return new JobFigures(value(result, AnalyseFunction.RECORDS), value(result, PlaceFunction.RECORDS),
                value(result, PlaceFunction.REPLAYED), value(result, AnalyseFunction.CPU), value(result, PlaceFunction.CPU),
                result.getNetRuntime() * 1_000_000L);
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

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d documents analysed, %d placed (%d placed again after restarts) in %.1f s; "
                        + "CPU per document: analysis %.2f ms, placement %.2f ms", documents, placed, replayed, wallNanos / 1e9,
                analysisCpuMs(), placementCpuMs());
    }
}
