package io.newsweave.model;

/**
 * Metadata that an input declares about a document before any analysis: what a JSON Lines
 * record, a feed item or a WARC header says. Every field may be {@code null} when the input is
 * silent. Values are raw: {@code published} is the string as written (ISO 8601, RFC 1123, ...),
 * parsed later by the clean stage.
 *
 * @param title     declared headline
 * @param url       the article's own URL
 * @param source    outlet or domain
 * @param published publication date or date-time as written by the input
 * @param language  declared language code
 * @param crawled   crawl/fetch date-time as written (WARC-Date), used only as a last resort and
 *                  marked {@code crawl}
 */
public record Declared(String title, String url, String source, String published, String language,
                       String crawled) implements java.io.Serializable {

    /** Nothing declared. */
    public static final Declared NONE = new Declared(null, null, null, null, null, null);

    Declared withUrl(String newUrl) {
        return new Declared(title, newUrl, source, published, language, crawled);
    }
}
