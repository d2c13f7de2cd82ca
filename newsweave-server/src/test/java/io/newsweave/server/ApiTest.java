package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The read API over a real server on a random port. */
class ApiTest extends ServerFixtureTest {


    private static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = fx.get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return Fixture.JSON.readTree(r.body());
    }

    private static JsonNode error(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = fx.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        JsonNode body = Fixture.JSON.readTree(r.body());
        assertThat(body.path("error").path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").path("message").asText()).isNotBlank();
        return body;
    }

    @Test
    void storiesAreListedLargestFirstWithCoverageWhenSortedBySize() throws Exception {
        JsonNode page = json("/api/stories?limit=3&sort=size");
        assertThat(page.path("matched").asInt()).isEqualTo(28);
        JsonNode first = page.path("stories").get(0);
        assertThat(first.path("id").asText()).isEqualTo("sputin");
        assertThat(first.path("article_count").asInt()).isEqualTo(3);
        assertThat(first.path("languages").path("en").asInt()).isEqualTo(2);
        assertThat(first.path("days").path("2021-12-07").asInt()).isEqualTo(1);
        assertThat(page.path("stories").get(1).path("id").asText()).isEqualTo("sstorm");
    }

    @Test
    void storiesAreListedMostActiveFirstByDefault() throws Exception {
        JsonNode page = json("/api/stories?limit=3");
        assertThat(page.path("matched").asInt()).isEqualTo(28);
        JsonNode first = page.path("stories").get(0);
        // the storm's two articles are the newest (2026-03-10 and 11): it leads although the Putin story is larger
        assertThat(first.path("id").asText()).isEqualTo("sstorm");
        assertThat(first.path("activity").path("recent").asInt()).isEqualTo(2);
        assertThat(first.path("activity").path("trend").asText()).isEqualTo("new");
        assertThat(first.path("activity").path("reference_day").asText()).isEqualTo("2026-03-11");
        assertThat(page.path("stories").get(1).path("id").asText()).isEqualTo("sputin");
        assertThat(page.path("stories").get(1).path("activity").path("recent").asInt()).isZero();
        error("/api/stories?sort=newest", 400);
    }

    @Test
    void cursorPagingVisitsEveryStoryOnceInEitherOrder() throws Exception {
        for (String sort : List.of("activity", "size")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = json("/api/stories?limit=5&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor));
                page.path("stories").forEach(s -> seen.add(s.path("id").asText()));
                cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
                pages++;
            } while (cursor != null && pages < 20);
            assertThat(pages).as(sort).isEqualTo(6);
            assertThat(seen).as(sort).hasSize(28).doesNotHaveDuplicates();
        }
    }

    @Test
    void cursorPagingVisitsEveryStoryOnce() throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = json("/api/stories?limit=5" + (cursor == null ? "" : "&cursor=" + cursor));
            page.path("stories").forEach(s -> seen.add(s.path("id").asText()));
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 20);
        assertThat(pages).isEqualTo(6);
        assertThat(seen).hasSize(28).doesNotHaveDuplicates();
        error("/api/stories?cursor=bm90LWEtY3Vyc29y", 400);
    }

    @Test
    void storiesFilterByLanguageSourceEntityAndDates() throws Exception {
        assertThat(ids(json("/api/stories?language=fr"))).containsExactly("sputin");
        assertThat(ids(json("/api/stories?source=diario.example"))).containsExactly("sstorm");
        assertThat(ids(json("/api/stories?entity=e-biden"))).containsExactly("sputin");
        assertThat(ids(json("/api/stories?from=2026-01-01&to=2026-12-31"))).containsExactly("sstorm");
        assertThat(ids(json("/api/stories?from=2021-12-08&to=2021-12-08"))).containsExactlyInAnyOrder("sputin", "sxss");
        error("/api/stories?from=yesterday", 400);
        error("/api/stories?from=2022-01-02&to=2022-01-01", 400);
        error("/api/stories?limit=1000", 400);
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("stories").forEach(s -> out.add(s.path("id").asText()));
        return out;
    }

    @Test
    void aStoryHasTheContractFieldsCoverageAndDatedMentions() throws Exception {
        JsonNode story = json("/api/stories/sputin");
        for (String field : new String[] {"id", "title", "articles", "languages", "events", "timeline", "entities", "quotes", "summary"}) {
            assertThat(story.has(field)).as(field).isTrue();
        }
        assertThat(story.path("articles")).hasSize(3);
        assertThat(story.path("coverage").path("sources").path("wire.example").asInt()).isEqualTo(2);
        assertThat(story.path("coverage").path("days").size()).isEqualTo(3);
        assertThat(story.path("dated_mentions")).hasSize(2);
        assertThat(story.path("dated_mentions").get(0).path("value").asText()).isEqualTo("2021-12-07");
        JsonNode putin = story.path("entities").get(0);
        assertThat(putin.path("id").asText()).isIn("e-putin", "e-biden");
        assertThat(story.path("entities")).hasSize(2);
        assertThat(story.path("title").asText()).isEqualTo("Putin and Biden talk about Ukraine");
        assertThat(json("/api/stories/sputin?lang=fr").path("title").asText()).as("the French report's headline for a French reader")
                .isEqualTo("Poutine et Biden vont se parler");
        assertThat(json("/api/stories/sputin?lang=de").path("title").asText()).as("no German headline: the story's own")
                .isEqualTo("Putin and Biden talk about Ukraine");
        error("/api/stories/nope", 404);
        error("/api/stories/..%2f..%2fetc", 400);
    }

    private static List<String> timelineDates(JsonNode story) {
        List<String> out = new ArrayList<>();
        story.path("timeline").forEach(t -> out.add(t.path("date").asText()));
        return out;
    }

    @Test
    void aStorysTimelineIsListedInTheOrderAskedBeforeItsWindowIsTaken() throws Exception {
        JsonNode byDate = json("/api/stories/sputin");
        assertThat(timelineDates(byDate)).containsExactly("2021-12-07", "2022-01-03");
        assertThat(byDate.path("timeline_order").asText()).isEqualTo("date");
        assertThat(json("/api/stories/sputin?timeline_order=date").path("timeline")).isEqualTo(byDate.path("timeline"));
        JsonNode newest = json("/api/stories/sputin?timeline_order=newest");
        assertThat(timelineDates(newest)).containsExactly("2022-01-03", "2021-12-07");
        assertThat(newest.path("timeline_order").asText()).isEqualTo("newest");
        JsonNode important = json("/api/stories/sputin?timeline_order=importance");
        assertThat(important.path("timeline_order").asText()).isEqualTo("importance");
        // the Tuesday call, reported in English and French, before the Geneva talks of one English article
        assertThat(important.path("timeline").get(0).path("source_count").asInt()).isEqualTo(2);
        assertThat(important.path("timeline").get(1).path("source_count").asInt()).isEqualTo(1);
        JsonNode first = json("/api/stories/sputin?timeline_order=newest&timeline_limit=1");
        assertThat(timelineDates(first)).containsExactly("2022-01-03");
        assertThat(first.path("pages").path("timeline").path("next_offset").asInt()).isEqualTo(1);
        JsonNode second = json("/api/stories/sputin?timeline_order=newest&timeline_limit=1&timeline_offset=1");
        assertThat(timelineDates(second)).containsExactly("2021-12-07");
        assertThat(second.path("pages").path("timeline").path("next_offset").isNull()).isTrue();
        assertThat(error("/api/stories/sputin?timeline_order=oldest", 400).path("error").path("message").asText())
                .isEqualTo("timeline_order must be one of date, newest, importance");
        error("/api/stories/sputin?timeline_order=NEWEST", 400);
    }

    @Test
    void anArticleHasItsCleanTextMentionsTimexesAndStory() throws Exception {
        JsonNode a = json("/api/articles/aputin01");
        assertThat(a.path("text").asText()).startsWith("Putin and Biden");
        assertThat(a.path("story").asText()).isEqualTo("sputin");
        assertThat(a.path("mentions")).hasSize(2);
        assertThat(a.path("timexes").get(0).path("value").asText()).isEqualTo("2021-12-07");
        error("/api/articles/missing", 404);
    }

    @Test
    void entitiesComeFromMentionsWithVariantsAndStories() throws Exception {
        JsonNode list = json("/api/entities?q=pout");
        assertThat(list.path("entities")).hasSize(1);
        JsonNode putin = list.path("entities").get(0);
        assertThat(putin.path("id").asText()).isEqualTo("e-putin");
        assertThat(putin.path("mentions").asInt()).isEqualTo(2);
        assertThat(putin.path("type").asText()).isEqualTo("OTHER"); // a fixture id without a type prefix
        List<String> variants = new ArrayList<>();
        putin.path("variants").forEach(v -> variants.add(v.path("text").asText()));
        assertThat(variants).containsExactlyInAnyOrder("Putin", "Poutine");
        JsonNode one = json("/api/entities/e-putin");
        assertThat(one.path("story_list").get(0).path("id").asText()).isEqualTo("sputin");
        JsonNode unknown = json("/api/entities/e-nobody");
        assertThat(unknown.path("mentions").asInt()).isZero();
        assertThat(unknown.path("stories")).isEmpty();
        assertThat(json("/api/entities?q=zzzz").path("entities")).isEmpty();
    }

    @Test
    void searchTakesLuceneSyntaxFiltersAndReturnsFacets() throws Exception {
        JsonNode r = json("/api/search?q=" + Html.url("biden AND (ukraine OR mardi)"));
        assertThat(r.path("total").asInt()).isEqualTo(2);
        assertThat(r.path("facets").path("language").path("en").asInt()).isEqualTo(1);
        assertThat(r.path("facets").path("language").path("fr").asInt()).isEqualTo(1);
        assertThat(r.path("facets").path("entity").path("e-biden").asInt()).isEqualTo(2);
        assertThat(r.path("facets").path("source").path("wire.example").asInt()).isEqualTo(1);
        assertThat(r.path("facets").path("date").path("2021-12-04").asInt()).isEqualTo(1);
        assertThat(json("/api/search?q=biden&language=fr").path("hits").get(0).path("id").asText()).isEqualTo("aputin02");
        assertThat(json("/api/search?q=" + Html.url("title:tempestade")).path("total").asInt()).isEqualTo(1);
        assertThat(json("/api/search?from=2026-03-11").path("total").asInt()).isEqualTo(1);
        error("/api/search?q=" + Html.url("title:(unclosed"), 400);
        error("/api/search?offset=-1", 400);
    }

    @Test
    void searchPagesWithOffset() throws Exception {
        Set<String> seen = new HashSet<>();
        JsonNode page = json("/api/search?q=item&limit=10");
        assertThat(page.path("total").asInt()).isEqualTo(25);
        int offset = 0;
        while (true) {
            page.path("hits").forEach(h -> seen.add(h.path("id").asText()));
            if (page.path("next_offset").isNull()) {
                break;
            }
            offset = page.path("next_offset").asInt();
            page = json("/api/search?q=item&limit=10&offset=" + offset);
        }
        assertThat(offset).isEqualTo(20);
        assertThat(seen).hasSize(25);
    }

    @Test
    void exportStreamsEveryArticleAndStoryAsJsonLines() throws Exception {
        HttpResponse<String> r = fx.get("/api/export");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        List<String> lines = r.body().lines().toList();
        assertThat(lines.stream().filter(l -> l.contains("\"type\":\"article\""))).hasSize(31);
        assertThat(lines.stream().filter(l -> l.contains("\"type\":\"story\""))).hasSize(28);
        JsonNode whole = json("/api/export?format=json");
        assertThat(whole.path("articles")).hasSize(31);
        assertThat(whole.path("stories")).hasSize(28);
        error("/api/export?format=../../etc/passwd", 400);
    }

    @Test
    void openApiDocumentsEveryApiPath() throws Exception {
        JsonNode doc = json("/openapi.json");
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        for (String path : new String[] {"/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/articles", "/api/entities",
                "/api/entities/{id}", "/api/search", "/api/export", "/api/events", "/api/sources", "/feeds/search", "/feeds/stories/{id}", "/metrics"}) {
            assertThat(doc.path("paths").has(path)).as(path).isTrue();
        }
    }

    @Test
    void metricsArePrometheusTextWithStoreAndRequestMeters() throws Exception {
        fx.get("/api/stories");
        HttpResponse<String> r = fx.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(r.body()).contains("newsweave_store_articles 31.0").contains("newsweave_stories 28.0")
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/stories\",status=\"200\"}")
                .contains("jvm_memory_used_bytes");
        assertThat(r.body()).doesNotContain("route=\"/api/stories/sputin\"");
    }

    @Test
    void unknownApiPathsAreJson404() throws Exception {
        error("/api/nothing-here", 404);
    }
}
