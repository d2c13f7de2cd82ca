package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;
import io.newsweave.watch.PipelineSink;
import io.newsweave.watch.SourcesFile;
import io.newsweave.watch.WatchConfig;
import io.newsweave.watch.WatchListener;
import io.newsweave.watch.WatchState;
import io.newsweave.watch.WatchedSources;
import io.newsweave.watch.Watcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/sources, the Sources page and the watch metrics over a real server watching a loopback site. */
@Timeout(120)
class SourcesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-token-123";

    @TempDir
    Path dir;

    private HttpServer site;
    private String base;
    private Store store;
    private Pipeline pipeline;
    private WatchState state;
    private Watcher watcher;
    private NewsweaveServer server;
    private Path sources;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        base = "http://127.0.0.1:" + site.getAddress().getPort();
        Map<String, String> pages = Map.of(
                "/feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>" + base + "/</link>"
                        + "<description>d</description><item><title>One</title><link>" + base + "/world/geneva-talks-one</link></item>"
                        + "</channel></rss>",
                "/world/geneva-talks-one", "<!DOCTYPE html><html lang=\"en\"><head><title>Biden and Putin talk in Geneva</title></head>"
                        + "<body><article><h1>Biden and Putin talk in Geneva</h1><p>Officials met in Geneva on Tuesday for talks that "
                        + "lasted several hours, a spokesman said afterwards.</p><p>The delegations will meet again next week, "
                        + "according to a statement from both sides.</p></article></body></html>",
                "/broken.xml", "<rss><channel><item><link>unclosed <script>alert(1)</script>");
        site.createContext("/", ex -> {
            String body = pages.get(ex.getRequestURI().getPath());
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", body == null ? "text/plain" : "text/html; charset=utf-8");
            ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        site.start();
        sources = dir.resolve("sources.txt");
        Files.writeString(sources, base + "/feed.xml name=\"<script>alert('x')</script>\"\n" + base + "/broken.xml kind=rss\n");
        store = Store.open(dir.resolve("data"));
        pipeline = new Pipeline(PipelineConfig.defaults());
        state = WatchState.open(dir.resolve("data/watch"));
        watcher = new Watcher(SourcesFile.read(sources), state, new PipelineSink(pipeline, store),
                WatchConfig.defaults().withHostDelay(Duration.ZERO), Clock.systemUTC(), WatchListener.NONE);
        WatchedSources watched = new WatchedSources(sources, watcher);
        watcher.pollDue();
        server = NewsweaveServer.start(store, pipeline, new ServerConfig("127.0.0.1", 0, TOKEN, 64 * 1024, Duration.ofMillis(100)), watched);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        watcher.close();
        state.close();
        pipeline.close();
        store.close();
        site.stop(0);
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sourcesAnswerWithHealthInTheContractShape() throws Exception {
        HttpResponse<String> r = send("GET", "/api/sources", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(r.body()).path("sources");
        assertThat(list).hasSize(2);
        JsonNode good = list.get(0);
        assertThat(good.path("url").asText()).isEqualTo(base + "/feed.xml");
        assertThat(good.path("kind").asText()).isEqualTo("rss");
        assertThat(good.path("status").asText()).isEqualTo("ok");
        assertThat(good.path("articles").asInt()).isEqualTo(1);
        assertThat(good.path("last_attempt").asText()).isNotEmpty();
        assertThat(good.path("last_success").asText()).isEqualTo(good.path("last_attempt").asText());
        assertThat(good.has("last_error")).isTrue();
        JsonNode broken = list.get(1);
        assertThat(broken.path("status").asText()).isEqualTo("slow");
        assertThat(broken.path("last_error").asText()).startsWith("malformed feed");
        assertThat(broken.path("last_success").isNull()).isTrue();
        assertThat(JSON.readTree(send("GET", "/api/stories", null, null).body()).path("stories").get(0).path("title").asText())
                .isEqualTo("Biden and Putin talk in Geneva");
    }

    @Test
    void addingAndRemovingNeedTheTokenAndRewriteTheFile() throws Exception {
        String add = "{\"url\": \"" + base + "/other.xml\", \"kind\": \"atom\", \"name\": \"Other News\", \"every\": \"2h\"}";
        assertThat(send("POST", "/api/sources", add, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/sources", add, "wrong-token-999").statusCode()).isEqualTo(403);
        HttpResponse<String> created = send("POST", "/api/sources", add, TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).path("source").path("interval_seconds").asLong()).isEqualTo(7200);
        assertThat(Files.readString(sources)).endsWith(base + "/other.xml kind=atom name=\"Other News\" every=2h\n");
        assertThat(JSON.readTree(send("GET", "/api/sources", null, null).body()).path("sources")).hasSize(3);
        assertThat(send("POST", "/api/sources", add, TOKEN).statusCode()).isEqualTo(409);
        HttpResponse<String> bad = send("POST", "/api/sources", "{\"url\": \"" + base + "/x\", \"kind\": \"podcast\"}", TOKEN);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("unknown kind podcast");
        assertThat(send("POST", "/api/sources", "{\"url\": \"ftp://x.org/\"}", TOKEN).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/sources", "not json", TOKEN).statusCode()).isEqualTo(400);
        assertThat(send("DELETE", "/api/sources?url=" + base + "/other.xml", null, null).statusCode()).isEqualTo(401);
        assertThat(send("DELETE", "/api/sources?url=" + base + "/other.xml", null, TOKEN).statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/sources?url=" + base + "/other.xml", null, TOKEN).statusCode()).isEqualTo(404);
        assertThat(Files.readString(sources)).doesNotContain("other.xml");
        assertThat(JSON.readTree(send("GET", "/api/sources", null, null).body()).path("sources")).hasSize(2);
    }

    @Test
    void theSourcesPageEscapesWhatSourcesSayAndSorts() throws Exception {
        HttpResponse<String> page = send("GET", "/sources", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("malformed feed").contains("<svg class=\"spark\"").contains("1 ok, 1 slow, 0 failing, 0 dead");
        String byStatus = page.body();
        assertThat(byStatus.indexOf("data-status=\"slow\"")).isLessThan(byStatus.indexOf("data-status=\"ok\""));
        String byArticles = send("GET", "/sources?sort=articles&dir=desc", null, null).body();
        assertThat(byArticles.indexOf("data-status=\"ok\"")).isLessThan(byArticles.indexOf("data-status=\"slow\""));
        assertThat(byArticles).contains("aria-sort=\"descending\"");
    }

    @Test
    void theSourcesPageInABrowserShowsEveryRowSortsOnClickAndRunsNoSourceText() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Chromium.available(), "no /usr/bin/chromium: browser test skipped");
        try (Chromium browser = new Chromium()) {
            browser.open(server.uri().resolve("/sources").toString());
            assertThat(browser.eval("document.querySelectorAll('table.sources tbody tr').length").asInt()).isEqualTo(2);
            assertThat(browser.eval("document.querySelector('table.sources tbody tr').dataset.status").asText()).isEqualTo("slow");
            assertThat(browser.eval("document.querySelectorAll('table.sources svg.spark').length").asInt()).isEqualTo(2);
            assertThat(browser.eval("[...document.querySelectorAll('table.sources td a')].map(a => a.textContent).join('|')").asText())
                    .contains("<script>alert('x')</script>");
            assertThat(browser.eval("document.querySelectorAll('main script').length").asInt()).isZero();
            assertThat(browser.eval("document.querySelector('td.error').innerText").asText()).startsWith("malformed feed");
            browser.navigateBy("[...document.querySelectorAll('table.sources th a')].find(a => a.textContent.startsWith('Articles')).click()");
            assertThat(browser.eval("location.search").asText()).isEqualTo("?sort=articles&dir=asc");
            assertThat(browser.eval("document.querySelector('table.sources tbody tr').dataset.status").asText()).isEqualTo("slow");
            browser.navigateBy("[...document.querySelectorAll('table.sources th a')].find(a => a.textContent.startsWith('Articles')).click()");
            assertThat(browser.eval("location.search").asText()).isEqualTo("?sort=articles&dir=desc");
            assertThat(browser.eval("document.querySelector('table.sources tbody tr').dataset.status").asText()).isEqualTo("ok");
            assertThat(browser.eval("document.querySelector('header.top nav a[href=\"/sources\"]') !== null").asBoolean()).isTrue();
        }
    }

    @Test
    void metricsCountSourcesByStatusWithoutALabelPerSource() throws Exception {
        String metrics = send("GET", "/metrics", null, null).body();
        assertThat(metrics).contains("newsweave_watch_sources{status=\"ok\"} 1.0").contains("newsweave_watch_sources{status=\"slow\"} 1.0")
                .contains("newsweave_watch_articles 1.0");
        assertThat(metrics.lines().filter(l -> l.startsWith("newsweave_watch_sources{"))).hasSize(4);
        assertThat(metrics).doesNotContain("feed.xml");
    }

    @Test
    void aServerThatWatchesNothingSaysSo(@TempDir Path other) throws Exception {
        try (Store plain = Store.open(other);
             NewsweaveServer unwatched = NewsweaveServer.start(plain, new ServerConfig("127.0.0.1", 0, TOKEN, 64 * 1024, Duration.ofMillis(100)))) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(unwatched.uri().resolve("/api/sources")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(r.body()).path("watching").asBoolean()).isFalse();
            assertThat(JSON.readTree(r.body()).path("sources")).isEmpty();
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(unwatched.uri().resolve("/api/sources"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"https://a.org/f\"}")).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(409);
        }
    }
}
