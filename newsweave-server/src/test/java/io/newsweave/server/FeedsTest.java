package io.newsweave.server;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Atom and RSS feeds for saved searches and stories: well-formed, escaped, newest first. */
class FeedsTest extends ServerFixtureTest {


    private static Document xml(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aStoryFeedIsAtomWithItsArticlesNewestFirst() throws Exception {
        HttpResponse<String> r = fx.get("/feeds/stories/sputin");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Document feed = xml(r);
        var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        assertThat(entries.item(0).getTextContent()).contains("Talks in Geneva");
    }

    @Test
    void aSavedSearchFeedIsRssOnRequest() throws Exception {
        HttpResponse<String> r = fx.get("/feeds/search?q=biden&format=rss");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/rss+xml");
        Document feed = xml(r);
        assertThat(feed.getElementsByTagName("item").getLength()).isEqualTo(2);
    }

    @Test
    void feedTextIsEscapedNotMarkup() throws Exception {
        HttpResponse<String> r = fx.get("/feeds/search?q=evil");
        Document feed = xml(r);
        assertThat(feed.getElementsByTagName("script").getLength()).isZero();
        assertThat(feed.getElementsByTagNameNS("*", "img").getLength()).isZero();
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(1).getTextContent())
                .isEqualTo(Fixture.XSS_TITLE);
    }

    @Test
    void badFeedRequestsAreRefused() throws Exception {
        assertThat(fx.get("/feeds/stories/none").statusCode()).isEqualTo(404);
        assertThat(fx.get("/feeds/search?format=html").statusCode()).isEqualTo(400);
    }
}
