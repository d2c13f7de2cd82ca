package io.newsweave.watch;

/**
 * One item of a feed, sitemap or section page: an article to fetch.
 *
 * @param url       the article URL, normalised ({@link UrlNormalizer})
 * @param title     the item's title, or {@code null}
 * @param published the item's date (ISO 8601 when the feed's date could be read), or {@code null}
 * @param language  the item's language (news sitemaps), or {@code null}
 */
public record FeedItem(String url, String title, String published, String language) {
}
