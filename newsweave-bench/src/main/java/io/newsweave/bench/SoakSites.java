package io.newsweave.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * Simulated news sites on loopback for the watch soak: {@code goodHosts} addresses
 * 127.0.x.y carry the good sources (each a feed of {@code items} items pointing at article pages
 * of 15 to 40 KB rendered from the {@link SyntheticCorpus}),
 * and every faulty source has its own address, serving one fault: malformed XML, HTML for a feed,
 * 404, a redirect loop, a stall, a gzip bomb, 429 with Retry-After, a dribble, a closed
 * connection, a feed of 100,000 items. Logs every request's start per host and the most requests
 * in flight per host, and counts fetches per article. Thread-safe.
 */
final class SoakSites implements AutoCloseable {

    static final String[] FAULTS = {"malformed", "html", "404", "loop", "stall", "bomb", "429", "dribble", "closed", "huge"};
    /** What each fault's source health must say. */
    static final Map<String, String> REASONS = Map.of("malformed", "malformed feed", "html", "HTML page where a rss was expected",
            "404", "HTTP 404 Not Found", "loop", "redirect loop", "stall", "within", "bomb", "gzip body unpacks to more than",
            "429", "HTTP 429 Too Many Requests", "dribble", "within", "closed", "connection closed", "huge", "(the item cap)");

    private final List<HttpServer> servers = new ArrayList<>();
    /**
     * Per exchange under way, what ends its in-flight count; {@link #send} runs it before the answer goes out (the client may
     * send the next request at once). Kept here by exchange identity, not as an exchange attribute: the JDK server keeps
     * attributes per context, so concurrent exchanges of one host overwrote each other's and a count was lost (a phantom
     * third request in flight on a host from then on).
     */
    private final Map<HttpExchange, Runnable> answering = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    final Map<String, ConcurrentLinkedQueue<Long>> starts = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> maxInFlight = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> articleFetches = new ConcurrentHashMap<>();
    /** Source URL (as in the sources file) to its fault, or {@code null} for a good source. */
    final Map<String, String> sources = new LinkedHashMap<>();
    final List<String> goodArticles = new ArrayList<>();
    private final int items;
    private final long stallMillis;
    private final SyntheticCorpus corpus;
    private byte[] bomb;
    private byte[] huge;

    SoakSites(int sourceCount, int items, int goodHosts, double faultyShare, long stallMillis) throws IOException {
        this.items = items;
        this.stallMillis = stallMillis;
        this.corpus = new SyntheticCorpus(7, Math.max(1, sourceCount * items));
        int faultyEvery = faultyShare <= 0 ? Integer.MAX_VALUE : (int) Math.round(1 / faultyShare);
        List<String> goodBases = new ArrayList<>();
        for (int h = 0; h < goodHosts; h++) {
            goodBases.add(start(address(h)));
        }
        int faultyHost = goodHosts;
        int faults = 0;
        for (int s = 0; s < sourceCount; s++) {
            if ((s + 1) % faultyEvery == 0) {
                String fault = FAULTS[faults++ % FAULTS.length];
                String base = start(address(faultyHost++));
                sources.put(base + "/feed-" + s + ".xml?fault=" + fault, fault);
            } else {
                String base = goodBases.get(s % goodHosts);
                sources.put(base + "/feed-" + s + ".xml", null);
                for (int i = 0; i < items; i++) {
                    goodArticles.add(base + "/s" + s + "/" + i + "-" + slug(s, i));
                }
            }
        }
    }

    private static String address(int h) {
        return "127.0." + (1 + h / 250) + "." + (1 + h % 250);
    }

