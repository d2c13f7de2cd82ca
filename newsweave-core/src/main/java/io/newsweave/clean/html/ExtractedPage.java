package io.newsweave.clean.html;

import java.util.List;

/**
 * What main-content extraction found in an HTML page. Fields other than {@code paragraphs} may
 * be {@code null} when the page does not say.
 *
 * @param title         the article headline (not the {@code <title>} with the site name, when a
 *                      better one exists)
 * @param paragraphs    the main text, one entry per paragraph, clutter removed, in page order
 * @param canonicalUrl  {@code <link rel=canonical>} or {@code og:url}
 * @param siteName      {@code og:site_name}, JSON-LD publisher, or similar
 * @param published     the publication date or date-time as the page writes it
 * @param publishedFrom where {@code published} was found ({@code meta}, {@code json-ld}, {@code time})
 * @param language      the page's declared language ({@code <html lang>}, {@code og:locale})
 */
public record ExtractedPage(String title, List<String> paragraphs, String canonicalUrl, String siteName,
                            String published, String publishedFrom, String language) {

    public ExtractedPage {
        paragraphs = List.copyOf(paragraphs);
    }
}
