package io.newsweave.server.feed;

import io.newsweave.server.Html;
import io.newsweave.server.Params;
import io.newsweave.server.Routes;
import io.newsweave.server.Services;
import io.newsweave.server.ShownText;
import io.newsweave.server.api.SearchApi;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsweave.model.Article;
import io.newsweave.store.ArticleQuery;
import io.newsweave.store.SearchResult;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.StoryView;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Atom (default) and RSS 2.0 feeds, newest first: {@code GET /feeds/search?q=...&format=atom|rss}
 * for a saved search (the search parameters of {@code /api/search}) and
 * {@code GET /feeds/stories/{id}?format=atom|rss} for a story. Every text is XML-escaped; entry
 * links point to this server's article pages.
 */
public final class Feeds implements Routes {

    private static final int ENTRIES = 50;
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Services services;

    public Feeds(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/feeds/search", this::search);
        routes.get("/feeds/stories/{id}", this::story);
    }

    private void search(Context ctx) throws IOException {
        ArticleQuery query = SearchApi.query(services, ctx, ENTRIES).newest();
        SearchResult result = SearchApi.run(services, query);
        List<StoredArticle> articles = result.hits().stream().map(SearchResult.Hit::article).toList();
        String q = query.text() == null ? "all articles" : query.text();
        write(ctx, "newsweave search: " + q, "/search?" + (ctx.queryString() == null ? "" : ctx.queryString()), articles);
    }

    private void story(Context ctx) throws IOException {
        String id = Params.id(ctx, "id");
        StoryView story = services.catalog().current().story(id);
        List<StoredArticle> articles = new ArrayList<>(services.store().story(id));
        articles.sort(Comparator.comparingLong(StoredArticle::seq).reversed());
        write(ctx, "newsweave story: " + story.title(), "/stories/" + id, articles.subList(0, Math.min(ENTRIES, articles.size())));
    }

    private void write(Context ctx, String title, String page, List<StoredArticle> articles) {
        String format = Params.oneOf(ctx, "format", "atom", "atom", "rss");
        String base = services.config().base(ctx.req().getLocalPort());
        String xml = format.equals("atom") ? atom(base, title, page, articles) : rss(base, title, page, articles);
        ctx.contentType((format.equals("atom") ? "application/atom+xml" : "application/rss+xml") + "; charset=utf-8").result(xml);
    }

    static String atom(String base, String title, String page, List<StoredArticle> articles) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        x.append("<title>").append(Html.escape(title)).append("</title>\n");
        x.append("<id>").append(Html.escape(base + page)).append("</id>\n");
        x.append("<link rel=\"alternate\" href=\"").append(Html.escape(base + page)).append("\"/>\n");
        x.append("<updated>").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append("</updated>\n");
        x.append("<generator>newsweave</generator>\n");
        for (StoredArticle stored : articles) {
            Article a = stored.article();
            x.append("<entry>\n<id>urn:newsweave:article:").append(Html.escape(a.id())).append("</id>\n");
            x.append("<title>").append(Html.escape(a.title())).append("</title>\n");
            x.append("<link rel=\"alternate\" href=\"").append(Html.escape(base + "/articles/" + a.id())).append("\"/>\n");
            x.append("<updated>").append(updated(a)).append("</updated>\n");
            x.append("<author><name>").append(Html.escape(a.source() == null ? "unknown source" : a.source())).append("</name></author>\n");
            x.append("<summary>").append(Html.escape(ShownText.clip(a.text(), 400))).append("</summary>\n</entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    static String rss(String base, String title, String page, List<StoredArticle> articles) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel>\n");
        x.append("<title>").append(Html.escape(title)).append("</title>\n");
        x.append("<link>").append(Html.escape(base + page)).append("</link>\n");
        x.append("<description>").append(Html.escape(title)).append("</description>\n");
        for (StoredArticle stored : articles) {
            Article a = stored.article();
            x.append("<item>\n<title>").append(Html.escape(a.title())).append("</title>\n");
            x.append("<link>").append(Html.escape(base + "/articles/" + a.id())).append("</link>\n");
            x.append("<guid isPermaLink=\"false\">urn:newsweave:article:").append(Html.escape(a.id())).append("</guid>\n");
            if (a.published().known()) {
                x.append("<pubDate>").append(RFC_822.format(a.published().date().atStartOfDay(ZoneOffset.UTC))).append("</pubDate>\n");
            }
            x.append("<description>").append(Html.escape(ShownText.clip(a.text(), 400))).append("</description>\n</item>\n");
        }
        return x.append("</channel>\n</rss>\n").toString();
    }

    private static String updated(Article a) {
        return a.published().known() ? a.published().date() + "T00:00:00Z" : "1970-01-01T00:00:00Z";
    }
}
