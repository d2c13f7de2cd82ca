package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Server errors carry an id that the log has too; every request is logged; links never come from the Host header. */
class ErrorsAndLinksTest {

    @TempDir
    Path dir;

    /** Collects the records of one logger while a test runs. */
    private static final class Records extends Handler implements AutoCloseable {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();
        private final Logger logger;

        Records(String name) {
            logger = Logger.getLogger(name);
            logger.addHandler(this);
        }

        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }

    private static String raw(int port, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Forwarded-Host: evil.example\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anOverLongUrlOrAMalformedRequestIsRefusedWithTheJsonErrorBody() throws Exception {
        try (Fixture fx = new Fixture(dir.resolve("data"))) {
            String response = raw(fx.server.port(), "/api/search?q=" + "a".repeat(70_000), "127.0.0.1");
            assertThat(response).startsWith("HTTP/1.1 4").contains("application/json");
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            JsonNode error = new ObjectMapper().readTree(body).path("error");
            assertThat(error.path("status").asInt()).isBetween(400, 499);
            assertThat(error.path("code").asText()).isNotBlank();
            assertThat(body).doesNotContain("aaaa").doesNotContain("<html");

            try (Socket socket = new Socket("127.0.0.1", fx.server.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write("GARBAGE\u0001 / NOT-HTTP\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                String bad = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(bad).startsWith("HTTP/1.1 400").doesNotContain("<html");
                assertThat(new ObjectMapper().readTree(bad.substring(bad.indexOf("\r\n\r\n") + 4)).path("error").path("status").asInt())
                        .isEqualTo(400);
            }
        }
    }

    @Test
    void aFailureIsA500WithAnErrorIdThatTheLogHasWithItsStack() throws Exception {
        Fixture fx = new Fixture(dir.resolve("data"));
        try (Records errors = new Records(NewsweaveServer.class.getName()); Records access = new Records("io.newsweave.server.access")) {
            assertThat(fx.get("/api/stories/sputin").statusCode()).isEqualTo(200);
            fx.store.index().close(); // the store fails under the server, as a broken disk would make it
            HttpResponse<String> r = fx.get("/api/articles/aputin01");
            assertThat(r.statusCode()).isEqualTo(500);
            JsonNode error = new ObjectMapper().readTree(r.body()).path("error");
            String id = error.path("id").asText();
            assertThat(id).matches("[0-9a-f]{16}");
            assertThat(error.path("message").asText()).contains(id).contains("server log");
            assertThat(errors.records).anySatisfy(rec -> {
                assertThat(rec.getMessage()).contains(id).contains("GET /api/articles/aputin01");
                assertThat(rec.getThrown()).isNotNull();
            });
            assertThat(access.records).anySatisfy(rec -> assertThat(rec.getMessage())
                    .contains("\"GET /api/stories/sputin\" 200").contains("route=/api/stories/{id}"));
            assertThat(access.records).anySatisfy(rec -> assertThat(rec.getMessage())
                    .contains("\"GET /api/articles/aputin01\" 500").contains("error=" + id));
        } finally {
            fx.server.close();
        }
    }

    @Test
    void feedLinksComeFromTheListeningAddressNotTheHostHeader() throws Exception {
        try (Fixture fx = new Fixture(dir.resolve("data"))) {
            String response = raw(fx.server.port(), "/feeds/stories/sputin", "evil.example");
            assertThat(response).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                    .contains("http://127.0.0.1:" + fx.server.port() + "/stories/sputin");
        }
    }

    @Test
    void feedLinksUseTheConfiguredPublicBaseUrl() throws Exception {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, Fixture.TOKEN, 64 * 1024, Duration.ofMillis(100))
                .withBaseUrl("https://news.example.org/newsweave/");
        try (Fixture fx = new Fixture(dir.resolve("data"), config)) {
            String response = raw(fx.server.port(), "/feeds/stories/sputin?format=rss", "evil.example");
            assertThat(response).doesNotContain("evil.example").contains("https://news.example.org/newsweave/stories/sputin")
                    .contains("https://news.example.org/newsweave/articles/");
        }
        assertThatThrownBy(() -> config.withBaseUrl("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withBaseUrl("https://x.example/?q=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withBaseUrl("https://user@x.example/")).isInstanceOf(IllegalArgumentException.class);
        assertThat(config.withBaseUrl(null).base(8080)).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void loggedPathsCannotForgeLines() {
        assertThat(ShownText.loggable("/a\nGET /forged\u001b[2J\u202e")).isEqualTo("/a%0AGET /forged%1B[2J%u202E");
        assertThat(ShownText.loggable("x".repeat(5000))).hasSize(2001);
        assertThat(ShownText.loggable("")).isEmpty();
    }
}
