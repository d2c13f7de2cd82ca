package io.newsweave.watch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchFetcherTest {

    static final WatchConfig FAST = WatchConfig.defaults()
            .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(800))
            .withHostDelay(Duration.ZERO)
            .withLimits(1 << 20, 2 << 20, 1000);

    private final LoopbackSite site = new LoopbackSite();
    private final Fetcher fetcher = new Fetcher(FAST, new HostPoliteness(2, Duration.ZERO), Clock.systemUTC());

    WatchFetcherTest() throws Exception {
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static FetchFailure failure(ThrowingFetch fetch) {
        try {
            fetch.run();
        } catch (FetchFailure f) {
            return f;
        } catch (Exception e) {
            throw new AssertionError("expected a FetchFailure, got " + e, e);
        }
        throw new AssertionError("expected a FetchFailure");
    }

    interface ThrowingFetch {
        void run() throws Exception;
    }

    @Test
    void sendsAnHonestUserAgentAndUnpacksGzip() throws Exception {
        byte[] packed = gzip("<rss>hello</rss>".getBytes(StandardCharsets.UTF_8));
        site.route("/feed", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            LoopbackSite.send(ex, 200, "application/rss+xml", packed);
        });
        Fetched fetched = fetcher.get(site.uri("/feed"), Fetcher.Validators.NONE);
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<rss>hello</rss>");
        assertThat(fetched.etag()).isEqualTo("\"v1\"");
        LoopbackSite.Request request = site.requests.get(0);
        assertThat(request.header("User-Agent")).startsWith("newsweave-watch/").contains("+https://");
        assertThat(request.header("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void aGzipBombStopsAtTheDecompressedCap() throws Exception {
        byte[] bomb = gzip(new byte[50 << 20]);
        assertThat(bomb.length).isLessThan(FAST.maxBytes());
        site.route("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackSite.send(ex, 200, "application/xml", bomb);
        });
        FetchFailure f = failure(() -> fetcher.get(site.uri("/bomb"), Fetcher.Validators.NONE));
        assertThat(f.getMessage()).contains("gzip body unpacks to more than 2097152 bytes");
        assertThat(f.severity()).isEqualTo(FetchFailure.Severity.HARD);
    }

    @Test
    void anOversizedBodyIsCutOff() throws Exception {
        site.route("/big", ex -> LoopbackSite.send(ex, 200, "text/xml", new byte[3 << 20]));
        assertThat(failure(() -> fetcher.get(site.uri("/big"), Fetcher.Validators.NONE)).getMessage())
                .startsWith("response larger than 1048576 bytes");
    }

    @Test
    void conditionalGetSendsValidatorsAndReads304() throws Exception {
        site.route("/feed", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackSite.send(ex, 304, null, new byte[0]);
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                ex.getResponseHeaders().set("Last-Modified", "Tue, 07 Dec 2021 10:00:00 GMT");
                LoopbackSite.send(ex, 200, "text/xml", "<rss/>");
            }
        });
        Fetched first = fetcher.get(site.uri("/feed"), Fetcher.Validators.NONE);
        Fetched second = fetcher.get(site.uri("/feed"), new Fetcher.Validators(first.etag(), first.lastModified()));
        assertThat(first.notModified()).isFalse();
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(site.requests.get(1).header("If-Modified-Since")).isEqualTo("Tue, 07 Dec 2021 10:00:00 GMT");
    }

    @Test
    void redirectsAreFollowedBoundedAndLoopsDetected() throws Exception {
        site.route("/old", ex -> redirect(ex, "/new")).text("/new", "text/xml", "<rss/>");
        Fetched fetched = fetcher.get(site.uri("/old"), Fetcher.Validators.NONE);
        assertThat(fetched.url()).isEqualTo(site.uri("/new"));
        site.route("/a", ex -> redirect(ex, "/b")).route("/b", ex -> redirect(ex, "/a"));
        FetchFailure loop = failure(() -> fetcher.get(site.uri("/a"), Fetcher.Validators.NONE));
        assertThat(loop.getMessage()).startsWith("redirect loop: ").endsWith("/b -> " + site.url("/a"));
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            site.route("/r" + i, ex -> redirect(ex, "/r" + next));
        }
        assertThat(failure(() -> fetcher.get(site.uri("/r0"), Fetcher.Validators.NONE)).getMessage()).startsWith("more than 5 redirects");
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws java.io.IOException {
        ex.getResponseHeaders().set("Location", to);
        LoopbackSite.send(ex, 302, null, new byte[0]);
    }

    @Test
    void statusesAreTypedAndWorded() throws Exception {
        site.route("/gone", ex -> LoopbackSite.send(ex, 410, "text/plain", "gone"));
        site.route("/oops", ex -> LoopbackSite.send(ex, 500, "text/plain", "oops"));
        site.route("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            LoopbackSite.send(ex, 429, "text/plain", "slow down");
        });
        FetchFailure gone = failure(() -> fetcher.get(site.uri("/gone"), Fetcher.Validators.NONE));
        assertThat(gone.getMessage()).isEqualTo("HTTP 410 Gone");
        assertThat(gone.severity()).isEqualTo(FetchFailure.Severity.HARD);
        assertThat(failure(() -> fetcher.get(site.uri("/missing"), Fetcher.Validators.NONE)).getMessage()).isEqualTo("HTTP 404 Not Found");
        FetchFailure oops = failure(() -> fetcher.get(site.uri("/oops"), Fetcher.Validators.NONE));
        assertThat(oops.severity()).isEqualTo(FetchFailure.Severity.TEMPORARY);
        FetchFailure busy = failure(() -> fetcher.get(site.uri("/busy"), Fetcher.Validators.NONE));
        assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(busy.getMessage()).isEqualTo("HTTP 429 Too Many Requests, retry after 120 s");
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        assertThat(fetcher.retryAfter("30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(fetcher.retryAfter("Thu, 01 Jan 1970 00:00:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(fetcher.retryAfter("9999999")).isEqualTo(Duration.ofDays(1));
        assertThat(fetcher.retryAfter("soon")).isNull();
        assertThat(fetcher.retryAfter(null)).isNull();
    }

    @Test
    void aServerThatStallsOrDribblesIsCutOffAtTheDeadline() throws Exception {
        site.route("/stall", ex -> sleep(5000));
        site.route("/dribble", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('<');
                    out.flush();
                    sleep(100);
                }
            }
        });
        long t0 = System.nanoTime();
        FetchFailure stall = failure(() -> fetcher.get(site.uri("/stall"), Fetcher.Validators.NONE));
        FetchFailure dribble = failure(() -> fetcher.get(site.uri("/dribble"), Fetcher.Validators.NONE));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
        assertThat(stall.severity()).isEqualTo(FetchFailure.Severity.TEMPORARY);
        assertThat(dribble.getMessage()).isEqualTo("no complete response within 800 ms (the server sent too slowly or stalled)");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void refusedAndResetConnectionsAreTemporaryFailures() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        FetchFailure refused = failure(() -> fetcher.get(URI.create("http://127.0.0.1:" + closedPort + "/feed"), Fetcher.Validators.NONE));
        assertThat(refused.getMessage()).isEqualTo("connection refused");
        try (ServerSocket resetter = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                while (!resetter.isClosed()) {
                    try (Socket s = resetter.accept()) {
                        InputStream in = s.getInputStream();
                        in.read(new byte[1024]);
                        s.setSoLinger(true, 0);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            FetchFailure reset = failure(() -> fetcher.get(URI.create("http://127.0.0.1:" + resetter.getLocalPort() + "/feed"),
                    Fetcher.Validators.NONE));
            assertThat(reset.severity()).isEqualTo(FetchFailure.Severity.TEMPORARY);
            assertThat(reset.getMessage()).containsAnyOf("reset", "closed before a whole response");
        }
    }
}
