package io.newsweave.watch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchFeedItemsTest {

    private static final URI BASE = URI.create("https://news.example.org/feeds/world.xml");

    private static FeedItems.Parsed parse(String body, SourceKind kind, int cap) throws FetchFailure {
        return FeedItems.parse(body.getBytes(StandardCharsets.UTF_8), null, kind, BASE, cap);
    }

    @Test
    void rssItemsKeepLinkTitleAndDateAndDropTracking() throws Exception {
        FeedItems.Parsed parsed = parse(Fixtures.rss("World", List.of("https://news.example.org/a/talks-in-geneva?utm_source=rss",
                "/b/second-story-2021", "https://news.example.org/a/talks-in-geneva#c")), null, 100);
        assertThat(parsed.kind()).isEqualTo(SourceKind.RSS);
        assertThat(parsed.items()).extracting(FeedItem::url)
                .containsExactly("https://news.example.org/a/talks-in-geneva", "https://news.example.org/b/second-story-2021");
        assertThat(parsed.items().get(0).title()).isEqualTo("Item 1 of World");
        assertThat(parsed.items().get(0).published()).isEqualTo("2021-12-07T11:00:00Z");
    }

    @Test
    void atomEntriesAreRead() throws Exception {
        FeedItems.Parsed parsed = parse(Fixtures.atom(List.of("https://news.example.org/x/one-two-three")), SourceKind.ATOM, 10);
        assertThat(parsed.kind()).isEqualTo(SourceKind.ATOM);
        assertThat(parsed.items()).singleElement().satisfies(i -> {
            assertThat(i.url()).isEqualTo("https://news.example.org/x/one-two-three");
            assertThat(i.title()).isEqualTo("Entry 1");
        });
    }

    @Test
    void newsSitemapGivesTitlesLanguagesAndNewestFirst() throws Exception {
        FeedItems.Parsed parsed = parse(Fixtures.sitemap(List.of("https://news.example.org/1", "https://news.example.org/2"), true), null, 10);
        assertThat(parsed.kind()).isEqualTo(SourceKind.NEWS_SITEMAP);
        assertThat(parsed.items()).extracting(FeedItem::url).containsExactly("https://news.example.org/2", "https://news.example.org/1");
        assertThat(parsed.items().get(0).title()).isEqualTo("Titre 2");
        assertThat(parsed.items().get(0).language()).isEqualTo("fr");
        FeedItems.Parsed plain = parse(Fixtures.sitemap(List.of("https://news.example.org/1"), false), null, 10);
        assertThat(plain.kind()).isEqualTo(SourceKind.SITEMAP);
    }

    @Test
    void sitemapIndexListsItsChildren() throws Exception {
        FeedItems.Parsed parsed = parse("""
                <?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>https://news.example.org/s1.xml</loc><lastmod>2021-01-01</lastmod></sitemap>
                <sitemap><loc>https://news.example.org/s2.xml</loc><lastmod>2021-12-01</lastmod></sitemap></sitemapindex>""", null, 10);
        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.sitemaps()).containsExactly("https://news.example.org/s2.xml", "https://news.example.org/s1.xml");
    }

    @Test
    void sectionPageYieldsArticleLinksOnly() throws Exception {
        String html = """
                <!doctype html><html><body>
                <a href="/world/2021/12/07/biden-putin-talks">Biden and Putin hold video talks</a>
                <a href="https://www.news.example.org/world/ukraine-border-troops-buildup">Troops gather at the border</a>
                <a href="/tag/ukraine-russia-crisis">tag</a><a href="/about">About</a><a href="https://other.org/x-y-z-story">elsewhere</a>
                <a href="/world/2021/12/07/biden-putin-talks#comments">again</a><a href="/img/photo-of-the-day.jpg">photo</a>
                </body></html>""";
        FeedItems.Parsed parsed = FeedItems.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", SourceKind.PAGE,
                URI.create("https://news.example.org/world/"), 10);
        assertThat(parsed.items()).extracting(FeedItem::url).containsExactly(
                "https://news.example.org/world/2021/12/07/biden-putin-talks",
                "https://www.news.example.org/world/ukraine-border-troops-buildup");
        assertThat(parsed.items().get(0).title()).isEqualTo("Biden and Putin hold video talks");
    }

    @Test
    void homePageAnnouncesItsFeedsWhenDetecting() throws Exception {
        String html = "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"https://news.example.org/atom\"></head><body></body></html>";
        FeedItems.Parsed parsed = parse(html, null, 10);
        assertThat(parsed.kind()).isNull();
        assertThat(parsed.feeds()).containsExactly("https://news.example.org/rss.xml", "https://news.example.org/atom");
    }

    @Test
    void htmlWhereAFeedWasExpectedIsAHardFailure() {
        assertThatThrownBy(() -> parse("<!DOCTYPE html><html><body>Oops</body></html>", SourceKind.RSS, 10))
                .isInstanceOfSatisfying(FetchFailure.class, f -> assertThat(f.severity()).isEqualTo(FetchFailure.Severity.HARD))
                .hasMessage("HTML page where a rss was expected");
    }

    @Test
    void malformedXmlIsASoftFailureNamingTheProblem() {
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><rss><channel><item><link>x</item></rss>", null, 10))
                .isInstanceOfSatisfying(FetchFailure.class, f -> assertThat(f.severity()).isEqualTo(FetchFailure.Severity.SOFT))
                .hasMessageStartingWith("malformed feed");
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><urlset><url><loc>x</url>", null, 10))
                .hasMessageStartingWith("malformed sitemap at line 1");
    }

    @Test
    void emptyAndGarbledBodiesAreRefused() {
        assertThatThrownBy(() -> parse("", null, 10)).hasMessage("empty body");
        assertThatThrownBy(() -> parse("\u0001\u0002garbage{}", null, 10)).hasMessageStartingWith("neither XML nor HTML");
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><catalog/>", null, 10)).hasMessage("XML root <catalog> is no feed or sitemap");
    }

    @Test
    void entitiesAreNeverExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><link>https://news.example.org/a-b-c</link></item></channel></rss>";
        assertThatThrownBy(() -> parse(xxe, null, 10)).isInstanceOf(FetchFailure.class).hasMessageStartingWith("malformed feed");
        String sitemapXxe = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset><url><loc>https://news.example.org/&x;</loc></url></urlset>";
        try {
            FeedItems.Parsed parsed = parse(sitemapXxe, null, 10);
            assertThat(parsed.items()).noneMatch(i -> i.url().contains("root"));
        } catch (FetchFailure refused) {
            assertThat(refused.getMessage()).startsWith("malformed sitemap");
        }
    }

    @Test
    void aHugeFeedIsCutAtTheCapAndCounted() throws Exception {
        List<String> links = new ArrayList<>();
        IntStream.range(0, 100_000).forEach(i -> links.add("https://news.example.org/n/" + i));
        FeedItems.Parsed parsed = parse(Fixtures.rss("Huge", links), null, 500);
        assertThat(parsed.items()).hasSize(500);
        assertThat(parsed.total()).isEqualTo(100_000);
        assertThat(parsed.items().get(0).url()).isEqualTo("https://news.example.org/n/0");
    }
}
