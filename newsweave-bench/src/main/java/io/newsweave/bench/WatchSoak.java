package io.newsweave.bench;

import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;
import io.newsweave.watch.ArticleSink;
import io.newsweave.watch.PipelineSink;
import io.newsweave.watch.Source;
import io.newsweave.watch.SourceHealth;
import io.newsweave.watch.SourceState;
import io.newsweave.watch.SourcesFile;
import io.newsweave.watch.WatchConfig;
import io.newsweave.watch.WatchListener;
import io.newsweave.watch.WatchState;
import io.newsweave.watch.Watcher;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The watch soak: {@code --sources} simulated sources on loopback ({@link SoakSites}; 10 % faulty
 * by default, one fault each), each good one a feed of {@code --items} items pointing at article
 * pages; the watcher runs in this process until every good article is collected, through the real
 * ingest pipeline ({@code --sink pipeline}, the default) or a counting sink ({@code --sink count},
 * the watcher alone). Checks: every good article fetched and collected exactly once, every faulty
 * source's health names its fault, at most 2 requests in flight per host and no more request
 * starts in any second than the host delay allows ({@link #windowLimit}); reports the time to collect all, the peak requests per host per
 * second and the heap after GC over the run (flat memory). Exit code 1 when a check fails.
 * For the kill -9 test of the {@code watch} command, see {@link WatchCrashTest}.
 */
public final class WatchSoak {

    /** How long a stalling or dribbling fault holds its request. */
    private static final long STALL_MILLIS = 20_000;

    private WatchSoak() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, "WatchSoak [--sources 1000] [--items 50] [--hosts 100] [--faulty 0.1] [--delay-ms 100] "
                + "[--sink pipeline|count] [--work DIR] [--max-seconds 1800] [--idle-seconds 60]");
        int sourceCount = o.intValue("sources", 1000);
        int items = o.intValue("items", 50);
        int hosts = o.intValue("hosts", 100);
        double faulty = o.doubleValue("faulty", 0.1);
        long delay = o.longValue("delay-ms", 100);
        boolean pipelineSink = !"count".equals(o.string("sink", "pipeline"));
        Path work = o.path("work", Path.of("/tmp/newsweave-watch-soak"));
        long maxSeconds = o.longValue("max-seconds", 1800);
        long idleSeconds = o.longValue("idle-seconds", 60);
        CrashTest.deleteTree(work);
        Files.createDirectories(work);
        List<String> failures = new ArrayList<>();
        try (SoakSites sites = new SoakSites(sourceCount, items, hosts, faulty, STALL_MILLIS)) {
            Path file = work.resolve("sources.txt");
            Files.write(file, sites.lines());
            List<Source> sources = SourcesFile.read(file);
            WatchConfig config = WatchConfig.defaults().withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(15))
                    .withHostDelay(Duration.ofMillis(delay)).withPolls(64);
            Map<String, AtomicInteger> collected = new ConcurrentHashMap<>();
            WatchListener listener = new WatchListener() {
                @Override
                public void collected(Source source, String url, String articleId, boolean fresh) {
                    collected.computeIfAbsent(url, u -> new AtomicInteger()).incrementAndGet();
                }
            };
            Set<String> good = Set.copyOf(sites.goodArticles);
            System.out.printf(Locale.ROOT, "soak: %,d sources (%,d faulty) on %,d hosts, %,d good articles, host delay %d ms, sink %s%n",
                    sources.size(), sites.sources.values().stream().filter(f -> f != null).count(), sites.hosts(),
                    good.size(), delay, pipelineSink ? "pipeline" : "count");
            List<Long> heap = Collections.synchronizedList(new ArrayList<>());
            Store store = pipelineSink ? Store.open(work.resolve("data")) : null;
            Pipeline pipeline = pipelineSink ? new Pipeline(PipelineConfig.defaults()) : null;
            ArticleSink sink = pipelineSink ? new io.newsweave.watch.BatchingSink(new PipelineSink(pipeline, store), 500, java.time.Duration.ofMillis(500)) : new CountingSink();
            long t0 = System.nanoTime();
            try (WatchState state = WatchState.open(work.resolve("data/watch"));
                 Watcher watcher = new Watcher(sources, state, sink, config, Clock.systemUTC(), listener)) {
                Thread loop = Thread.ofPlatform().name("watch").start(() -> {
                    try {
                        watcher.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                long lastReport = System.nanoTime();
                long lastProgress = System.nanoTime();
                int lastCount = 0;
                while (collected.size() < good.size() && System.nanoTime() - t0 < maxSeconds * 1_000_000_000L
                        && System.nanoTime() - lastProgress < idleSeconds * 1_000_000_000L) {
                    Thread.sleep(200);
                    if (collected.size() != lastCount) {
                        lastCount = collected.size();
                        lastProgress = System.nanoTime();
                    }
                    if (System.nanoTime() - lastReport > 10_000_000_000L) {
                        lastReport = System.nanoTime();
                        heap.add(usedAfterGc());
                        System.out.printf(Locale.ROOT, "  %5.0f s: %,d / %,d collected, heap after GC %,d MB%n",
                                (System.nanoTime() - t0) / 1e9, collected.size(), good.size(), heap.getLast() >> 20);
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                heap.add(usedAfterGc());
                watcher.close();
                loop.join(30_000);
                check(sites, watcher, collected, good, delay, failures);
                Map<String, Integer> left = sites.stillInFlightAfter(Duration.ofMillis(STALL_MILLIS + 5_000));
                if (!left.isEmpty()) {
                    failures.add("server in-flight counts not back to 0 after the run (the in-flight figure cannot be trusted): " + left);
                }
                Map<String, Integer> peaks = sites.peakPerSecond();
                int peak = peaks.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                double minGap = sites.minGapMillis().values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
                int maxInFlight = sites.maxInFlight.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
                long requests = sites.starts.values().stream().mapToLong(java.util.Collection::size).sum();
                System.out.printf(Locale.ROOT, "collected %,d / %,d good articles in %.1f s (%.1f articles/s), %,d requests%n",
                        collected.size(), good.size(), seconds, collected.size() / seconds, requests);
                System.out.printf(Locale.ROOT, "politeness: peak %d requests per host in any second (limit %d), shortest gap %.1f ms "
                        + "(delay %d; the client spaces starts, the server sees them with jitter), at most %d in flight per host (limit 2), "
                        + "server counts back to 0 at the end: %s%n",
                        peak, windowLimit(delay), minGap, delay, maxInFlight, left.isEmpty() ? "yes" : "no");
                System.out.printf(Locale.ROOT, "heap after GC, MB, every 10 s: %s%n", heap.stream().map(b -> Long.toString(b >> 20)).toList());
                if (store != null) {
                    System.out.printf(Locale.ROOT, "store: %,d articles%n", store.size());
                    if (store.size() != good.size()) {
                        failures.add("store holds " + store.size() + " articles, expected " + good.size());
                    }
                }
            } finally {
                if (pipeline != null) {
                    pipeline.close();
                }
                if (store != null) {
                    store.close();
                }
            }
        }
        failures.stream().filter(f -> !f.startsWith("http")).limit(30).forEach(f -> System.out.println("FAIL " + f));
        failures.stream().filter(f -> f.startsWith("http")).limit(10).forEach(f -> System.out.println("FAIL " + f));
        System.out.println(failures.isEmpty() ? "soak passed" : "soak FAILED: " + failures.size() + " problems");
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static void check(SoakSites sites, Watcher watcher, Map<String, AtomicInteger> collected, Set<String> good, long delay,
                              List<String> failures) {
        for (String url : good) {
            AtomicInteger times = collected.get(url);
            AtomicInteger fetches = sites.articleFetches.get(url);
            if (times == null || times.get() != 1) {
                failures.add(url + " collected " + (times == null ? 0 : times.get()) + " times");
            }
            if (fetches == null || fetches.get() != 1) {
                failures.add(url + " fetched " + (fetches == null ? 0 : fetches.get()) + " times");
            }
        }
        for (Map.Entry<Source, SourceState> e : watcher.sources()) {
            String fault = sites.sources.get(e.getKey().key());
            SourceHealth h = e.getValue().health();
            if (fault == null) {
                if (h.consecutiveFailures() > 0 || h.lastError() != null) {
                    failures.add("good source " + e.getKey().key() + " failed: " + h.lastError() + " (" + h.consecutiveFailures() + " in a row)");
                }
                if (h.lastWarning() != null) {
                    failures.add("good source " + e.getKey().key() + " warned: " + h.lastWarning());
                }
            } else {
                String expected = SoakSites.REASONS.get(fault);
                String said = (h.lastError() == null ? "" : h.lastError()) + " | " + (h.lastWarning() == null ? "" : h.lastWarning());
                if (!said.contains(expected)) {
                    failures.add("faulty source (" + fault + ") " + e.getKey().key() + " says '" + said + "', expected '" + expected + "'");
                }
            }
        }
        sites.maxInFlight.forEach((host, max) -> {
            if (max.get() > 2) {
                failures.add(host + " had " + max.get() + " requests in flight");
            }
        });
        int limit = windowLimit(delay);
        sites.peakPerSecond().forEach((host, peak) -> {
            if (peak > limit) {
                failures.add(host + " had " + peak + " requests start within one second (limit " + limit + ")");
            }
        });
    }

    /**
     * Request starts allowed in any one second on one host, as the server sees them: one per delay
     * plus one, plus one for the jitter between the client's start and the server's accept (a
     * request that waited for a connection arrives late, the next on time).
     */
    static int windowLimit(long delay) {
        return (int) (1000 / Math.max(1, delay)) + 2;
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Counts pages; every page a new article. */
    private static final class CountingSink implements ArticleSink {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public List<Result> ingest(List<Page> pages) {
            List<Result> results = new ArrayList<>();
            for (Page ignored : pages) {
                results.add(new Result("a" + next.incrementAndGet(), true, null));
            }
            return results;
        }
    }
}
