package io.newsweave.bench;

import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.IngestReport;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * End-to-end throughput in process: generates {@code --articles} news-please JSON Lines articles
 * and {@code --pages} HTML pages with {@link SyntheticCorpus} (timed apart, not counted), then
 * runs one {@link Pipeline} over each into a fresh store and prints articles per second, wall
 * time, per-stage times (summed over analysis threads, so they may exceed wall time) and the
 * sampled peak heap, with the process CPU time and the system load average (the machine may be
 * shared: articles per CPU second are less sensitive to that than wall time). Reuses a corpus already generated with the same size and seed. A size of
 * 0 skips that part.
 *
 * <p>Usage: {@code Throughput [--articles 100000] [--pages 100000] [--seed 42] [--files 20]
 * [--threads N] [--out newsweave-bench/target/throughput]}
 */
public final class Throughput {

    private Throughput() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, "Throughput [--articles N] [--pages M] [--seed S] [--files F] [--threads T] [--out DIR]");
        int articles = o.intValue("articles", 100_000);
        int pages = o.intValue("pages", 100_000);
        long seed = o.longValue("seed", 42);
        Path out = o.path("out", Path.of("newsweave-bench/target/throughput"));
        PipelineConfig defaults = PipelineConfig.defaults();
        PipelineConfig config = new PipelineConfig(defaults.ingest(), defaults.language(), defaults.grouping(),
                o.intValue("threads", defaults.threads()), defaults.syncEvery());
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, %d analysis threads%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, config.threads());
        if (articles > 0) {
            Path corpus = out.resolve("jsonl-" + articles + "-" + seed);
            generate(corpus, () -> new SyntheticCorpus(seed, articles).writeJsonl(corpus, o.intValue("files", 20)));
            measure("JSONL", config, corpus, out.resolve("data-jsonl"), articles);
        }
        if (pages > 0) {
            Path corpus = out.resolve("html-" + pages + "-" + seed);
            generate(corpus, () -> new SyntheticCorpus(seed + 1, pages).writeHtml(corpus));
            measure("HTML", config, corpus, out.resolve("data-html"), pages);
        }
    }

    /** CPU time of this JVM (all threads, GC and JIT included). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private interface Generation {
        Object run() throws IOException;
    }

    private static void generate(Path corpus, Generation generation) throws IOException {
        Path done = corpus.resolve(".complete");
        if (Files.exists(done)) {
            System.out.println("reusing corpus " + corpus);
            return;
        }
        CrashTest.deleteTree(corpus);
        long t0 = System.nanoTime();
        generation.run();
        Files.writeString(done, "");
        System.out.printf(Locale.ROOT, "generated %s in %.1f s (not counted)%n", corpus, (System.nanoTime() - t0) / 1e9);
    }

    private static void measure(String label, PipelineConfig config, Path corpus, Path data, int expected) throws Exception {
        CrashTest.deleteTree(data);
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpuBefore = processCpuNanos();
        IngestReport report;
        long peakUsed;
        long peakCommitted;
        Map<String, Double> byThread;
        try (Store store = Store.open(data); Pipeline pipeline = new Pipeline(config); HeapSampler heap = HeapSampler.start(); ThreadCpu threadCpu = ThreadCpu.start()) {
            report = pipeline.ingest(store, List.of(corpus.toString()), InputStream.nullInputStream(), IngestListener.NONE);
            heap.close();
            threadCpu.close();
            byThread = threadCpu.seconds();
            peakUsed = heap.peakUsedBytes();
            peakCommitted = heap.peakCommittedBytes();
        }
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf(Locale.ROOT, "%n== %s: %d documents, %d ingested, %d duplicates, %d rejected (expected %d)%n", label,
                report.documents(), report.ingested(), report.duplicates(), report.rejected(), expected);
        System.out.printf(Locale.ROOT, "%s: %.1f articles/s, wall %.1f s, peak heap used %d MB (committed %d MB)%n", label,
                report.articlesPerSecond(), report.wall().toNanos() / 1e9, peakUsed >> 20, peakCommitted >> 20);
        System.out.printf(Locale.ROOT, "%s: process CPU %.1f s (%.1f of %d cores busy on average, %.1f articles per CPU second); "
                        + "load average %.1f before, %.1f after%n", label, cpuSeconds, cpuSeconds / (report.wall().toNanos() / 1e9),
                Runtime.getRuntime().availableProcessors(), (report.ingested() + report.duplicates()) / cpuSeconds, loadBefore,
                os.getSystemLoadAverage());
        double javaThreads = byThread.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "%s: CPU by thread (ms per article):", label);
        byThread.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(e ->
                System.out.printf(Locale.ROOT, " %s %.2f;", e.getKey(), e.getValue() * 1e3 / Math.max(1, report.documents())));
        System.out.printf(Locale.ROOT, " JVM (GC, JIT) %.2f%n", (cpuSeconds - javaThreads) * 1e3 / Math.max(1, report.documents()));
        for (Map.Entry<String, Duration> stage : report.stages().entrySet()) {
            double seconds = stage.getValue().toNanos() / 1e9;
            System.out.printf(Locale.ROOT, "  %-9s %8.1f s  %7.3f ms/article%n", stage.getKey(), seconds,
                    report.documents() == 0 ? 0 : seconds * 1e3 / report.documents());
        }
    }
}
