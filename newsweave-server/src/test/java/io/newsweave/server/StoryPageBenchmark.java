package io.newsweave.server;

import io.newsweave.store.Store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Story page benchmark, loopback only and bounded: a store holding one story of 10,000 generated
 * articles and one of 60 ({@link LongStory}, written straight to the store with fixed story ids), a
 * server on 127.0.0.1, then: the process's first request (any page: it pays the JVM's, the
 * server's and the client's warm-up), the big story's first page (HTML and API) first and then
 * served again, with its size, and once more with a digest the request builds itself; and C closed-loop clients for S seconds on the 60-article story page and on the big
 * story's first page, for C = 20 and 200, with p50/p99/max latency, errors (30 s time-out) and the
 * largest heap used and resident set size. Load generator and server share one JVM.
 * <p>Run: {@code MAIN=io.newsweave.server.StoryPageBenchmark newsweave-server/load-benchmark.sh
 * [SECONDS=15] [BIG=10000] [PAUSE_MS=0]}, the pause coming between the server's start and the
 * first request.
 */
public final class StoryPageBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private StoryPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int big = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long pause = args.length > 2 ? Long.parseLong(args[2]) : 0;
        Path data = Files.createTempDirectory("newsweave-story-bench");
        try (Store store = Store.open(data)) {
            long t0 = System.nanoTime();
            LongStory.write(store, "svelmora", "avel", big, 1);
            LongStory.write(store, "sharbour", "ahar", 60, 2);
            System.out.printf("filled %d articles in %.1f s%n", store.size(), (System.nanoTime() - t0) / 1e9);
            try (NewsweaveServer server = NewsweaveServer.start(store, ServerConfig.defaults().withPort(0))) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
                URI base = server.uri();
                Thread.sleep(pause);
                long f0 = System.nanoTime();
                get(http, base.resolve("api/stories?limit=1"));
                System.out.printf("first request of the process (JVM, server and client warm-up): %.0f ms%n", (System.nanoTime() - f0) / 1e6);
                for (String path : new String[] {"stories/svelmora", "api/stories/svelmora"}) {
                    long c0 = System.nanoTime();
                    int size = get(http, base.resolve(path));
                    double cold = (System.nanoTime() - c0) / 1e6;
                    long[] warm = new long[9];
                    for (int i = 0; i < warm.length; i++) {
                        long w0 = System.nanoTime();
                        get(http, base.resolve(path));
                        warm[i] = System.nanoTime() - w0;
                    }
                    Arrays.sort(warm);
                    System.out.printf("%-22s %,9d bytes; first %.0f ms, then median %.1f ms%n", path, size, cold, warm[warm.length / 2] / 1e6);
                }
                // a language some articles have but the story's main one is not: a digest of its own, built by this request
                long d0 = System.nanoTime();
                get(http, base.resolve("stories/svelmora?lang=fr"));
                System.out.printf("%-22s first page building its digest: %.0f ms%n", "stories/svelmora?lang=fr", (System.nanoTime() - d0) / 1e6);
                System.out.printf("heap after first pages: %d MB used; RSS %s%n", MEMORY.getHeapMemoryUsage().getUsed() >> 20, rss());
                for (String path : new String[] {"stories/sharbour", "stories/svelmora"}) {
                    for (int clients : new int[] {20, 200}) {
                        run(http, base.resolve(path), clients, Duration.ofSeconds(Math.max(2, seconds / 4)), false);
                        run(http, base.resolve(path), clients, Duration.ofSeconds(seconds), true);
                    }
                }
                System.out.printf("end: RSS %s, peak RSS %s%n", rss(), peakRss());
            }
        }
    }

    private static int get(HttpClient http, URI uri) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode());
        }
        return r.body().length;
    }

    private static void run(HttpClient http, URI uri, int clients, Duration duration, boolean print) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong();
        long[][] perClient = new long[clients][];
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        for (int c = 0; c < clients; c++) {
            int me = c;
            perClient[me] = new long[256];
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.net.http.HttpTimeoutException e) {
                        timeouts.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (counts[me] == perClient[me].length) {
                        perClient[me] = Arrays.copyOf(perClient[me], counts[me] * 2);
                    }
                    perClient[me][counts[me]++] = System.nanoTime() - t0;
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        sampler.interrupt();
        long[] all = new long[0];
        for (int c = 0; c < clients; c++) {
            long[] mine = Arrays.copyOf(perClient[c], counts[c]);
            long[] joined = Arrays.copyOf(all, all.length + mine.length);
            System.arraycopy(mine, 0, joined, all.length, mine.length);
            all = joined;
        }
        Arrays.sort(all);
        if (print) {
            System.out.printf("%-18s %3d clients %3d s: %6d requests, %.0f req/s, errors %d, time-outs %d; ms p50 %.1f p99 %.1f max %.1f;"
                            + " peak heap %d MB, RSS %s%n", uri.getPath(), clients, duration.toSeconds(), all.length,
                    all.length / (duration.toNanos() / 1e9), errors.get(), timeouts.get(), ms(all, 0.5), ms(all, 0.99),
                    all.length == 0 ? 0 : all[all.length - 1] / 1e6, peakHeap.get() >> 20, rss());
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1e6;
    }

    private static String rss() throws java.io.IOException {
        return status("VmRSS:");
    }

    private static String peakRss() throws java.io.IOException {
        return status("VmHWM:");
    }

    private static String status(String field) throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field)) {
                return line.substring(field.length()).strip();
            }
        }
        return "?";
    }
}
