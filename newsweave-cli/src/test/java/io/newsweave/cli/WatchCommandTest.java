package io.newsweave.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(120)
class WatchCommandTest {

    @RegisterExtension
    final Console console = new Console();

    private final HttpServer server;

    WatchCommandTest() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> pages = Map.of(
                "/feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>" + base + "/</link>"
                        + "<description>d</description><item><title>One</title><link>" + base + "/world/geneva-talks-one?utm_source=rss</link></item>"
                        + "<item><title>Two</title><link>" + base + "/world/kyiv-border-two</link></item></channel></rss>",
                "/world/geneva-talks-one", page("Biden and Putin talk in Geneva", "Geneva"),
                "/world/kyiv-border-two", page("Troops gather near Kyiv border", "Kyiv"));
        server.createContext("/", ex -> {
            String body = pages.get(ex.getRequestURI().getPath());
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", body == null ? "text/plain" : ex.getRequestURI().getPath().endsWith(".xml")
                    ? "application/rss+xml" : "text/html; charset=utf-8");
            ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    private static String page(String title, String place) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<p>Officials met in " + place + " on Tuesday for talks that lasted several hours, a spokesman said afterwards.</p>"
                + "<p>The delegations will meet again in " + place + " next week, according to a statement from both sides.</p>"
                + "</article></body></html>";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void watchOnceCollectsEachArticleOnceAndASecondRunNone(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path sources = dir.resolve("sources.txt");
        Files.writeString(sources, "# loopback\n" + base + "/feed.xml name=\"Loopback Times\"\n" + base + "/gone.xml kind=rss\n");
        Path data = dir.resolve("data");
        assertThat(console.run("watch", "--data", data.toString(), "--once", "--list", "--host-delay", "0", sources.toString())).isZero();
        String out = console.out.toString(StandardCharsets.UTF_8);
        assertThat(out.lines().filter(l -> l.startsWith("collected\t"))).hasSize(2);
        assertThat(out).contains(base + "/world/geneva-talks-one\n");
        assertThat(console.err.toString(StandardCharsets.UTF_8)).contains("2 sources (1 ok, 0 slow, 1 failing, 0 dead)")
                .contains("2 articles collected");
        assertThat(Files.readAllLines(data.resolve("watch/seen.log"))).hasSize(2);
        assertThat(Files.readString(data.resolve("watch/sources.json"))).contains("HTTP 404 Not Found");

        assertThat(console.run("watch", "--data", data.toString(), "--once", "--list", "--host-delay", "0", sources.toString())).isZero();
        assertThat(console.out.toString(StandardCharsets.UTF_8)).doesNotContain("collected\t");
        assertThat(console.run("stories", "--data", data.toString())).isZero();
        assertThat(console.out.toString(StandardCharsets.UTF_8)).contains("Geneva");
    }

    @Test
    void aBadSourcesFileIsAUsageErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path sources = dir.resolve("s.txt");
        Files.writeString(sources, "https://example.org/feed\nhttps://example.org/x kind=podcast\n");
        assertThat(console.run("watch", "--data", dir.resolve("d").toString(), sources.toString())).isEqualTo(2);
        assertThat(console.err.toString(StandardCharsets.UTF_8)).contains(sources + ":2: unknown kind podcast");
        assertThat(console.run("watch", "--data", dir.resolve("d").toString(), dir.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(console.err.toString(StandardCharsets.UTF_8)).contains("cannot read sources file");
    }
}
