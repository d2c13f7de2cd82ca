package io.newsweave.server;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The server-rendered pages, fetched over HTTP. */
class UiTest extends ServerFixtureTest {


    private static String page(String path) throws Exception {
        HttpResponse<String> r = fx.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return r.body();
    }

    @Test
    void theFrontPageListsStoriesWithSparklinesBadgesAndAMoreLink() throws Exception {
        String html = page("/");
        assertThat(html).contains("31 articles in 28 stories").contains("href=\"/stories/sputin\"")
                .contains("<svg class=\"spark\"").contains("class=\"badge lang\"").doesNotContain("More stories");
        assertThat(page("/?limit=10")).contains("More stories");
        assertThat(page("/?language=pt")).contains("/stories/sstorm").doesNotContain("/stories/sputin");
    }

    @Test
    void theFrontPageRanksByActivityMarksTrendsAndKeepsFiltersAcrossOrdersAndPages() throws Exception {
        String html = page("/");
        // most active first: the storm (the newest articles) before the larger Putin story
        assertThat(html.indexOf("/stories/sstorm")).isLessThan(html.indexOf("/stories/sputin"));
        assertThat(html).contains("2 articles in the last 2 days").contains("<span class=\"trend trend-new\">new</span>")
                .contains("<strong id=\"sort-activity\">Most active</strong>").contains("activity: the last 2 days up to 2026-03-11")
                .contains("<form class=\"filters\" method=\"get\" action=\"/\">");
        String bySize = page("/?sort=size");
        assertThat(bySize.indexOf("/stories/sputin")).isLessThan(bySize.indexOf("/stories/sstorm"));
        assertThat(bySize).contains("<strong id=\"sort-size\">Largest</strong>");
        String filtered = page("/?sort=size&language=de&from=2025-01-01&limit=3");
        assertThat(filtered).contains("id=\"filter-language\" value=\"de\"").contains("id=\"filter-from\" value=\"2025-01-01\"")
                .contains("href=\"/?sort=activity&amp;from=2025-01-01&amp;language=de\"")
                .contains("&amp;sort=size&amp;from=2025-01-01&amp;language=de\">More stories");
        assertThat(fx.get("/?sort=bogus").statusCode()).isEqualTo(400);
    }

    @Test
    void theStoryPageShowsTimelineEntitiesSourcesAndArticles() throws Exception {
        String html = page("/stories/sputin");
        assertThat(html).contains("id=\"timeline\"").contains("<svg class=\"timeline\"").contains("2021-12-07: 1 article")
                .contains("Dates mentioned in the articles").contains("<q>mardi</q>")
                .contains("class=\"chip\" href=\"/entities/e-putin\"").contains("wire.example").contains("journal.example")
                .contains("href=\"/articles/aputin03\"").contains("<h3>Developments</h3>").contains("Putin and Biden spoke on Tuesday")
                .contains("<blockquote><p>We expect hard talks,</p><footer>Lavrov");
        assertThat(html).contains("<h1>Putin and Biden talk about Ukraine</h1>");
        assertThat(page("/stories/sputin?lang=fr")).contains("<h1>Poutine et Biden vont se parler</h1>");
    }

    /** The dates of the developments list of a story page, in the order shown. */
    private static List<String> developments(String html) {
        int start = html.indexOf("<ol class=\"developments\">");
        assertThat(start).as("developments list").isNotNegative();
        Matcher m = Pattern.compile("<li><span class=\"date\" title=\"([^\"]+)\">").matcher(html.substring(start, html.indexOf("</ol>", start)));
        List<String> dates = new ArrayList<>();
        while (m.find()) {
            dates.add(m.group(1));
        }
        return dates;
    }

    @Test
    void theStoryPageListsTheTimelineInTheOrderTheReaderChooses() throws Exception {
        String byDate = page("/stories/sputin");
        assertThat(developments(byDate)).containsExactly("2021-12-07", "2022-01-03");
        assertThat(byDate).contains("<strong id=\"timeline-order-date\">By date</strong>")
                .contains("<a id=\"timeline-order-newest\" href=\"/stories/sputin?timeline_order=newest#timeline\">Newest first</a>")
                .contains("<a id=\"timeline-order-importance\" href=\"/stories/sputin?timeline_order=importance#timeline\">");
        assertThat(byDate.indexOf("id=\"timeline-order-date\"")).isLessThan(byDate.indexOf("<h3>Developments</h3>"));
        String newest = page("/stories/sputin?timeline_order=newest");
        assertThat(developments(newest)).containsExactly("2022-01-03", "2021-12-07");
        assertThat(newest).contains("<strong id=\"timeline-order-newest\">Newest first</strong>")
                .contains("<a id=\"timeline-order-date\" href=\"/stories/sputin#timeline\">By date</a>");
        String important = page("/stories/sputin?timeline_order=importance");
        assertThat(developments(important)).containsExactly("2021-12-07", "2022-01-03");
        assertThat(important).contains("<strong id=\"timeline-order-importance\">Most important first</strong>");
        int mostImportant = important.indexOf("<ol class=\"developments\">");
        assertThat(important.indexOf("<summary>2 sources</summary>", mostImportant))
                .isLessThan(important.indexOf("<summary>1 source</summary>", mostImportant));
        // the order links keep the page's parameters and go back to the timeline's first page
        String kept = page("/stories/sputin?lang=fr&timeline_page=1&timeline_order=newest");
        assertThat(kept).contains("<a id=\"timeline-order-importance\" href=\"/stories/sputin?lang=fr&amp;timeline_order=importance#timeline\">")
                .contains("<a id=\"timeline-order-date\" href=\"/stories/sputin?lang=fr#timeline\">");
        HttpResponse<String> bad = fx.get("/stories/sputin?timeline_order=oldest");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("timeline_order must be one of date, newest, importance");
    }

    @Test
    void theArticlePageHighlightsDatesAndEntities() throws Exception {
        String html = page("/articles/aputin01");
        assertThat(html).contains("<a class=\"mention\" href=\"/entities/e-putin\">Putin</a>")
                .contains("<mark class=\"timex\" title=\"2021-12-07 (day)\">Tuesday</mark>").contains("href=\"/stories/sputin\"");
    }

    @Test
    void theEntityPagesListEntitiesAndTheirStories() throws Exception {
        assertThat(page("/entities")).contains("href=\"/entities/e-biden\"");
        assertThat(page("/entities/e-putin")).contains("Poutine").contains("/stories/sputin");
        assertThat(page("/entities/e-unknown")).contains("No mentions of this entity yet");
    }

    @Test
    void theSearchPageShowsHitsAndFacetsThatNarrow() throws Exception {
        String html = page("/search?q=biden");
        assertThat(html).contains("2 articles").contains("href=\"/articles/aputin01\"")
                .contains("href=\"/search?q=biden&amp;language=fr\"").contains("Atom feed of this search");
        String narrowed = page("/search?q=biden&language=fr");
        assertThat(narrowed).contains("1 article").contains("(remove)");
    }

    @Test
    void missingPagesAreHtml404() throws Exception {
        HttpResponse<String> r = fx.get("/stories/none");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("<h1>404</h1>");
        assertThat(fx.get("/no/such/page").statusCode()).isEqualTo(404);
    }
}
