package io.newsweave.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlExtractorMetadataTest {

    private static final String BODY = "<body><article><h1>Inner headline of the story</h1>"
            + "<p>A first paragraph that is long enough to count as the prose of the article body.</p>"
            + "<p>A second paragraph, also long enough to be read as part of the article text.</p>"
            + "</article></body>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    private ExtractedPage page(String head) {
        return extractor.extract("<html><head>" + head + "</head>" + BODY + "</html>", "https://example.org/a/b.html");
    }

    private ExtractedPage pageWithBody(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", null);
    }

    @Test
    void titleComesFromOgTitleFirst() {
        assertThat(page("<title>Tag title | Site</title><meta property=og:title content='OG headline'>").title())
                .isEqualTo("OG headline");
    }

    @Test
    void ogTitleLosesAKnownSiteNameSuffix() {
        assertThat(page("<meta property=og:title content='OG headline - The Site'>"
                + "<meta property=og:site_name content='The Site'>").title()).isEqualTo("OG headline");
    }

    @Test
    void titleFallsBackToTheH1InsideTheContent() {
        assertThat(page("<title>Tag title | Site</title>").title()).isEqualTo("Inner headline of the story");
    }

    @Test
    void titleTagLosesItsSiteSuffixWhenNothingBetterExists() {
        ExtractedPage p = pageWithBody("<title>A plain headline for the page | Example Site</title>",
                "<p>Only a paragraph of text that is long enough to count as prose here.</p>");
        assertThat(p.title()).isEqualTo("A plain headline for the page");
    }

    @Test
    void publishedPrefersPublishedOverModified() {
        ExtractedPage p = page("<meta property='article:modified_time' content='2020-02-02'>"
                + "<meta property='article:published_time' content='2020-01-01'>");
        assertThat(p.published()).isEqualTo("2020-01-01");
        assertThat(p.publishedFrom()).isEqualTo("meta");
    }

    @Test
    void publishedIsReadFromCommonMetaNames() {
        for (String meta : new String[] {"<meta name='pubdate' content='2019-05-05'>",
                "<meta name='DC.date.issued' content='2019-05-05'>", "<meta name='sailthru.date' content='2019-05-05'>",
                "<meta name='parsely-pub-date' content='2019-05-05'>", "<meta itemprop='datePublished' content='2019-05-05'>"}) {
            assertThat(page(meta).published()).as(meta).isEqualTo("2019-05-05");
        }
    }

    @Test
    void publishedIsReadFromJsonLdInAGraph() {
        ExtractedPage p = page("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2018-07-07T10:00:00Z\",\"dateModified\":\"2018-07-08\"}]}"
                + "</script>");
        assertThat(p.published()).isEqualTo("2018-07-07T10:00:00Z");
        assertThat(p.publishedFrom()).isEqualTo("json-ld");
    }

    @Test
    void publishedIsReadFromJsonLdInATopLevelArray() {
        ExtractedPage p = page("<script type='application/ld+json'>[{\"@type\":\"Organization\",\"name\":\"X\"},"
                + "{\"@type\":[\"Article\"],\"datePublished\":\"2017-03-03\"}]</script>");
        assertThat(p.published()).isEqualTo("2017-03-03");
    }

    @Test
    void invalidJsonLdIsIgnored() {
        ExtractedPage p = page("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": </script>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Good one\",}</script>");
        assertThat(p.title()).isEqualTo("Good one");
        assertThat(Fixtures.text(p)).contains("A first paragraph", "A second paragraph");
    }

    @Test
    void publishedFallsBackToATimeElementInTheArticle() {
        ExtractedPage p = pageWithBody("", "<time datetime='2001-01-01'>outside</time><article>"
                + "<time datetime='2016-06-06T12:00'>6 June</time>"
                + "<p>A paragraph of the article that is long enough to be counted as its prose.</p></article>");
        assertThat(p.published()).isEqualTo("2016-06-06T12:00");
        assertThat(p.publishedFrom()).isEqualTo("time");
    }

    @Test
    void noDateGivesNullDateAndSource() {
        ExtractedPage p = page("");
        assertThat(p.published()).isNull();
        assertThat(p.publishedFrom()).isNull();
    }

    @Test
    void siteNameComesFromJsonLdPublisherOrApplicationName() {
        assertThat(page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":"
                + "{\"@type\":\"Organization\",\"name\":\"Daily Example\"}}</script>").siteName()).isEqualTo("Daily Example");
        assertThat(page("<meta name='application-name' content='App Site'>").siteName()).isEqualTo("App Site");
    }

    @Test
    void canonicalLinkIsMadeAbsolute() {
        assertThat(page("<link rel=canonical href='/canonical/path'>").canonicalUrl())
                .isEqualTo("https://example.org/canonical/path");
    }

    @Test
    void languageComesFromContentLanguageWhenHtmlHasNoLang() {
        assertThat(page("<meta http-equiv='content-language' content='es'>").language()).isEqualTo("es");
    }
}
