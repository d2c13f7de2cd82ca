package io.newsweave.clean.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Gathers title, publication date, canonical URL, site name and language from meta tags, JSON-LD
 * and the content element, in that order of trust (for the date: meta, JSON-LD, then a
 * {@code <time datetime>} in the article). Reads the document without changing it; stateless.
 */
final class MetadataReader {

    private MetadataReader() {
    }

    /**
     * @param content the element chosen as main content, or {@code null}
     */
    static PageMeta read(Document doc, MetaTags meta, JsonLd ld, Element content) {
        String siteName = firstNonNull(meta.siteName(), ld.publisherName());
        String title = title(doc, meta, ld, content, siteName);
        String published = meta.published();
        String from = "meta";
        if (published == null) {
            published = microdataDate(doc);
        }
        if (published == null) {
            published = ld.published();
            from = "json-ld";
        }
        if (published == null) {
            published = timeElement(content);
            from = "time";
        }
        return new PageMeta(title, meta.canonicalUrl(), siteName, published, published == null ? null : from,
                meta.language(doc));
    }

    private static String title(Document doc, MetaTags meta, JsonLd ld, Element content, String siteName) {
        String og = meta.title();
        if (og != null) {
            String stripped = siteName == null ? null : TitleCleaner.stripKnown(og, siteName);
            return stripped != null ? stripped : og;
        }
        if (ld.headline() != null) {
            return ld.headline();
        }
        String h1 = h1(content);
        if (h1 != null) {
            return h1;
        }
        String title = Whitespace.clean(doc.title());
        return title == null ? null : TitleCleaner.clean(title, siteName);
    }

    private static String h1(Element content) {
        if (content == null) {
            return null;
        }
        Element scope = articleOf(content);
        Element h1 = scope.selectFirst("h1");
        return h1 == null ? null : Whitespace.clean(h1.text());
    }

    /** The nearest {@code <article>} around the content, else the content element itself. */
    static Element articleOf(Element content) {
        Element article = content.closest("article");
        return article != null ? article : content;
    }

    private static String microdataDate(Document doc) {
        Element e = doc.selectFirst("[itemprop=datePublished]");
        if (e == null) {
            return null;
        }
        for (String attr : new String[] {"content", "datetime"}) {
            String v = Whitespace.clean(e.attr(attr));
            if (v != null) {
                return v;
            }
        }
        return Whitespace.clean(e.text());
    }

    /** A {@code <time datetime>} in the article, preferring one marked as the publication time. */
    private static String timeElement(Element content) {
        if (content == null) {
            return null;
        }
        Elements times = articleOf(content).select("time[datetime]");
        if (times.isEmpty()) {
            return null;
        }
        for (Element t : times) {
            if (t.hasAttr("pubdate") || t.className().toLowerCase().contains("publish")) {
                return Whitespace.clean(t.attr("datetime"));
            }
        }
        return Whitespace.clean(times.first().attr("datetime"));
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** What {@link MetadataReader} found; any field may be {@code null}. */
    record PageMeta(String title, String canonicalUrl, String siteName, String published, String publishedFrom,
                    String language) {
    }
}
