package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/articles: token, limits, validation and quarantine, the same rules as the CLI. */
class IngestApiTest extends ServerFixtureTest {

    private static final String ARTICLE = "{\"title\": \"Storm Boreas closes Baltic ports\", \"maintext\": "
            + "\"Storm Boreas closed ports along the Baltic coast on Monday, stranding ferries in Gdansk and Riga. "
            + "Harbour authorities said the closures would last until the wind drops below gale force.\", "
            + "\"date_publish\": \"2026-04-06 09:00:00\", \"language\": \"en\", \"source_domain\": \"coast.example\"}";
    private static final String SECOND = "{\"title\": \"Ferries resume after Boreas\", \"maintext\": "
            + "\"Ferries between Gdansk and Riga resumed on Wednesday after Storm Boreas weakened over the Baltic. "
            + "Operators warned of delays as crews inspect the harbour walls.\", "
            + "\"date_publish\": \"2026-04-08\", \"language\": \"en\", \"source_domain\": \"ferry.example\"}";


    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return Fixture.JSON.readTree(r.body());
    }

    @Test
    void postingWithoutATokenIs401AndWithAWrongOneIs403() throws Exception {
        HttpResponse<String> none = fx.post("/api/articles", "application/json", ARTICLE, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(json(none).path("error").path("code").asText()).isEqualTo("unauthorized");
        assertThat(fx.post("/api/articles", "application/json", ARTICLE, "wrong-token-456").statusCode()).isEqualTo(403);
        assertThat(fx.get("/api/search?q=boreas").body()).contains("\"total\":0");
    }

    @Test
    void aServerWithoutATokenIsReadOnly(@TempDir Path other) throws Exception {
        try (Fixture readOnly = new Fixture(other, ServerConfig.defaults())) {
            HttpResponse<String> r = readOnly.post("/api/articles", "application/json", ARTICLE, "anything-at-all");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).path("error").path("message").asText()).contains("read-only");
            assertThat(readOnly.get("/api/stories").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aValidArticleIsStoredPlacedAndSearchableAtOnce() throws Exception {
        HttpResponse<String> r = fx.post("/api/articles", "application/json", "[" + ARTICLE + "," + SECOND + "]", Fixture.TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = json(r);
        assertThat(body.path("ingested")).hasSize(2);
        String id = body.path("ingested").get(0).path("id").asText();
        assertThat(body.path("ingested").get(0).path("origin").asText()).matches("api/\\d{8}T\\d{6}-\\d+\\.jsonl#1");
        JsonNode stored = json(fx.get("/api/articles/" + id));
        assertThat(stored.path("title").asText()).isEqualTo("Storm Boreas closes Baltic ports");
        assertThat(stored.path("published").asText()).isEqualTo("2026-04-06");
        assertThat(json(fx.get("/api/search?q=boreas")).path("total").asInt()).isEqualTo(2);
        String story = body.path("ingested").get(0).path("story").asText();
        assertThat(fx.get("/api/stories/" + story).statusCode()).isEqualTo(200);
        HttpResponse<String> again = fx.post("/api/articles", "application/json", ARTICLE, Fixture.TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("duplicates")).hasSize(1);
    }

    @Test
    void malformedJsonIs400AndQuarantined() throws Exception {
        long before = fx.store.quarantine().size();
        HttpResponse<String> r = fx.post("/api/articles", "application/json", "{\"title\": \"broken\", \"maintext\": ", Fixture.TOKEN);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = json(r);
        assertThat(body.path("rejected").get(0).path("reason").asText()).startsWith("not valid JSON");
        assertThat(body.path("quarantined").asInt()).isEqualTo(1);
        assertThat(fx.store.quarantine().size()).isEqualTo(before + 1);
        try (var files = Files.list(fx.store.quarantine().dir())) {
            Path entry = files.filter(f -> f.toString().endsWith(".json")).max(java.util.Comparator.comparing(f -> f.toFile().lastModified())).orElseThrow();
            assertThat(Files.readString(entry)).contains("\"sample\"").contains("broken");
        }
    }

    @Test
    void badRecordsInJsonLinesAreQuarantinedAndTheRestIngested() throws Exception {
        String third = ARTICLE.replace("Boreas", "Cyrus").replace("Gdansk", "Tallinn");
        String lines = third + "\n{oops\n{\"title\": \"no text at all\"}\n";
        HttpResponse<String> r = fx.post("/api/articles", "application/x-ndjson", lines, Fixture.TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = json(r);
        assertThat(body.path("ingested")).hasSize(1);
        assertThat(body.path("rejected")).hasSize(2);
        assertThat(body.path("rejected").get(0).path("origin").asText()).endsWith("#2");
    }

    /**
     * A large body sent as a careful client sends one, asking first ({@code Expect: 100-continue}):
     * a server that refuses it early and closes the connection cannot then race the client's
     * upload (a reset that loses the response, seen once under load).
     */
    private HttpResponse<String> postAskingFirst(java.net.http.HttpRequest.BodyPublisher body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(fx.uri("/api/articles")).timeout(Duration.ofSeconds(60))
                .expectContinue(true).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Fixture.TOKEN).POST(body).build();
        return fx.client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bodiesOverTheLimitAre413WithOrWithoutALength() throws Exception {
        String big = "{\"title\": \"big\", \"maintext\": \"" + "x".repeat(70 * 1024) + "\"}";
        HttpResponse<String> declared = postAskingFirst(java.net.http.HttpRequest.BodyPublishers.ofString(big));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(json(declared).path("error").path("code").asText()).isEqualTo("payload_too_large");
        HttpResponse<String> chunked = postAskingFirst(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big.getBytes())));
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    @Test
    void otherContentTypesAre415() throws Exception {
        assertThat(fx.post("/api/articles", "text/html", "<p>hi</p>", Fixture.TOKEN).statusCode()).isEqualTo(415);
    }

    @Test
    void emptyBodiesAre400() throws Exception {
        assertThat(fx.post("/api/articles", "application/json", "", Fixture.TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void serverSentEventsAnnounceNewArticles() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(fx.uri("/api/events")).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.util.stream.Stream<String>> stream = fx.client.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> stream.body().forEach(lines::add));
        try {
            assertThat(nextEvent(lines)).isEqualTo("hello");
            String fourth = ARTICLE.replace("Boreas", "Dorian").replace("Riga", "Klaipeda");
            assertThat(fx.post("/api/articles", "application/json", fourth, Fixture.TOKEN).statusCode()).isEqualTo(201);
            assertThat(nextEvent(lines)).isEqualTo("articles");
        } finally {
            stream.body().close();
            reader.interrupt();
        }
    }

    private static String nextEvent(java.util.concurrent.BlockingQueue<String> lines) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, java.util.concurrent.TimeUnit.SECONDS);
            if (line != null && line.startsWith("event:")) {
                return line.substring(6).strip();
            }
        }
        return "(no event within 20 s)";
    }
}
