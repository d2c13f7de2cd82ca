package io.newsweave.server;

import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.Timex;
import io.newsweave.store.Store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A store with known stories (one with a script-injection article) and a real server over it on a
 * random port, with a real HTTP client. One per test class.
 */
public final class Fixture implements AutoCloseable {

    /** Reads and writes JSON in tests. */
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static final String TOKEN = "test-token-123";
    static final String XSS_TITLE = "<script>alert(1)</script> Evil headline";
    static final String XSS_TEXT = "Payload one <img src=x onerror=alert(1)> and two <script>window.__xss=1</script>."
            + "\n\nStill evil on 7 December: <svg onload=alert(2)>."
            + "\n\n\"Nothing <img src=y onerror=alert(5)> to see here,\" said Mallory <b>Payload</b>.";
    static final String XSS_ID = "axss0000000000001";

    final Store store;
    final NewsweaveServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Fixture(Path dir, ServerConfig config) throws IOException {
        store = Store.open(dir);
        fill(store);
        server = NewsweaveServer.start(store, config.withPort(0));
    }

    Fixture(Path dir) throws IOException {
        this(dir, new ServerConfig("127.0.0.1", 0, TOKEN, 64 * 1024, Duration.ofMillis(100)));
    }

    public static Article article(String id, String title, String text, String language, String source, LocalDate date,
                           List<Mention> mentions, List<Timex> timexes) {
        Published published = date == null ? Published.UNKNOWN : new Published(date, Provenance.METADATA, 1);
        return new Article(id, new Origin("fixture.jsonl", 1), "https://example.invalid/" + id, source, title, text, language, 0.9,
                published, mentions, timexes);
    }

    static void fill(Store store) throws IOException {
        String t1 = "Putin and Biden spoke on Tuesday about Ukraine.";
        store.add(article("aputin01", "Putin and Biden talk about Ukraine", t1, "en", "wire.example", LocalDate.of(2021, 12, 7),
                List.of(new Mention(0, 5, "Putin", "e-putin"), new Mention(10, 15, "Biden", "e-biden")),
                List.of(new Timex(25, 32, "Tuesday", "2021-12-07", "day", "published"))), "sputin", List.of());
        String t2 = "Poutine et Biden se parleront mardi au sujet de l'Ukraine.";
        store.add(article("aputin02", "Poutine et Biden vont se parler", t2, "fr", "journal.example", LocalDate.of(2021, 12, 4),
                List.of(new Mention(0, 7, "Poutine", "e-putin"), new Mention(11, 16, "Biden", "e-biden")),
                List.of(new Timex(31, 36, "mardi", "2021-12-07", "day", "published"))), "sputin", List.of());
        store.add(article("aputin03", "Talks in Geneva in January", "Russian and American diplomats meet in Geneva in January. \"We expect hard talks,\" said Lavrov.",
                "en", "wire.example", LocalDate.of(2022, 1, 3), List.of(), List.of()), "sputin", List.of());
        store.add(article("astorm01", "Tempestade Aurelia inunda Lisboa", "A tempestade Aurelia inundou Lisboa.", "pt", "noticias.example",
                LocalDate.of(2026, 3, 10), List.of(), List.of()), "sstorm", List.of());
        store.add(article("astorm02", "La tormenta Aurelia inunda Lisboa", "La tormenta Aurelia inundó Lisboa.", "es", "diario.example",
                LocalDate.of(2026, 3, 11), List.of(), List.of()), "sstorm", List.of());
        int evilStart = XSS_TEXT.indexOf("7 December");
        store.add(new Article(XSS_ID, new Origin("evil.jsonl", 1), "javascript:alert(3)", "\"><script>alert(4)</script>", XSS_TITLE,
                XSS_TEXT, "en", 0.9, new Published(LocalDate.of(2021, 12, 8), Provenance.TEXT, 0.5),
                List.of(new Mention(0, 7, "Payload", "e-\"><b>x")),
                List.of(new Timex(evilStart, evilStart + 10, "7 December", "2021-12-07", "day", "absolute"))), "sxss", List.of());
        for (int i = 0; i < 25; i++) {
            String id = String.format("aother%02d", i);
            store.add(article(id, "Minor item number " + i, "Nothing much happened in item " + i + ".", i % 2 == 0 ? "de" : "nl",
                    "minor.example", LocalDate.of(2025, 1, 1).plusDays(i), List.of(), List.of()), "sother" + i, List.of());
        }
        store.sync();
        store.index().refresh();
    }

    URI uri(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
