package io.newsweave.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsweave.cluster.Channel;
import io.newsweave.cluster.ArticleFeatures;
import io.newsweave.model.Article;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.IngestReport;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;

import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Does the per-article clustering cost stay flat as the store grows? For each size, fills a fresh
 * store with that many generated articles straight through the store API (features computed as
 * the pipeline does, minus entities; {@value #PER_DAY} articles a day, so a store of 1M spans
 * 1,000 days), then ingests {@code --place} new articles dated after them through the whole
 * pipeline and prints, per article, the CPU time of the pipeline's ordered thread (entity ids,
 * clustering, store: the part whose cost could grow with the store) and the clustering stage's
 * wall time (which suffers from other load on the machine). Usage:
 * {@code ClusterScale [--sizes 10000,100000,1000000] [--place 2000] [--warmup 5000] [--work DIR] [--seed 5]}.
 * A warm-up store of {@code --warmup} articles (0: none) is filled and placed into first, its figure not counted, so
 * that no size measures a JVM whose JIT has not yet compiled the placement path.
 */
public final class ClusterScale {

    static final int PER_DAY = 1_000;

    private ClusterScale() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, "ClusterScale [--sizes 10000,100000,1000000] [--place 2000] [--warmup 5000] [--work DIR] [--seed 5]");
        Path work = o.path("work", Path.of("newsweave-bench/target/cluster-scale"));
        int place = o.intValue("place", 2_000);
        long seed = o.longValue("seed", 5);
        int warmup = o.intValue("warmup", 5_000);
        Map<Integer, Double> results = new LinkedHashMap<>();
        if (warmup > 0) {
            // the JIT compiles the placement path during the first run: without this, the first size measures a cold JVM
            measure(work, warmup, place, seed, "warm-up (not counted)");
        }
        for (String s : o.string("sizes", "10000,100000,1000000").split(",")) {
            int size = Integer.parseInt(s.strip().replace("_", ""));
            results.put(size, measure(work, size, place, seed, "store"));
        }
        double min = results.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = results.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        System.out.printf(Locale.ROOT, "largest / smallest ordered-thread CPU per article: %.2fx (target <= 1.3x)%n", min == 0 ? 0 : max / min);
    }

    /** Fills a store of {@code size}, places {@code place} new articles into it; returns the ordered thread's CPU ms per article. */
    private static double measure(Path work, int size, int place, long seed, String label) throws Exception {
        Path data = work.resolve("data-" + size);
        CrashTest.deleteTree(data);
        SyntheticCorpus corpus = new SyntheticCorpus(seed, size + place + 1);
        long t0 = System.nanoTime();
        fill(data, corpus, size);
        System.out.printf(Locale.ROOT, "filled %,d articles in %.1f s (not measured)%n", size, (System.nanoTime() - t0) / 1e9);
        Path input = work.resolve("place-" + size + ".jsonl");
        writeJsonl(input, corpus, size, place);
        Path one = work.resolve("one-" + size + ".jsonl");
        writeJsonl(one, corpus, size + place, 1);
        double cpuMs;
        try (Pipeline pipeline = new Pipeline(PipelineConfig.defaults()); Store store = Store.open(data)) {
            // what a pipeline run pays once at its start (lineage fills its window of recent articles):
            // a run placing one article, measured apart
            IngestReport start = pipeline.ingest(store, List.of(one.toString()), InputStream.nullInputStream(), IngestListener.NONE);
            double startMs = start.stageCpu().getOrDefault("lineage", Duration.ZERO).toNanos() / 1e6;
            long cpu0 = orderedThreadCpu();
            IngestReport report = pipeline.ingest(store, List.of(input.toString()), InputStream.nullInputStream(), IngestListener.NONE);
            cpuMs = (orderedThreadCpu() - cpu0) / 1e6 / Math.max(1, report.ingested());
            Duration group = report.stages().getOrDefault("group", Duration.ZERO);
            Duration features = report.stages().getOrDefault("features", Duration.ZERO);
            double ms = group.toNanos() / 1e6 / Math.max(1, report.ingested());
            System.out.printf(Locale.ROOT, "%s %,9d: placed %,d new articles; ordered thread CPU %.3f ms/article; clustering "
                    + "%.3f ms/article wall (group stage); features %.3f ms/article (parallel); end to end %.1f articles/s; load %.1f%n",
                    label, size, report.ingested(), cpuMs, ms, features.toNanos() / 1e6 / Math.max(1, report.ingested()), report.articlesPerSecond(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            double lineageMs = report.stageCpu().getOrDefault("lineage", Duration.ZERO).toNanos() / 1e6;
            System.out.printf(Locale.ROOT, "%s %,9d: lineage (copies and translations) CPU %.3f ms/article (sketch in analysis, candidates and links in order); "
                    + "a run's start (a run of one article) %.1f ms; per article less one start %.3f ms%n",
                    label, size, lineageMs / Math.max(1, report.ingested()), startMs,
                    Math.max(0, lineageMs - startMs) / Math.max(1, report.ingested()));
        }
        CrashTest.deleteTree(data);
        return cpuMs;
    }

    /** CPU time of the pipeline's ordered thread (dedupe, entity ids, clustering, store), which lives as long as the pipeline. */
    private static long orderedThreadCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals("newsweave-store")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static LocalDate day(int index) {
        return SyntheticCorpus.START.plusDays(index / PER_DAY);
    }

    /** Stores articles 0..size-1, features computed on two threads, stored in order, each alone in its story. */
    private static void fill(Path data, SyntheticCorpus corpus, int size) throws Exception {
        ArticleFeatures features = new ArticleFeatures();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Store store = Store.open(data)) {
            int batch = 2_000;
            for (int from = 0; from < size; from += batch) {
                List<Future<Object[]>> futures = new ArrayList<>();
                for (int i = from; i < Math.min(size, from + batch); i++) {
                    int index = i;
                    futures.add(pool.submit(() -> {
                        SyntheticArticle a = corpus.article(index);
                        LocalDate date = day(index);
                        Article article = new Article("syn" + index, new Origin("generated", index + 1), a.url(), a.source(), a.title(),
                                a.body(), a.language(), 1.0, new Published(date, Provenance.METADATA, 1.0), List.of(), List.of());
                        List<String> keys = new ArrayList<>(features.of(a.title(), a.body(), a.language()));
                        keys.add(Channel.DATES.key(date.toString()));
                        return new Object[] {article, keys};
                    }));
                }
                for (Future<Object[]> f : futures) {
                    Object[] v = f.get();
                    Article article = (Article) v[0];
                    @SuppressWarnings("unchecked")
                    List<String> keys = (List<String>) v[1];
                    store.add(article, io.newsweave.model.GroupIds.story(article.id()), io.newsweave.model.GroupIds.event(article.id()), keys);
                }
            }
            store.commit();
        } finally {
            pool.shutdown();
        }
    }

    private static void writeJsonl(Path file, SyntheticCorpus corpus, int from, int count) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = from; i < from + count; i++) {
                SyntheticArticle a = corpus.article(i);
                out.write(json.writeValueAsString(Map.of("title", a.title(), "maintext", a.body(), "date_publish", day(i).toString(),
                        "language", a.language(), "url", a.url(), "source_domain", a.source())));
                out.write('\n');
            }
        }
    }
}
