package io.newsweave.server;

import io.newsweave.model.Article;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.Timex;
import io.newsweave.store.Store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load benchmark, loopback only and bounded: a synthetic store of N articles in stories of 1 to 40
 * articles (written straight to the store: this measures serving, not ingest), a server on
 * 127.0.0.1, and C closed-loop clients for S seconds requesting story pages, the search page and
 * the search API, after an unmeasured warm-up of a quarter of the run (2 to 15 s) for the JIT.
 * Prints requests, errors, throughput and p50/p90/p99/max latency. Load generator and server share
 * one JVM and the machine's cores.
 * <p>Run: {@code newsweave-server/load-benchmark.sh [ARTICLES] [CLIENTS] [SECONDS] [DATA_DIR]}.
 */
public final class LoadBenchmark {

    private static final String[] WORDS = ("storm flood minister election budget court strike talks summit border treaty vaccine "
            + "market bank rates inflation energy pipeline drought fire harbour ferry airline union protest parliament coalition "
            + "satellite launch orbit reactor refinery wheat export tariff sanctions embassy ceasefire refugees verdict appeal").split(" ");
    private static final String[] LANGUAGES = {"en", "fr", "de", "es", "it", "pt", "nl"};

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path data = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("newsweave-load");
        try (Store store = Store.open(data)) {
            List<String> stories = fill(store, articles);
            ServerConfig config = ServerConfig.defaults().withPort(0);
            try (NewsweaveServer server = NewsweaveServer.start(store, config)) {
                System.out.printf("store: %d articles, %d stories; server %s; %d clients for %d s%n", store.size(), stories.size(),
                        server.uri(), clients, seconds);
                Duration warmUp = Duration.ofSeconds(Math.max(2, Math.min(15, seconds / 4)));
                run(server.uri(), stories, clients, warmUp);
                System.out.println("(warm-up above, not counted; measured run below)");
                long[] before = server.pages().counts();
                run(server.uri(), stories, clients, Duration.ofSeconds(seconds));
                long[] after = server.pages().counts();
                System.out.printf("page cache during the measured run: %d answers served from it, %d rendered%n", after[0] - before[0],
                        after[1] - before[1]);
            }
        }
    }

    private static List<String> fill(Store store, int target) throws Exception {
        Random random = new Random(42);
        List<String> stories = new ArrayList<>();
        long start = System.nanoTime();
        int n = 0;
        int storyNo = 0;
        while (n < target) {
            String story = "sload" + storyNo++;
            stories.add(story);
            int size = 1 + (int) Math.min(39, Math.abs(random.nextGaussian() * 8));
            String topic = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
            for (int i = 0; i < size && n < target; i++, n++) {
                if (store.size() > n) {
                    continue;
                }
                StringBuilder text = new StringBuilder("The " + topic + " story continued on Tuesday.");
                for (int w = 0; w < 120; w++) {
                    text.append(w % 12 == 0 ? ". " : " ").append(word(random));
                }
                String body = text.append('.').toString();
                String id = String.format("aload%08d", n);
                Article a = new Article(id, new Origin("load.jsonl", n + 1), null, "outlet" + random.nextInt(60) + ".example",
                        "Item " + n + ": " + topic, body, LANGUAGES[random.nextInt(LANGUAGES.length)], 0.9,
                        new Published(day.plusDays(random.nextInt(5)), Provenance.METADATA, 1), List.of(),
                        List.of(new Timex(body.indexOf("Tuesday"), body.indexOf("Tuesday") + 7, "Tuesday", day.toString(), "day", "published")));
                store.add(a, story, List.of());
            }
        }
        store.commit();
        store.index().refresh();
        System.out.printf("filled in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return stories;
    }

    private static void run(URI base, List<String> stories, int clients, Duration duration) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        java.util.concurrent.ConcurrentHashMap<String, Integer> kinds = new java.util.concurrent.ConcurrentHashMap<>();
        List<long[]> latencies = new ArrayList<>();
        long[][] perClient = new long[clients][];
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int me = c;
            perClient[me] = new long[1 << 12];
            threads.add(Thread.ofVirtual().start(() -> {
                Random random = new Random(me);
                while (System.nanoTime() < end) {
                    String path = switch (random.nextInt(5)) {
                        case 0, 1 -> "stories/" + stories.get(random.nextInt(Math.min(stories.size(), random.nextBoolean() ? 200 : stories.size())));
                        case 2, 3 -> "search?q=" + WORDS[random.nextInt(WORDS.length)] + "+" + WORDS[random.nextInt(WORDS.length)];
                        default -> "api/search?q=" + WORDS[random.nextInt(WORDS.length)] + "&language=" + LANGUAGES[random.nextInt(LANGUAGES.length)];
                    };
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            kinds.merge(r.statusCode() + " " + (path.indexOf('?') < 0 ? path : path.substring(0, path.indexOf('?'))), 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        kinds.merge(e.getClass().getSimpleName(), 1, Integer::sum);
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
        for (int c = 0; c < clients; c++) {
            latencies.add(Arrays.copyOf(perClient[c], counts[c]));
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double secs = duration.toNanos() / 1e9;
        System.out.printf("requests %d, errors %d, %.0f req/s; latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f%n", all.length, errors.get(),
                all.length / secs, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        if (!kinds.isEmpty()) {
            System.out.println("errors by kind: " + new java.util.TreeMap<>(kinds));
        }
    }

    /** A word of a 20,000-word synthetic vocabulary with a Zipf-like skew: common words are common. */
    private static String word(Random random) {
        int rank = (int) Math.min(19_999, Math.floor(Math.exp(random.nextDouble() * Math.log(20_000))));
        return rank < WORDS.length ? WORDS[rank] : "w" + Integer.toString(rank, 36);
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
