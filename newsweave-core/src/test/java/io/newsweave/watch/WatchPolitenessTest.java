package io.newsweave.watch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class WatchPolitenessTest {

    private final LoopbackSite site = new LoopbackSite();

    WatchPolitenessTest() throws Exception {
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void atMostTwoRequestsPerHostReachTheServer() throws Exception {
        site.route("/slow", ex -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackSite.send(ex, 200, "text/plain", "ok");
        });
        HostPoliteness politeness = new HostPoliteness(2, Duration.ofMillis(40));
        try (Fetcher fetcher = new Fetcher(WatchFetcherTest.FAST, politeness, Clock.systemUTC());
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Fetched>> all = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                all.add(pool.submit(() -> fetcher.get(site.uri("/slow"), Fetcher.Validators.NONE)));
            }
            for (Future<Fetched> f : all) {
                assertThat(f.get().status()).isEqualTo(200);
            }
        }
        assertThat(site.maxInFlight.get()).isLessThanOrEqualTo(2);
        assertThat(site.requests).hasSize(10);
    }

    @Test
    void theServerCountsEveryOverlappingRequestOutOnce() throws Exception {
        java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
        LoopbackSite.Handler meet = ex -> {
            both.countDown();
            try {
                both.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackSite.send(ex, 200, "text/plain", "ok");
        };
        site.route("/a", meet).route("/b", meet);
        WatchConfig patient = WatchFetcherTest.FAST.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
        try (Fetcher fetcher = new Fetcher(patient, new HostPoliteness(2, Duration.ZERO), Clock.systemUTC());
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Fetched> a = pool.submit(() -> fetcher.get(site.uri("/a"), Fetcher.Validators.NONE));
            Future<Fetched> b = pool.submit(() -> fetcher.get(site.uri("/b"), Fetcher.Validators.NONE));
            assertThat(a.get().status()).isEqualTo(200);
            assertThat(b.get().status()).isEqualTo(200);
        }
        assertThat(site.maxInFlight.get()).isEqualTo(2);
        assertThat(site.inFlight.get()).as("both requests counted out, none left as a phantom").isZero();
    }

    @Test
    void aResponseTheFetcherGivesUpOnIsCutOffNotLeftRunningBehindTheFreedSlot() throws Exception {
        java.util.concurrent.CountDownLatch closedByClient = new java.util.concurrent.CountDownLatch(1);
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (java.net.Socket socket = server.accept()) {
                    java.io.InputStream in = socket.getInputStream();
                    int last4 = 0;
                    while (last4 != 0x0d0a0d0a) {
                        last4 = (last4 << 8) | in.read();
                    }
                    socket.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nhalf"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    socket.setSoTimeout(30_000);
                    while (in.read() >= 0) {
                        // the client sends nothing more; read until it closes
                    }
                    closedByClient.countDown();
                } catch (java.net.SocketTimeoutException e) {
                    // still open 30 s on: the client kept the abandoned exchange
                } catch (java.io.IOException e) {
                    closedByClient.countDown();
                }
            });
            HostPoliteness politeness = new HostPoliteness(1, Duration.ZERO);
            URI url = URI.create("http://" + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort() + "/half");
            try (Fetcher fetcher = new Fetcher(WatchFetcherTest.FAST, politeness, Clock.systemUTC())) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> fetcher.get(url, Fetcher.Validators.NONE))
                        .isInstanceOf(FetchFailure.class).hasMessageContaining("no complete response within");
                politeness.acquire(url.getHost()).close();
                assertThat(closedByClient.await(10, java.util.concurrent.TimeUnit.SECONDS))
                        .as("the connection of the abandoned response was closed by the client").isTrue();
            }
        }
    }

    @Test
    void permitsAreHandedOutAtMostTwoAtATimeAndTheDelayApart() throws Exception {
        HostPoliteness politeness = new HostPoliteness(2, Duration.ofMillis(40));
        java.util.concurrent.atomic.AtomicInteger holding = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        List<Long> starts = java.util.Collections.synchronizedList(new ArrayList<>());
        long before = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 10; i++) {
                pool.submit(() -> {
                    try (HostPoliteness.Permit permit = politeness.acquire("news.example.org")) {
                        starts.add(System.nanoTime());
                        most.accumulateAndGet(holding.incrementAndGet(), Math::max);
                        Thread.sleep(100);
                        holding.decrementAndGet();
                    }
                    return null;
                });
            }
        }
        assertThat(most.get()).isEqualTo(2);
        List<Long> sorted = starts.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            assertThat(Duration.ofNanos(sorted.get(i) - before)).as("start %d", i).isGreaterThanOrEqualTo(Duration.ofMillis(40L * i));
        }
        try (HostPoliteness.Permit other = politeness.acquire("other.example.org")) {
            assertThat(other).as("another host has its own slots").isNotNull();
        }
    }

    @Test
    void aPausedHostRefusesAtOnceInsteadOfParkingTheCaller() throws Exception {
        HostPoliteness politeness = new HostPoliteness(2, Duration.ZERO);
        politeness.pause("busy.example.org", Duration.ofHours(1));
        long t0 = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> politeness.acquire("busy.example.org"))
                .isInstanceOfSatisfying(FetchFailure.class, f -> assertThat(f.retryAfter()).isGreaterThan(Duration.ofMinutes(59)))
                .hasMessageContaining("asked for a pause");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1));
        politeness.acquire("calm.example.org").close();
    }

    @Test
    void robotsTxtDisallowsCrawlDelayAndSitemapsAreHonoured() throws Exception {
        site.text("/robots.txt", "text/plain", """
                User-agent: *
                Disallow: /private/
                Crawl-delay: 2

                User-agent: badbot
                Disallow: /

                Sitemap: %s
                """.formatted(site.url("/news-sitemap.xml")));
        HostPoliteness politeness = new HostPoliteness(2, Duration.ZERO);
        TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (Fetcher fetcher = new Fetcher(WatchFetcherTest.FAST, politeness, clock)) {
            Robots robots = new Robots(fetcher, politeness, WatchFetcherTest.FAST, clock);
            assertThat(robots.refusal(site.uri("/private/a-b-c"))).isEqualTo("robots.txt disallows /private/a-b-c");
            assertThat(robots.refusal(site.uri("/world/a-b-c"))).isNull();
            assertThat(robots.sitemaps(site.uri("/"))).containsExactly(site.url("/news-sitemap.xml"));
            assertThat(politeness.delay(site.uri("/").getHost())).isEqualTo(Duration.ofSeconds(2));
            assertThat(site.count("/robots.txt")).isEqualTo(1);
            clock.advance(Duration.ofHours(25));
            politeness.crawlDelay(site.uri("/").getHost(), Duration.ZERO);
            robots.refusal(site.uri("/world/x"));
            assertThat(site.count("/robots.txt")).isEqualTo(2);
        }
    }

    @Test
    void missingRobotsAllowsAndBrokenRobotsDisallowsForNow() throws Exception {
        HostPoliteness politeness = new HostPoliteness(2, Duration.ZERO);
        try (Fetcher fetcher = new Fetcher(WatchFetcherTest.FAST, politeness, Clock.systemUTC())) {
            Robots robots = new Robots(fetcher, politeness, WatchFetcherTest.FAST, Clock.systemUTC());
            assertThat(robots.refusal(site.uri("/anything"))).isNull();
            try (LoopbackSite broken = new LoopbackSite()) {
                broken.route("/robots.txt", ex -> LoopbackSite.send(ex, 503, "text/plain", "down"));
                assertThat(robots.refusal(broken.uri("/x"))).startsWith("robots.txt unreachable (HTTP 503 Service Unavailable)");
            }
        }
    }
}
