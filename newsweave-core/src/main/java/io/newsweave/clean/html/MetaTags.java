package io.newsweave.clean.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} and {@code <link>} facts of a page, read in one pass: Open Graph, Dublin Core,
 * Parse.ly, Sailthru and similar keys, lower-cased. The first value of a key wins. Does not look at
 * JSON-LD ({@link JsonLd}) or the body text.
 */
final class MetaTags {

    /** Publication-date keys, best first; modification dates are deliberately absent. */
    private static final List<String> PUBLISHED_KEYS = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "datepublished", "article.published", "article_date_original", "published_time", "published-date",
            "publishdate", "publish-date", "publish_date", "pubdate", "dc.date.issued", "dcterms.issued",
            "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "article.created",
            "originalpublicationdate", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
            "date", "displaydate");

    private final Map<String, String> values = new HashMap<>();
    private String canonical;

    private MetaTags() {
    }

    static MetaTags read(Document doc) {
        MetaTags tags = new MetaTags();
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String keyAttr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(keyAttr);
                if (!key.isEmpty()) {
                    tags.values.putIfAbsent(key.trim().toLowerCase(Locale.ROOT), content.trim());
                }
            }
        }
        for (Element link : doc.getElementsByTag("link")) {
            if (tags.canonical == null && link.attr("rel").trim().equalsIgnoreCase("canonical")) {
                tags.canonical = absolute(link, "href");
            }
        }
        if (tags.canonical == null) {
            Element og = doc.selectFirst("meta[property=og:url], meta[name=og:url]");
            tags.canonical = og == null ? null : absolute(og, "content");
        }
        return tags;
    }

    private static String absolute(Element e, String attr) {
        String raw = e.attr(attr).trim();
        if (raw.isEmpty()) {
            return null;
        }
        String abs = e.absUrl(attr);
        return abs.isEmpty() ? raw : abs;
    }

    String get(String key) {
        return Whitespace.clean(values.get(key));
    }

    String canonicalUrl() {
        return canonical;
    }

    String title() {
        String t = get("og:title");
        return t != null ? t : get("twitter:title");
    }

    String siteName() {
        String s = get("og:site_name");
        return s != null ? s : get("application-name");
    }

    String published() {
        for (String key : PUBLISHED_KEYS) {
            String v = get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** {@code <html lang>}, else {@code og:locale}, else a content-language meta; '_' becomes '-'. */
    String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").trim();
        if (lang.isEmpty() && html != null) {
            lang = html.attr("xml:lang").trim();
        }
        if (lang.isEmpty()) {
            lang = firstNonNull(get("og:locale"), get("content-language"), get("language"), get("dc.language"));
        }
        return lang == null || lang.isEmpty() ? null : lang.replace('_', '-');
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
