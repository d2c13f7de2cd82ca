package io.newsweave.bench;

import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.IngestReport;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The warm figure of {@link RealNewsBench}: in this JVM, one {@link Pipeline} (models loaded once)
 * ingests the inputs into a fresh store as a warm-up (not counted: it loads classes and lets the
 * JIT compile the hot code), then ingests them again into another fresh store, measured: the
 * second pass does all the work of the first (nothing is a duplicate of the warm-up store) with a
 * warm JIT. Samples peak heap ({@link HeapSampler}) and CPU per thread group ({@link ThreadCpu})
 * over the measured pass. Not thread-safe; one run at a time.
 */
final class WarmIngest {

    /**
     * The measured pass.
     *
     * @param threadSeconds CPU seconds per thread group (see {@link ThreadCpu})
     * @param processCpuSeconds this JVM's CPU time, GC and JIT included
     */
    record Result(IngestReport report, long peakUsedBytes, long peakCommittedBytes, Map<String, Double> threadSeconds,
                  double processCpuSeconds, double loadBefore, double loadAfter) {

        /** CPU ms per document of the thread groups whose name starts with {@code prefix}. */
        double threadMsPerDocument(String prefix) {
            double seconds = threadSeconds.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .mapToDouble(Map.Entry::getValue).sum();
            return seconds * 1e3 / Math.max(1, report.documents());
        }
    }

    private WarmIngest() {
    }

    /** Warms up into {@code warmupData}, then measures a pass into {@code data}; both must not exist yet. */
    static Result run(Pipeline pipeline, List<String> inputs, Path warmupData, Path data) throws IOException, InterruptedException {
        try (Store store = Store.open(warmupData)) {
            pipeline.ingest(store, inputs, InputStream.nullInputStream(), IngestListener.NONE);
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpuBefore = Throughput.processCpuNanos();
        try (Store store = Store.open(data); HeapSampler heap = HeapSampler.start(); ThreadCpu threads = ThreadCpu.start()) {
            IngestReport report = pipeline.ingest(store, inputs, InputStream.nullInputStream(), IngestListener.NONE);
            heap.close();
            threads.close();
            return new Result(report, heap.peakUsedBytes(), heap.peakCommittedBytes(), threads.seconds(),
                    (Throughput.processCpuNanos() - cpuBefore) / 1e9, loadBefore, os.getSystemLoadAverage());
        }
    }
}
