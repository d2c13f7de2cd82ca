package io.newsweave.server.ui;

import io.newsweave.server.Html;
import io.newsweave.server.ShownText;
/**
 * The page frame of the web UI: head, header with the search box, main, footer. The title is
 * escaped here; {@code bodyData} and {@code main} must already be safe HTML built by the page
 * classes. Stateless.
 */
public final class Layout {

    private Layout() {
    }

    public static String page(String title, String bodyData, String main) {
        return page(title, bodyData, main, "");
    }

    public static String page(String title, String bodyData, String main, String query) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · newsweave</title>
                <link rel="stylesheet" href="/static/newsweave.css">
                <script src="/static/newsweave.js" defer></script>
                </head>
                <body%s>
                <header class="top">
                <a class="brand" href="/">news<span>weave</span></a>
                <nav><a href="/">Stories</a><a href="/search">Search</a><a href="/entities">Entities</a><a href="/sources">Sources</a></nav>
                <form class="quick" action="/search" method="get" role="search">
                <input type="search" name="q" value="%s" placeholder="Search articles (Lucene syntax)" aria-label="Search articles">
                <button type="submit">Search</button>
                </form>
                </header>
                <div id="live" class="live" hidden></div>
                <main>
                %s
                </main>
                <footer>newsweave · <a href="/openapi.json">API (OpenAPI)</a> · <a href="/feeds/search">Atom feed</a> · <a href="/metrics">metrics</a></footer>
                </body>
                </html>
                """.formatted(Html.escape(title), bodyData, Html.escape(query), main);
    }

    /** A language badge. */
    static String badge(String language, int count) {
        return "<span class=\"badge lang\" title=\"" + Html.escape(ShownText.count(count, "article") + " in " + language) + "\">"
                + Html.escape(language) + (count > 0 ? " <b>" + count + "</b>" : "") + "</span>";
    }

    /** A link to a page under this server, with an escaped label. */
    static String link(String href, String label) {
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(label) + "</a>";
    }
}
