package io.newsweave.server.ui;

import io.newsweave.server.Html;
import io.newsweave.server.Services;
import io.newsweave.server.ShownText;
import io.newsweave.server.Snapshot;
import io.newsweave.server.StoryFilter;
import io.javalin.http.Context;
import io.newsweave.story.StoryView;

import java.io.IOException;

/** The front page: stories, largest first, with a sparkline of articles per day and language badges. */
final class FrontPage {

    private final Services services;

    FrontPage(Services services) {
        this.services = services;
    }

    String render(Context ctx) throws IOException {
        Snapshot snapshot = services.catalog().current();
        StoryFilter filter = StoryFilter.from(ctx, 30);
        StoryFilter.Page page = filter.page(snapshot);
        StringBuilder main = new StringBuilder();
        main.append("<section class=\"intro\"><h1>Stories</h1><p class=\"muted\" id=\"counts\">")
                .append(Html.escape(ShownText.count(snapshot.articles(), "article") + " in " + ShownText.count(snapshot.stories().size(), "story", "stories")))
                .append(filter.language() == null ? "" : " · language " + Html.escape(filter.language()) + " " + Layout.link("/", "(all)"))
                .append(filter.source() == null ? "" : " · source " + Html.escape(filter.source()) + " " + Layout.link("/", "(all)"))
                .append("</p></section>");
        if (page.stories().isEmpty()) {
            main.append("<p class=\"empty\">No stories yet. Ingest articles with <code>newsweave ingest</code> or POST them to <code>/api/articles</code>.</p>");
        }
        main.append("<ol class=\"stories\">");
        for (StoryView v : page.stories()) {
            main.append(item(v, snapshot));
        }
        main.append("</ol>");
        if (page.next() != null) {
            String more = "/?cursor=" + Html.url(page.next()) + (filter.language() == null ? "" : "&language=" + Html.url(filter.language()))
                    + (filter.source() == null ? "" : "&source=" + Html.url(filter.source()));
            main.append("<p class=\"more\">").append(Layout.link(more, "More stories →")).append("</p>");
        }
        return Layout.page("Stories", " data-live=\"all\"", main.toString());
    }

    static String item(StoryView v, Snapshot snapshot) {
        StringBuilder li = new StringBuilder("<li class=\"story\"><div class=\"story-main\">");
        li.append("<a class=\"title\" href=\"/stories/").append(Html.escape(v.id())).append("\">")
                .append(Html.escape(v.title().isEmpty() ? "(untitled)" : v.title())).append("</a>");
        li.append("<div class=\"meta\">").append(Html.escape(ShownText.count(v.articles().size(), "article")))
                .append(" · ").append(Html.escape(dates(v)))
                .append(" · ").append(Html.escape(ShownText.count(v.sources().size(), "source"))).append("</div>");
        li.append("<div class=\"badges\">");
        v.languages().forEach((lang, n) -> li.append(Layout.badge(lang, n)));
        li.append("</div></div>");
        li.append(Svg.sparkline(snapshot.daysOf(v.id()), 120, 32));
        return li.append("</li>").toString();
    }

    static String dates(StoryView v) {
        if (v.first() == null) {
            return "undated";
        }
        return v.first().equals(v.last()) ? v.first().toString() : v.first() + " – " + v.last();
    }
}