    private String start(String address) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 128);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        servers.add(server);
        return "http://" + address + ":" + server.getAddress().getPort();
    }

    /** The loopback hosts serving (good and faulty). */
    int hosts() {
        return servers.size();
    }

    /** Sources-file lines, one per source. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> e : sources.entrySet()) {
            lines.add(e.getKey() + (e.getValue() == null ? "" : " kind=rss") + " name=\"Outlet " + (n++ % 97) + "\" lang=en");
        }
        return lines;
    }

    private void handle(HttpExchange ex) throws IOException {
        String host = ex.getLocalAddress().getAddress().getHostAddress();
        starts.computeIfAbsent(host, h -> new ConcurrentLinkedQueue<>()).add(System.nanoTime());
        int now = inFlight.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
        java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean(true);
        Runnable done = () -> {
            if (counted.getAndSet(false)) {
                inFlight.get(host).decrementAndGet();
            }
        };
        answering.put(ex, done);
        maxInFlight.computeIfAbsent(host, h -> new AtomicInteger()).accumulateAndGet(now, Math::max);
        try {
            String path = ex.getRequestURI().getPath();
            String fault = param(ex.getRequestURI().getRawQuery());
            if (path.equals("/robots.txt")) {
                send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
            } else if (fault != null) {
                fault(ex, fault);
            } else if (path.startsWith("/feed-")) {
                int s = Integer.parseInt(path.substring(6, path.indexOf('.')));
                send(ex, 200, "application/rss+xml", feed(ex, s).getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/s")) {
                String url = "http://" + host + ":" + ex.getLocalAddress().getPort() + path;
                articleFetches.computeIfAbsent(url, u -> new AtomicInteger()).incrementAndGet();
                String[] parts = path.split("/");
                int s = Integer.parseInt(parts[1].substring(1));
                int i = Integer.parseInt(parts[2].substring(0, parts[2].indexOf('-')));
                send(ex, 200, "text/html; charset=utf-8", HtmlPage.render(corpus.article(s * items + i), corpus, new java.util.SplittableRandom(s * items + i)).getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // the watcher gave up on a fault, or the fault closed the exchange on purpose
        } finally {
            answering.remove(ex);
            done.run();
            ex.close();
        }
    }

    private String feed(HttpExchange ex, int s) {
        String base = "http://" + ex.getLocalAddress().getAddress().getHostAddress() + ":" + ex.getLocalAddress().getPort();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed ")
                .append(s).append("</title><link>").append(base).append("/</link><description>d</description>\n");
        for (int i = 0; i < items; i++) {
            xml.append("<item><title>Report ").append(i).append(" of feed ").append(s).append("</title><link>").append(base)
                    .append("/s").append(s).append('/').append(i).append('-').append(slug(s, i)).append("?utm_source=rss&amp;utm_medium=feed")
                    .append("</link><pubDate>Tue, 07 Dec 2021 10:00:00 GMT</pubDate></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    private void fault(HttpExchange ex, String fault) throws IOException {
        switch (fault) {
            case "malformed" -> send(ex, 200, "text/xml", "<?xml version=\"1.0\"?><rss><channel><item><link>x</channel>".getBytes(StandardCharsets.UTF_8));
            case "html" -> send(ex, 200, "text/html", "<!DOCTYPE html><html><body>Not a feed</body></html>".getBytes(StandardCharsets.UTF_8));
            case "404" -> send(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8));
            case "loop" -> {
                ex.getResponseHeaders().set("Location", ex.getRequestURI().getPath().endsWith("b") ? ex.getRequestURI().getPath().replaceAll("b$", "") + "?fault=loop"
                        : ex.getRequestURI().getPath() + "b?fault=loop");
                send(ex, 302, null, new byte[0]);
            }
            case "stall" -> sleep(stallMillis);
            case "bomb" -> {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                send(ex, 200, "text/xml", bomb());
            }
            case "429" -> {
                ex.getResponseHeaders().set("Retry-After", "3600");
                send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            }
            case "dribble" -> {
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    for (long t = 0; t < stallMillis; t += 200) {
                        out.write(' ');
                        out.flush();
                        sleep(200);
                    }
                }
            }
            case "closed" -> ex.getHttpContext().getServer();
            case "huge" -> send(ex, 200, "text/xml", huge());
            default -> send(ex, 500, "text/plain", new byte[0]);
        }
    }

    private synchronized byte[] bomb() throws IOException {
        if (bomb == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 100; i++) {
                    gz.write(zeros);
                }
            }
            bomb = out.toByteArray();
        }
        return bomb;
    }

    private synchronized byte[] huge() {
        if (huge == null) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>H</title><link>http://h/</link><description>d</description>\n");
            for (int i = 0; i < 100_000; i++) {
                xml.append("<item><link>/private/").append(i).append("</link></item>\n");
            }
            huge = xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
        }
        return huge;
    }

    private static String param(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("fault=")) {
                return pair.substring(6);
            }
        }
        return null;
    }

    private static String slug(int s, int i) {
        String[] words = {"talks", "border", "summit", "troops", "sanctions", "ceasefire", "minister", "delegation", "vote", "crisis"};
        return words[(s + i) % words.length] + "-" + words[(s * 7 + i * 3) % words.length] + "-in-" + words[(i * 5 + 1) % words.length];
    }

    /** Ends {@code ex}'s in-flight count: its answer goes out now. */
    private void answered(HttpExchange ex) {
        Runnable done = answering.get(ex);
        if (done != null) {
            done.run();
        }
    }

    private void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        answered(ex);
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hosts whose in-flight count is not back to 0 (with the count): none once every exchange has ended. */
    Map<String, Integer> stillInFlight() {
        Map<String, Integer> left = new HashMap<>();
        inFlight.forEach((host, n) -> {
            if (n.get() != 0) {
                left.put(host, n.get());
            }
        });
        return left;
    }

    /**
     * Waits up to {@code max} for every host's in-flight count to come back to 0 (a stalled handler sleeps on after the client
     * gave up and closed its connection); the hosts still not at 0.
     */
    Map<String, Integer> stillInFlightAfter(java.time.Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        Map<String, Integer> left = stillInFlight();
        while (!left.isEmpty() && System.nanoTime() - end < 0) {
            Thread.sleep(100);
            left = stillInFlight();
        }
        return left;
    }

    /** Per host: the most requests that started within any one second. */
    Map<String, Integer> peakPerSecond() {
        Map<String, Integer> peaks = new HashMap<>();
        starts.forEach((host, queue) -> {
            long[] t = queue.stream().mapToLong(Long::longValue).sorted().toArray();
            int peak = 0;
            int from = 0;
            for (int to = 0; to < t.length; to++) {
                while (t[to] - t[from] >= 1_000_000_000L) {
                    from++;
                }
                peak = Math.max(peak, to - from + 1);
            }
            peaks.put(host, peak);
        });
        return peaks;
    }

    /** Per host: the shortest gap between two request starts, in ms. */
    Map<String, Double> minGapMillis() {
        Map<String, Double> gaps = new HashMap<>();
        starts.forEach((host, queue) -> {
            long[] t = queue.stream().mapToLong(Long::longValue).sorted().toArray();
            double min = Double.MAX_VALUE;
            for (int i = 1; i < t.length; i++) {
                min = Math.min(min, (t[i] - t[i - 1]) / 1e6);
            }
            gaps.put(host, min);
        });
        return gaps;
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
    }
}
