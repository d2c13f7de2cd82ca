package io.newsweave.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendered answers: kept per store state, revalidated by ETag, never stale, failures not kept, concurrent misses rendered once. */
class PageCacheTest {

    @TempDir
    Path dir;

    private static long[] counts(Fixture fx) {
        return fx.server.pages().counts();
    }

    @Test
    void aSecondRequestIsServedFromTheCacheAndAnETagGetsA304() throws Exception {
        try (Fixture fx = new Fixture(dir.resolve("data"))) {
            HttpResponse<String> first = fx.get("/stories/sputin?page=1");
            long[] before = counts(fx);
            HttpResponse<String> second = fx.get("/stories/sputin?page=1");
            long[] after = counts(fx);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(after[0]).as("hits").isEqualTo(before[0] + 1);
            assertThat(after[1]).as("renderings").isEqualTo(before[1]);
            String etag = second.headers().firstValue("ETag").orElseThrow();
            assertThat(first.headers().firstValue("ETag")).contains(etag);
            assertThat(second.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");

            HttpResponse<String> revalidated = fx.client.send(HttpRequest.newBuilder(fx.uri("/stories/sputin?page=1"))
                    .header("If-None-Match", etag).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(revalidated.statusCode()).isEqualTo(304);
            assertThat(revalidated.body()).isEmpty();
            HttpResponse<String> other = fx.client.send(HttpRequest.newBuilder(fx.uri("/stories/sputin?page=1"))
                    .header("If-None-Match", "\"something-else\"").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.body()).isEqualTo(first.body());

            // another query string is another answer
            String french = fx.get("/api/stories/sputin?lang=fr").body();
            assertThat(Fixture.JSON.readTree(french).path("title").asText()).isEqualTo("Poutine et Biden vont se parler");
            assertThat(Fixture.JSON.readTree(fx.get("/api/stories/sputin").body()).path("title").asText())
                    .isNotEqualTo("Poutine et Biden vont se parler");
        }
    }

    @Test
    void aNewArticleInTheStoreIsShownAtOnce() throws Exception {
        try (Fixture fx = new Fixture(dir.resolve("data"))) {
            String before = fx.get("/stories/sstorm").body();
            String apiBefore = fx.get("/api/stories/sstorm").body();
            assertThat(before).doesNotContain("Aurelia reaches Porto");
            fx.store.add(Fixture.article("astorm03", "Aurelia reaches Porto", "The storm Aurelia reached Porto on Friday.", "en",
                    "wire.example", LocalDate.of(2026, 3, 13), List.of(), List.of()), "sstorm", List.of());
            fx.store.sync();
            fx.store.index().refresh();
            HttpResponse<String> after = fx.get("/stories/sstorm");
            assertThat(after.body()).contains("Aurelia reaches Porto");
            assertThat(fx.get("/api/stories/sstorm").body()).isNotEqualTo(apiBefore).contains("astorm03");
            assertThat(fx.get("/api/search?q=porto").body()).contains("\"total\":1");
        }
    }

    @Test
    void failuresAreAnsweredButNotKept() throws Exception {
        try (Fixture fx = new Fixture(dir.resolve("data"))) {
            long[] before = counts(fx);
            assertThat(fx.get("/stories/snosuchstory").statusCode()).isEqualTo(404);
            assertThat(fx.get("/stories/snosuchstory").statusCode()).isEqualTo(404);
            assertThat(fx.get("/api/search?q=%2Fa%7B999999999%7D%2F").statusCode()).isEqualTo(400);
            assertThat(fx.get("/api/search?q=%2Fa%7B999999999%7D%2F").statusCode()).isEqualTo(400);
            HttpResponse<String> page = fx.get("/search?q=%2Fa%7B999999999%7D%2F");
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.headers().firstValue("ETag")).isEmpty();
            assertThat(fx.get("/search?q=%2Fa%7B999999999%7D%2F").statusCode()).isEqualTo(400);
            long[] after = counts(fx);
            assertThat(after[1] - before[1]).as("every failing request rendered again").isEqualTo(6);
            assertThat(after[0]).as("no hit").isEqualTo(before[0]);
        }
    }

    @Test
    void concurrentRequestsForOneNewPageRenderItOnce() throws Exception {
        try (Fixture fx = new Fixture(dir.resolve("data")); ExecutorService pool = Executors.newFixedThreadPool(16)) {
            fx.get("/"); // start-up work (first refresh, class loading) out of the way
            long[] before = counts(fx);
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(() -> fx.get("/stories/sputin?timeline_order=importance").body());
            }
            List<String> bodies = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                bodies.add(f.get());
            }
            long[] after = counts(fx);
            assertThat(bodies).allMatch(b -> b.equals(bodies.get(0))).allMatch(b -> b.contains("Putin and Biden"));
            assertThat(after[1] - before[1]).as("renderings").isEqualTo(1);
            assertThat(after[0] - before[0]).as("served from the one rendering").isEqualTo(31);
        }
    }

    @Test
    void ifNoneMatchListsAndWildcardsMatch() {
        assertThat(PageCache.matches("\"a\", \"b\"", "\"b\"")).isTrue();
        assertThat(PageCache.matches("W/\"b\"", "\"b\"")).isTrue();
        assertThat(PageCache.matches("*", "\"b\"")).isTrue();
        assertThat(PageCache.matches("\"c\"", "\"b\"")).isFalse();
        assertThat(PageCache.matches("", "\"b\"")).isFalse();
        assertThat(PageCache.matches(null, "\"b\"")).isFalse();
    }
}
