package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsweave.model.Mention;
import io.newsweave.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story, entity and search views page their lists and stay small: a story of 10,000 generated
 * articles ({@link LongStory}) and 60 one-article stories naming the same port authority, beside
 * the usual fixture, over a real server.
 */
class PagingTest {

    private static final int BIG = 10_000;
    private static final int LIMIT = 500_000;
    private static final Pattern NEXT = Pattern.compile("<nav class=\"pager\" data-list=\"articles\">.*?<a rel=\"next\" href=\"([^\"]+)\"");

    @TempDir
    static Path dir;
    static Fixture fx;

    @BeforeAll
    static void start() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            LongStory.write(store, "svelmora", "avel", BIG, 7);
            for (int i = 0; i < 60; i++) {
                String text = "The Velmora Port Authority opened berth " + i + ".";
                store.add(Fixture.article(String.format("aport%03d", i), "Berth " + i + " opens", text, "en", "port-daily.example",
                        LocalDate.of(2025, 6, 1).plusDays(i), List.of(new Mention(4, 26, "Velmora Port Authority", "e-velmora-port")),
                        List.of()), String.format("sport%03d", i), List.of());
            }
            store.commit();
        }
        fx = new Fixture(dir.resolve("data"));
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = fx.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body().getBytes(StandardCharsets.UTF_8).length).as(path + " size").isLessThan(LIMIT);
        return r;
    }

    private static JsonNode json(String path) throws Exception {
        return Fixture.JSON.readTree(get(path).body());
    }

    @Test
    void theFirstPageOfAHugeStoryIsSmallAndItsNextLinksLeadToTheLastPage() throws Exception {
        String first = get("/stories/svelmora").body();
        assertThat(first).contains("Articles 1–50 of 10000").contains("<ol class=\"articles\" start=\"1\">")
                .contains("id=\"quotes\"").contains("<h3>Developments</h3>").contains("From 200 of the 10000 articles")
                .doesNotContain("rel=\"prev\" href=\"/stories/svelmora?page");
        // dated items on one page: 50 articles, up to 20 × 3 timeline entries, one page of 50 mentioned dates
        assertThat(count(first, "<li><span class=\"date\" title=")).isLessThanOrEqualTo(50 + 20 * 3 + 50);
        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).isTrue();
        assertThat(next.group(1)).isEqualTo("/stories/svelmora?page=2#articles");
        String second = get(next.group(1).replace("&amp;", "&")).body();
        assertThat(second).contains("Articles 51–100 of 10000").contains("rel=\"prev\" href=\"/stories/svelmora#articles\"");
        assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
        String last = get("/stories/svelmora?page=200").body();
        assertThat(last).contains("Articles 9951–10000 of 10000").contains("Page 200 of 200");
        assertThat(NEXT.matcher(last).find()).isFalse();
        assertThat(get("/stories/svelmora?quotes_page=1&timeline_page=1&dates_page=2&events_page=1&lang=fr").body())
                .contains("Page 2 of").contains("lang=fr");
    }

    @Test
    void theArticlesOfEveryPageAreTheStorysArticlesOnce() throws Exception {
        Set<String> seen = new HashSet<>();
        int offset = 0;
        int pages = 0;
        while (offset >= 0 && pages < 200) {
            JsonNode page = json("/api/stories/svelmora?limit=100&offset=" + offset + "&timeline_limit=0&quotes_limit=0");
            assertThat(page.path("article_count").asInt()).isEqualTo(BIG);
            List<String> ids = page.path("article_list").findValuesAsText("id");
            List<String> listed = new java.util.ArrayList<>();
            page.path("articles").forEach(a -> listed.add(a.asText()));
            assertThat(listed).isEqualTo(ids);
            ids.forEach(id -> assertThat(seen.add(id)).as(id).isTrue());
            offset = page.path("next_offset").isNull() ? -1 : page.path("next_offset").asInt();
            pages++;
        }
        assertThat(pages).isEqualTo(100);
        assertThat(seen).hasSize(BIG);
    }

    @Test
    void theStoryApiShowsOneWindowOfEachListWithTotals() throws Exception {
        JsonNode story = json("/api/stories/svelmora");
        assertThat(story.path("article_list")).hasSize(50);
        assertThat(story.path("next_offset").asInt()).isEqualTo(50);
        assertThat(story.path("previous_offset").isNull()).isTrue();
        assertThat(story.path("read_articles").asInt()).isEqualTo(200);
        assertThat(story.path("coverage").path("articles").asInt()).isEqualTo(BIG);
        assertThat(story.path("pages").path("articles").path("total").asInt()).isEqualTo(BIG);
        JsonNode quotes = story.path("pages").path("quotes");
        assertThat(story.path("quotes").size()).isEqualTo(Math.min(20, quotes.path("total").asInt()));
        assertThat(story.path("timeline").size()).isLessThanOrEqualTo(50);
        assertThat(story.path("dated_mentions")).hasSize(50);
        story.path("quotes").forEach(q -> assertThat(q.path("reports").size()).isLessThanOrEqualTo(StorySlices.MAX_NESTED));
        assertThat(story.path("summary")).isNotEmpty();
        JsonNode end = json("/api/stories/svelmora?offset=9950");
        assertThat(end.path("article_list")).hasSize(50);
        assertThat(end.path("next_offset").isNull()).isTrue();
        assertThat(end.path("previous_offset").asInt()).isEqualTo(9900);
        assertThat(json("/api/stories/svelmora?offset=10000").path("article_list")).isEmpty();
        int lastQuote = quotes.path("total").asInt() - 1;
        assertThat(lastQuote).isGreaterThanOrEqualTo(0);
        JsonNode quotesPage = json("/api/stories/svelmora?quotes_limit=1&quotes_offset=" + lastQuote);
        assertThat(quotesPage.path("quotes")).hasSize(1);
        assertThat(quotesPage.path("quotes").get(0).path("report_count").asInt()).isPositive();
        assertThat(quotesPage.path("pages").path("quotes").path("next_offset").isNull()).isTrue();
    }

    @Test
    void theTimelineOfAHugeStoryPagesInTheOrderAskedAndThePageLinksKeepIt() throws Exception {
        String query = "/api/stories/svelmora?timeline_order=importance&limit=0&quotes_limit=0&dated_limit=0";
        JsonNode whole = json(query + "&timeline_limit=100");
        int total = whole.path("pages").path("timeline").path("total").asInt();
        assertThat(total).isBetween(4, 100);
        List<JsonNode> walked = new java.util.ArrayList<>();
        int offset = 0;
        while (offset >= 0) {
            JsonNode window = json(query + "&timeline_limit=3&timeline_offset=" + offset);
            window.path("timeline").forEach(walked::add);
            offset = window.path("pages").path("timeline").path("next_offset").isNull() ? -1
                    : window.path("pages").path("timeline").path("next_offset").asInt();
        }
        List<JsonNode> all = new java.util.ArrayList<>();
        whole.path("timeline").forEach(all::add);
        assertThat(walked).isEqualTo(all).hasSize(total);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).path("source_count").asInt()).as("entry " + i).isLessThanOrEqualTo(all.get(i - 1).path("source_count").asInt());
        }
        String page = get("/stories/svelmora?timeline_order=importance").body();
        assertThat(page).contains("<strong id=\"timeline-order-importance\">")
                .contains("rel=\"next\" href=\"/stories/svelmora?timeline_order=importance&amp;page=2#articles\"");
        assertThat(get("/stories/svelmora?timeline_order=importance&page=2").body())
                .contains("rel=\"prev\" href=\"/stories/svelmora?timeline_order=importance#articles\"")
                .contains("<a id=\"timeline-order-newest\" href=\"/stories/svelmora?page=2&amp;timeline_order=newest#timeline\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/stories/svelmora?page=0", "/stories/svelmora?page=201", "/stories/svelmora?page=two",
            "/stories/svelmora?quotes_page=-1", "/stories/svelmora?timeline_page=99999", "/stories/sputin?page=2",
            "/api/stories/svelmora?limit=101", "/api/stories/svelmora?offset=-1", "/api/stories/svelmora?offset=x",
            "/api/stories/svelmora?timeline_limit=1000", "/api/stories/svelmora?quotes_offset=2000000",
            "/entities/e-velmora-port?page=3", "/api/entities/e-velmora-port?limit=0.5", "/search?q=velmora&offset=-20",
            "/search?q=velmora&offset=20000"})
    void badPageParametersAre400(String path) throws Exception {
        assertThat(fx.get(path).statusCode()).as(path).isEqualTo(400);
    }

    @Test
    void theEntityPageAndApiPageTheStoriesOfAnEntity() throws Exception {
        String first = get("/entities/e-velmora-port").body();
        assertThat(count(first, "<li class=\"story\">")).isEqualTo(50);
        assertThat(first).contains("rel=\"next\" href=\"/entities/e-velmora-port?page=2#stories\"").contains("Page 1 of 2 (60 in all)");
        String second = get("/entities/e-velmora-port?page=2").body();
        assertThat(count(second, "<li class=\"story\">")).isEqualTo(10);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        JsonNode api = json("/api/entities/e-velmora-port");
        assertThat(api.path("story_count").asInt()).isEqualTo(60);
        assertThat(api.path("story_list")).hasSize(50);
        assertThat(api.path("stories")).hasSize(50);
        assertThat(api.path("next_offset").asInt()).isEqualTo(50);
        assertThat(json("/api/entities/e-velmora-port?offset=50").path("story_list")).hasSize(10);
        JsonNode listed = json("/api/entities?q=velmora+port");
        assertThat(listed.path("entities").get(0).path("stories")).hasSize(io.newsweave.server.api.EntityApi.LISTED_STORIES);
        assertThat(listed.path("entities").get(0).path("story_count").asInt()).isEqualTo(60);
    }

    @Test
    void theSearchPageLinksToThePreviousAndNextResults() throws Exception {
        String first = get("/search?q=velmora").body();
        assertThat(first).contains("1–20 shown").contains("rel=\"next\" href=\"/search?q=velmora&amp;offset=20\"")
                .doesNotContain("rel=\"prev\"");
        String second = get("/search?q=velmora&offset=20").body();
        assertThat(second).contains("21–40 shown").contains("rel=\"prev\" href=\"/search?q=velmora&amp;offset=0\"")
                .contains("rel=\"next\" href=\"/search?q=velmora&amp;offset=40\"");
        assertThat(get("/search?offset=20").body()).contains("rel=\"prev\" href=\"/search?offset=0\"");
    }

    private static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static Set<String> ids(String html) {
        String articles = html.substring(html.indexOf("<section id=\"articles\">"));
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("href=\"/articles/([a-z0-9]+)\"").matcher(articles);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
