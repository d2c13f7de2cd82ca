package io.newsweave.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Untrusted article content is escaped everywhere; requests cannot reach the file system. */
class SecurityTest extends ServerFixtureTest {


    @ParameterizedTest
    @ValueSource(strings = {"/", "/stories/sxss", "/articles/" + Fixture.XSS_ID, "/search?q=evil", "/search?q=payload&source=x",
            "/entities"})
    void scriptPayloadsInArticlesAreServedEscaped(String page) throws Exception {
        HttpResponse<String> r = fx.get(page);
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<script>window").doesNotContain("<img src=x")
                .doesNotContain("<svg onload").doesNotContain("onerror=alert(1)>");
        assertThat(html.replaceAll("<script src=\"/static/newsweave.js\" defer></script>", "")).doesNotContain("<script");
    }

    @Test
    void theArticlePageShowsThePayloadAsText() throws Exception {
        String html = fx.get("/articles/" + Fixture.XSS_ID).body();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; Evil headline")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;");
        assertThat(html).doesNotContain("href=\"javascript:");
        assertThat(html).contains("<mark class=\"timex\" title=\"2021-12-07 (day)\">7 December</mark>");
    }

    @Test
    void reflectedParametersAreEscaped() throws Exception {
        String html = fx.get("/search?q=" + Html.url("\"><script>alert(9)</script>")).body();
        assertThat(html).doesNotContain("<script>alert(9)").contains("&quot;&gt;&lt;script&gt;alert(9)&lt;/script&gt;");
        HttpResponse<String> bad = fx.get("/search?q=" + Html.url("title:(<script>alert(8)</script>"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("<script>alert(8)");
        String notFound = fx.get("/nothing-<script>alert(7)</script>".replace("<", "%3C").replace(">", "%3E")).body();
        assertThat(notFound).doesNotContain("<script>alert(7)");
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
        HttpResponse<String> r = fx.get("/");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../../../../etc/passwd", "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
            "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%5c..%5cpom.xml", "/static/newsweave.css%00.txt",
            "/api/articles/..%2f..%2f..%2fetc%2fpasswd", "/stories/..%2f..%2fjournal.log", "/static/journal.log",
            "/api/export?format=..%2f..%2fetc%2fpasswd", "/feeds/stories/..%2fx"})
    void pathTraversalReachesNoFile(String path) throws Exception {
        String response = raw(path);
        String status = response.substring(0, response.indexOf("\r\n"));
        assertThat(status).matches("HTTP/1\\.1 (400|404) .*");
        assertThat(response).doesNotContain("root:x:0").doesNotContain("<modelVersion>");
    }

    @Test
    void theBundledFilesAreServed() throws Exception {
        HttpResponse<String> css = fx.get("/static/newsweave.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(fx.get("/static/newsweave.js").body()).contains("EventSource");
    }

    @Test
    void invalidIdsAreRefusedBeforeAnyLookup() throws Exception {
        assertThat(fx.get("/api/articles/a%20b").statusCode()).isEqualTo(400);
        assertThat(fx.get("/api/stories/" + "x".repeat(200)).statusCode()).isEqualTo(400);
        assertThat(fx.get("/api/search?story=" + Html.url("s*")).statusCode()).isEqualTo(400);
    }

    /** Sends the path byte for byte, so no client normalizes it first. */
    private static String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", fx.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
