package io.newsweave.watch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.Timeout(60)
class WatcherTest {

    static final WatchConfig CONFIG = WatchFetcherTest.FAST.withLimits(1 << 20, 2 << 20, 50);

    @TempDir
    Path dir;

    private final LoopbackSite site = new LoopbackSite();
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final ListSink sink = new ListSink();
    private final List<AutoCloseable> open = new ArrayList<>();

    WatcherTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
        site.close();
    }

    private Watcher watcher(List<Source> sources) throws Exception {
        return watcher(sources, CONFIG);
    }

    private Watcher watcher(List<Source> sources, WatchConfig config) throws Exception {
        WatchState state = WatchState.open(dir.resolve("watch"));
        Watcher watcher = new Watcher(sources, state, sink, config, clock, WatchListener.NONE);
        open.add(state);
        open.add(watcher);
        return watcher;
    }

    private static Source source(String url, SourceKind kind) {
        return new Source(URI.create(url), kind, null, null, null);
    }

    private List<String> articles(String prefix, int from, int to) {
        List<String> urls = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            String path = "/" + prefix + "/story-number-" + i;
            urls.add(site.url(path));
            int n = i;
            site.text(path, "text/html; charset=utf-8", Fixtures.article("Story " + prefix + " " + n, n));
        }
        return urls;
    }

    private SourceState state(Watcher watcher, String key) {
        return watcher.sources().stream().filter(e -> e.getKey().key().equals(key)).map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    @Test
    void everyArticleIsFetchedOnceEvenWhenTwoFeedsCarryIt() throws Exception {
        List<String> urls = articles("world", 1, 7);
        site.text("/a.xml", "application/rss+xml", Fixtures.rss("A", urls.subList(0, 5)));
        List<String> tracked = urls.subList(2, 7).stream().map(u -> u + "?utm_source=b&utm_medium=rss").toList();
        site.text("/b.xml", "application/atom+xml", Fixtures.atom(tracked));
        Watcher watcher = watcher(List.of(source(site.url("/a.xml"), null), source(site.url("/b.xml"), SourceKind.ATOM)));
        assertThat(watcher.pollDue()).isEqualTo(2);
        assertThat(sink.urls()).containsExactlyInAnyOrderElementsOf(urls);
        for (int i = 1; i <= 7; i++) {
            assertThat(site.count("/world/story-number-" + i)).as("fetches of article %d", i).isEqualTo(1);
        }
        SourceState a = state(watcher, site.url("/a.xml"));
        SourceState b = state(watcher, site.url("/b.xml"));
        assertThat(a.kind()).isEqualTo(SourceKind.RSS);
        assertThat(a.health().articles() + b.health().articles()).isEqualTo(7);
        assertThat(a.health().status(clock.instant())).isEqualTo(SourceStatus.OK);
        assertThat(sink.pages.get(0).source()).isEqualTo("127.0.0.1");

        assertThat(watcher.pollDue()).as("nothing is due before the interval").isZero();
        clock.advance(Duration.ofMinutes(11));
        assertThat(watcher.pollDue()).isEqualTo(2);
        assertThat(sink.pages).hasSize(7);
        assertThat(site.count("/a.xml")).isEqualTo(2);
        assertThat(Duration.ofMillis(state(watcher, site.url("/a.xml")).intervalMillis())).as("no new items: interval stretched")
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void newItemsAreCollectedOnTheNextPollAndOnlyThey() throws Exception {
        List<String> urls = articles("news", 1, 6);
        AtomicInteger shown = new AtomicInteger(3);
        site.route("/feed.xml", ex -> LoopbackSite.send(ex, 200, "text/xml", Fixtures.rss("F", urls.subList(0, shown.get()))));
        Watcher watcher = watcher(List.of(source(site.url("/feed.xml"), SourceKind.RSS)));
        watcher.pollDue();
        assertThat(sink.pages).hasSize(3);
        shown.set(6);
        clock.advance(Duration.ofMinutes(10));
        watcher.pollDue();
        assertThat(sink.urls()).containsExactlyElementsOf(urls);
        SourceHealth health = state(watcher, site.url("/feed.xml")).health();
        assertThat(health.newPerDay()).containsExactly(6);
        assertThat(health.lastNewItem()).isEqualTo(clock.instant().toEpochMilli());
    }

    @Test
    void conditionalGetAndBodyHashSkipUnchangedFeeds() throws Exception {
        List<String> urls = articles("c", 1, 2);
        AtomicInteger version = new AtomicInteger();
        site.route("/etag.xml", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackSite.send(ex, 304, null, new byte[0]);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            LoopbackSite.send(ex, 200, "text/xml", Fixtures.rss("E", urls));
        });
        site.route("/liar.xml", ex -> {
            ex.getResponseHeaders().set("ETag", "\"x" + version.incrementAndGet() + "\"");
            LoopbackSite.send(ex, 200, "text/xml", Fixtures.rss("L", urls));
        });
        Watcher watcher = watcher(List.of(source(site.url("/etag.xml"), null), source(site.url("/liar.xml"), null)));
        watcher.pollDue();
        clock.advance(Duration.ofMinutes(10));
        watcher.pollDue();
        assertThat(site.requests.stream().filter(r -> r.path().equals("/etag.xml")).map(r -> r.header("If-None-Match")))
                .containsExactly(null, "\"v1\"");
        SourceState etag = state(watcher, site.url("/etag.xml"));
        SourceState liar = state(watcher, site.url("/liar.xml"));
        assertThat(etag.health().httpStatus()).isEqualTo(304);
        assertThat(etag.health().items()).isEqualTo(2);
        assertThat(liar.etag()).isEqualTo("\"x2\"");
        assertThat(liar.health().items()).as("unchanged body: the earlier count stands").isEqualTo(2);
        assertThat(sink.pages).hasSize(2);
    }

    @Test
    void badSourcesAreRecordedWithTheirReasonAndNeverStopTheOthers() throws Exception {
        List<String> good = articles("good", 1, 5);
        site.text("/good.xml", "text/xml", Fixtures.rss("G", good));
        site.text("/malformed.xml", "text/xml", "<?xml version=\"1.0\"?><rss><channel><item><link>x</channel>");
        site.text("/html.xml", "text/html", "<!DOCTYPE html><html><body>Not a feed</body></html>");
        site.text("/huge.xml", "text/xml", Fixtures.rss("H", IntStream.range(0, 100_000).mapToObj(i -> good.get(i % 5) + "?utm_content=" + i).toList()));
        site.route("/loop1", ex -> redirect(ex, "/loop2")).route("/loop2", ex -> redirect(ex, "/loop1"));
        site.route("/stall.xml", ex -> sleepQuietly(5000));
        byte[] bomb = gzip(new byte[40 << 20]);
        site.route("/bomb.xml", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackSite.send(ex, 200, "text/xml", bomb);
        });
        LoopbackSite busyHost = new LoopbackSite("127.0.0.2");
        open.add(busyHost);
        busyHost.route("/busy.xml", ex -> {
            ex.getResponseHeaders().set("Retry-After", "7200");
            LoopbackSite.send(ex, 429, "text/plain", "slow down");
        });
        site.route("/dribble.xml", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(' ');
                    out.flush();
                    sleepQuietly(100);
                }
            }
        });
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        String refused = "http://127.0.0.1:" + closedPort + "/feed.xml";
        Map<String, String> reasons = Map.of(
                site.url("/malformed.xml"), "malformed feed",
                site.url("/html.xml"), "HTML page where a rss was expected",
                site.url("/loop1"), "redirect loop",
                site.url("/stall.xml"), "within 800 ms",
                site.url("/bomb.xml"), "gzip body unpacks to more than",
                busyHost.url("/busy.xml"), "HTTP 429 Too Many Requests, retry after 7200 s",
                site.url("/dribble.xml"), "no complete response within",
                refused, "connection refused");
        List<Source> sources = new ArrayList<>();
        sources.add(source(site.url("/good.xml"), null));
        sources.add(source(site.url("/huge.xml"), null));
        reasons.keySet().forEach(url -> sources.add(source(url, url.endsWith("html.xml") ? SourceKind.RSS : null)));
        Watcher watcher = watcher(sources, CONFIG.withLimits(24 << 20, 24 << 20, 50));
        watcher.pollDue();
        assertThat(sink.urls()).containsExactlyInAnyOrderElementsOf(good);
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            SourceHealth h = state(watcher, e.getKey()).health();
            assertThat(h.lastError()).as(e.getKey()).contains(e.getValue());
            assertThat(h.consecutiveFailures()).as(e.getKey()).isEqualTo(1);
            assertThat(h.status(clock.instant())).as(e.getKey()).isIn(SourceStatus.SLOW, SourceStatus.FAILING);
        }
        assertThat(state(watcher, site.url("/html.xml")).health().status(clock.instant())).isEqualTo(SourceStatus.FAILING);
        SourceHealth huge = state(watcher, site.url("/huge.xml")).health();
        assertThat(huge.lastWarning()).isEqualTo("100000 items; read the first 50 (the item cap)");
        assertThat(huge.items()).as("100,000 spellings of five articles").isEqualTo(5);
        assertThat(state(watcher, busyHost.url("/busy.xml")).nextDue())
                .isGreaterThanOrEqualTo(clock.instant().plus(Duration.ofHours(2)).toEpochMilli());
        assertThat(state(watcher, site.url("/good.xml")).health().status(clock.instant())).isEqualTo(SourceStatus.OK);
    }

    @Test
    void robotsTxtDisallowedPagesAndSourcesAreNotFetched() throws Exception {
        List<String> urls = articles("open", 1, 2);
        List<String> closed = articles("private", 1, 2);
        site.text("/robots.txt", "text/plain", "User-agent: newsweave\nDisallow: /private/\nDisallow: /hidden.xml\n");
        List<String> both = new ArrayList<>(urls);
        both.addAll(closed);
        site.text("/feed.xml", "text/xml", Fixtures.rss("R", both));
        site.text("/hidden.xml", "text/xml", Fixtures.rss("R", urls));
        Watcher watcher = watcher(List.of(source(site.url("/feed.xml"), null), source(site.url("/hidden.xml"), null)));
        watcher.pollDue();
        assertThat(sink.urls()).containsExactlyInAnyOrderElementsOf(urls);
        assertThat(site.count("/private/story-number-1")).isZero();
        assertThat(site.count("/hidden.xml")).isZero();
        assertThat(state(watcher, site.url("/hidden.xml")).health().lastError()).isEqualTo("robots.txt disallows /hidden.xml");
        assertThat(state(watcher, site.url("/feed.xml")).health().lastWarning())
                .startsWith("2 article page(s) failed; last: article page " + site.url("/private/story-number-"))
                .endsWith("robots.txt disallows /private/story-number-2");
    }

    @Test
    void feedsAndSitemapsAreDiscoveredFromAHomePageAndRobotsTxt() throws Exception {
        List<String> urls = articles("home", 1, 3);
        site.text("/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\"></head><body></body></html>");
        site.text("/rss", "application/rss+xml", Fixtures.rss("Home", urls));
        try (LoopbackSite other = new LoopbackSite()) {
            List<String> mapped = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                String path = "/m/mapped-story-" + i;
                other.text(path, "text/html", Fixtures.article("Mapped " + i, 100 + i));
                mapped.add(other.url(path));
            }
            other.text("/", "text/html", "<html><body><p>No feeds here</p></body></html>");
            other.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\nSitemap: " + other.url("/news-map.xml") + "\n");
            other.text("/news-map.xml", "application/xml", Fixtures.sitemap(mapped, true));
            Watcher watcher = watcher(List.of(source(site.url("/"), null), source(other.url("/"), null)));
            watcher.pollDue();
            List<String> all = new ArrayList<>(urls);
            all.addAll(mapped);
            assertThat(sink.urls()).containsExactlyInAnyOrderElementsOf(all);
            SourceState home = state(watcher, site.url("/"));
            assertThat(home.target()).isEqualTo(site.url("/rss"));
            assertThat(home.kind()).isEqualTo(SourceKind.RSS);
            SourceState viaRobots = state(watcher, other.url("/"));
            assertThat(viaRobots.kind()).isEqualTo(SourceKind.NEWS_SITEMAP);
            assertThat(sink.pages.stream().filter(p -> p.url().contains("mapped-story-1")).findFirst().orElseThrow().title())
                    .isEqualTo("Titre 1");
        }
    }

    @Test
    void aSectionPageIsFollowedToItsArticles() throws Exception {
        List<String> urls = articles("section", 1, 3);
        StringBuilder page = new StringBuilder("<!doctype html><html><body><nav><a href=\"/about\">About</a></nav>");
        urls.forEach(u -> page.append("<a href=\"").append(u).append("\">A long enough headline</a>"));
        site.text("/section/", "text/html", page + "</body></html>");
        Watcher watcher = watcher(List.of(source(site.url("/section/"), SourceKind.PAGE)));
        watcher.pollDue();
        assertThat(sink.urls()).containsExactlyInAnyOrderElementsOf(urls);
    }

    @Test
    void aRestartKeepsSeenUrlsAndSchedules() throws Exception {
        List<String> urls = articles("r", 1, 4);
        site.text("/feed.xml", "text/xml", Fixtures.rss("R", urls));
        List<Source> sources = List.of(source(site.url("/feed.xml"), null));
        Watcher first = watcher(sources);
        first.pollDue();
        first.close();
        open.getFirst().close();
        open.clear();
        Watcher second = watcher(sources);
        assertThat(second.pollDue()).as("the schedule resumed: not due yet").isZero();
        clock.advance(Duration.ofMinutes(10));
        assertThat(second.pollDue()).isEqualTo(1);
        assertThat(sink.pages).hasSize(4);
        assertThat(site.count("/r/story-number-1")).isEqualTo(1);
        assertThat(state(second, site.url("/feed.xml")).health().articles()).isEqualTo(4);
    }

    @Test
    void pagesThatFailAreRetriedButGivenUpAfterThreeHardFailures() throws Exception {
        List<String> urls = articles("p", 1, 1);
        String missing = site.url("/p/missing-story-404");
        List<String> listed = new ArrayList<>(urls);
        listed.add(missing);
        AtomicInteger version = new AtomicInteger();
        site.route("/feed.xml", ex -> LoopbackSite.send(ex, 200, "text/xml", Fixtures.rss("P" + version.incrementAndGet(), listed)));
        Watcher watcher = watcher(List.of(source(site.url("/feed.xml"), null)));
        for (int i = 0; i < 5; i++) {
            watcher.pollDue();
            clock.advance(Duration.ofDays(1));
        }
        assertThat(site.count("/p/missing-story-404")).isEqualTo(3);
        assertThat(sink.pages).hasSize(1);
        assertThat(state(watcher, site.url("/feed.xml")).health().pageFailures()).isEqualTo(3);
    }

    @Test
    void aPageThatFailedForNowIsRetriedNextPollEvenWhenTheFeedIsUnchanged() throws Exception {
        List<String> urls = articles("t", 1, 2);
        AtomicInteger calls = new AtomicInteger();
        String flaky = "/t/flaky-story-page";
        site.route(flaky, ex -> {
            if (calls.incrementAndGet() == 1) {
                LoopbackSite.send(ex, 503, "text/plain", "try later");
            } else {
                LoopbackSite.send(ex, 200, "text/html", Fixtures.article("Flaky", 77));
            }
        });
        List<String> listed = new ArrayList<>(urls);
        listed.add(site.url(flaky));
        site.route("/feed.xml", ex -> {
            ex.getResponseHeaders().set("ETag", "\"same\"");
            if ("\"same\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackSite.send(ex, 304, null, new byte[0]);
            } else {
                LoopbackSite.send(ex, 200, "text/xml", Fixtures.rss("T", listed));
            }
        });
        Watcher watcher = watcher(List.of(source(site.url("/feed.xml"), null)));
        watcher.pollDue();
        assertThat(sink.pages).hasSize(2);
        assertThat(state(watcher, site.url("/feed.xml")).health().lastWarning()).contains("HTTP 503");
        assertThat(state(watcher, site.url("/feed.xml")).etag()).isNull();
        clock.advance(Duration.ofHours(1));
        watcher.pollDue();
        assertThat(sink.urls()).contains(site.url(flaky)).hasSize(3);
        clock.advance(Duration.ofHours(1));
        watcher.pollDue();
        assertThat(site.requests.stream().filter(r -> r.path().equals("/feed.xml")).map(r -> r.header("If-None-Match")))
                .containsExactly(null, null, "\"same\"");
    }

    @Test
    void aSourceFailingForAWeekIsDeadPolledOnceADayKeptAcrossARestartAndOkAgainWhenItRecovers() throws Exception {
        List<String> urls = articles("d", 1, 3);
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        site.route("/feed.xml", ex -> {
            if (down.get()) {
                LoopbackSite.send(ex, 500, "text/plain", "broken");
            } else {
                LoopbackSite.send(ex, 200, "text/xml", Fixtures.rss("D", urls));
            }
        });
        String key = site.url("/feed.xml");
        List<Source> sources = List.of(source(key, SourceKind.RSS));
        Watcher watcher = watcher(sources);
        List<SourceStatus> statuses = new ArrayList<>();
        for (int polls = 0; statuses.isEmpty() || statuses.getLast() != SourceStatus.DEAD; polls++) {
            assertThat(polls).as("dead after 8 failures spanning a week, not later").isLessThan(20);
            untilDue(watcher, key);
            assertThat(watcher.pollDue()).isEqualTo(1);
            SourceStatus status = state(watcher, key).health().status(clock.instant());
            if (statuses.isEmpty() || statuses.getLast() != status) {
                statuses.add(status);
            }
        }
        assertThat(statuses).containsExactly(SourceStatus.SLOW, SourceStatus.FAILING, SourceStatus.DEAD);
        SourceState dead = state(watcher, key);
        assertThat(dead.health().consecutiveFailures()).isGreaterThanOrEqualTo(8);
        assertThat(clock.millis() - dead.health().failingSince()).isGreaterThanOrEqualTo(Duration.ofDays(7).toMillis());
        assertThat(dead.health().lastError()).isEqualTo("HTTP 500 server error");
        assertThat(Duration.ofMillis(dead.nextDue() - dead.health().lastAttempt())).as("a dead source is retried once a day")
                .isEqualTo(Duration.ofHours(24));
        clock.advance(Duration.ofHours(23));
        assertThat(watcher.pollDue()).isZero();

        watcher.close();
        open.getFirst().close();
        open.clear();
        Watcher again = watcher(sources);
        assertThat(again.sources()).extracting(e -> e.getKey().key()).containsExactly(key);
        assertThat(state(again, key).health().status(clock.instant())).as("never forgotten").isEqualTo(SourceStatus.DEAD);
        assertThat(again.pollDue()).as("the daily retry resumed, not due yet").isZero();
        untilDue(again, key);
        assertThat(again.pollDue()).isEqualTo(1);
        assertThat(state(again, key).health().status(clock.instant())).isEqualTo(SourceStatus.DEAD);
        long feedRequests = site.count("/feed.xml");

        down.set(false);
        untilDue(again, key);
        assertThat(again.pollDue()).isEqualTo(1);
        SourceHealth back = state(again, key).health();
        assertThat(back.consecutiveFailures()).isZero();
        assertThat(back.lastSuccess()).isEqualTo(clock.millis());
        assertThat(back.status(clock.instant())).as("recovering: the failure score is halved, not wiped").isEqualTo(SourceStatus.SLOW);
        assertThat(sink.urls()).containsExactlyElementsOf(urls);
        untilDue(again, key);
        again.pollDue();
        assertThat(state(again, key).health().status(clock.instant())).isEqualTo(SourceStatus.OK);
        assertThat(site.count("/feed.xml")).isEqualTo(feedRequests + 2);
    }

    /** Moves the clock to when {@code key} is due next. */
    private void untilDue(Watcher watcher, String key) {
        long wait = state(watcher, key).nextDue() - clock.millis();
        if (wait > 0) {
            clock.advance(Duration.ofMillis(wait));
        }
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws java.io.IOException {
        ex.getResponseHeaders().set("Location", to);
        LoopbackSite.send(ex, 302, null, new byte[0]);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
