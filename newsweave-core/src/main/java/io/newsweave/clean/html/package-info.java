/**
 * Main-content extraction from HTML: {@link io.newsweave.clean.html.HtmlExtractor} turns a page
 * into an {@link io.newsweave.clean.html.ExtractedPage} (title, paragraphs, canonical URL, site
 * name, publication date as written, declared language). Built on jsoup; everything but those two
 * types is package-private. Charset detection and fetching belong to ingest, not here.
 */
package io.newsweave.clean.html;
