package io.newsweave.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small soak on loopback (the full one is {@code WatchSoak} in newsweave-bench): 30 sources on
 * three hosts plus three faulty ones on their own hosts, each good feed of 12 articles; the real
 * clock and the watch loop, as in production. Every good article is fetched and collected once,
 * every faulty source names its fault, and no host ever sees more than 2 requests at once.
 */
@Timeout(120)
class WatchSoakTest {

    @Test
    void manySourcesAreCollectedOnceEachPolitelyWhileFaultySourcesAreMarked(@TempDir Path dir) throws Exception {
        List<LoopbackSite> hosts = new ArrayList<>();
        try {
            for (int h = 0; h < 3; h++) {
                hosts.add(new LoopbackSite("127.0.9." + (h + 1)));
            }
            List<Source> sources = new ArrayList<>();
            List<String> good = new ArrayList<>();
            for (int s = 0; s < 30; s++) {
                LoopbackSite site = hosts.get(s % hosts.size());
                List<String> links = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    String path = "/s" + s + "/article-" + i + "-of-feed-" + s;
                    site.text(path, "text/html", Fixtures.article("Feed " + s + " report " + i, s * 12 + i));
                    links.add(site.url(path) + "?utm_campaign=soak");
                    good.add(site.url(path));
                }
                site.text("/feed-" + s + ".xml", "application/rss+xml", Fixtures.rss("Feed " + s, links));
                sources.add(new Source(URI.create(site.url("/feed-" + s + ".xml")), null, "Outlet " + s, "en", null));
            }
            Map<String, String> faults = new HashMap<>();
            LoopbackSite malformed = new LoopbackSite("127.0.9.11");
            LoopbackSite bomb = new LoopbackSite("127.0.9.12");
            LoopbackSite busy = new LoopbackSite("127.0.9.13");
            hosts.addAll(List.of(malformed, bomb, busy));
            malformed.text("/feed.xml", "text/xml", "<rss><channel><item><link>");
            byte[] packed = gzip(new byte[30 << 20]);
            bomb.route("/feed.xml", ex -> {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                LoopbackSite.send(ex, 200, "text/xml", packed);
            });
            busy.route("/feed.xml", ex -> {
                ex.getResponseHeaders().set("Retry-After", "600");
                LoopbackSite.send(ex, 503, "text/plain", "busy");
            });
            faults.put(malformed.url("/feed.xml"), "malformed feed");
            faults.put(bomb.url("/feed.xml"), "gzip body unpacks to more than");
            faults.put(busy.url("/feed.xml"), "HTTP 503 Service Unavailable, retry after 600 s");
            faults.keySet().forEach(url -> sources.add(new Source(URI.create(url), null, null, null, null)));

            ListSink sink = new ListSink();
            WatchConfig config = WatchFetcherTest.FAST.withHostDelay(Duration.ofMillis(20)).withPolls(8);
            long t0 = System.nanoTime();
            try (WatchState state = WatchState.open(dir);
                 Watcher watcher = new Watcher(sources, state, new BatchingSink(sink, 100, Duration.ofMillis(50)), config,
                         Clock.systemUTC(), WatchListener.NONE)) {
                Thread loop = Thread.ofVirtual().start(() -> {
                    try {
                        watcher.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                while (sink.pages.size() < good.size() && System.nanoTime() - t0 < 90_000_000_000L) {
                    Thread.sleep(50);
                }
                Thread.sleep(300);
                watcher.close();
                loop.join(10_000);
                assertThat(sink.urls()).containsExactlyInAnyOrderElementsOf(good);
                for (String url : good) {
                    URI uri = URI.create(url);
                    LoopbackSite site = hosts.stream().filter(h -> h.url("/").startsWith(uri.getScheme() + "://" + uri.getRawAuthority()))
                            .findFirst().orElseThrow();
                    assertThat(site.count(uri.getRawPath())).as(url).isEqualTo(1);
                }
                for (Map.Entry<Source, SourceState> e : watcher.sources()) {
                    String expected = faults.get(e.getKey().key());
                    SourceHealth h = e.getValue().health();
                    if (expected == null) {
                        assertThat(h.consecutiveFailures()).as(e.getKey().key()).isZero();
                        assertThat(h.articles()).as(e.getKey().key()).isPositive();
                    } else {
                        assertThat(h.lastError()).as(e.getKey().key()).contains(expected);
                    }
                }
                assertThat(state.seenCount()).isEqualTo(good.size());
            }
            for (LoopbackSite site : hosts) {
                assertThat(site.maxInFlight.get()).as(site.url("/")).isLessThanOrEqualTo(2);
            }
            assertThat(hosts.get(0).requests.size()).as("one feed fetch and 12 pages per source, a robots.txt").isEqualTo(10 * 13 + 1);
        } finally {
            hosts.forEach(LoopbackSite::close);
        }
    }

    private static byte[] gzip(byte[] bytes) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
