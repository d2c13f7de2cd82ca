package io.newsweave.server.ui;

import io.newsweave.server.Activity;
import io.newsweave.server.Html;
import io.newsweave.server.Services;
import io.newsweave.server.ShownText;
import io.newsweave.server.Snapshot;
import io.newsweave.server.StoryFilter;
import io.javalin.http.Context;
import io.newsweave.story.StoryView;

import java.io.IOException;

/**
 * The front page for monitoring: stories most active first (articles of the last days; new,
 * rising and fading marked), or largest first when asked ({@code sort=size}), narrowed by period,
 * language, source and entity; each with a sparkline of articles per day and language badges.
 */
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
                .append("</p>");
        main.append(controls(filter, snapshot));
        main.append("</section>");
        if (page.stories().isEmpty()) {
            main.append("<p class=\"empty\">No stories yet. Ingest articles with <code>newsweave ingest</code> or POST them to <code>/api/articles</code>.</p>");
        }
        main.append("<ol class=\"stories\">");
        for (StoryView v : page.stories()) {
            main.append(item(v, snapshot));
        }
        main.append("</ol>");
        if (page.next() != null) {
            String more = "/?cursor=" + Html.url(page.next()) + query(filter, filter.sort());
            main.append("<p class=\"more\">").append(Layout.link(more, "More stories →")).append("</p>");
        }
        return Layout.page("Stories", " data-live=\"all\"", main.toString());
    }

    /** The order links and the filter form, keeping the filters in force. */
    private static String controls(StoryFilter filter, Snapshot snapshot) {
        StringBuilder c = new StringBuilder("<p class=\"sort\">");
        for (StoryFilter.Sort sort : StoryFilter.Sort.values()) {
            String label = sort == StoryFilter.Sort.ACTIVITY ? "Most active" : "Largest";
            if (sort == filter.sort()) {
                c.append("<strong id=\"sort-").append(sort.param()).append("\">").append(label).append("</strong> ");
            } else {
                c.append("<a id=\"sort-").append(sort.param()).append("\" href=\"").append(Html.escape("/?" + query(filter, sort).substring(1)))
                        .append("\">").append(label).append("</a> ");
            }
        }
        if (snapshot.reference() != null) {
            c.append("<span class=\"muted\">activity: the last ").append(Activity.RECENT_DAYS).append(" days up to ")
                    .append(Html.escape(snapshot.reference().toString())).append("</span>");
        }
        c.append("</p><form class=\"filters\" method=\"get\" action=\"/\">")
                .append("<input type=\"hidden\" name=\"sort\" value=\"").append(filter.sort().param()).append("\">")
                .append(field("from", "From", "date", filter.from() == null ? null : filter.from().toString()))
                .append(field("to", "To", "date", filter.to() == null ? null : filter.to().toString()))
                .append(field("language", "Language", "text", filter.language()))
                .append(field("source", "Source", "text", filter.source()))
                .append(field("entity", "Entity id", "text", filter.entity()))
                .append("<button type=\"submit\">Filter</button> ").append(Layout.link("/?sort=" + filter.sort().param(), "clear"))
                .append("</form>");
        return c.toString();
    }

    private static String field(String name, String label, String type, String value) {
        return "<label>" + Html.escape(label) + " <input type=\"" + type + "\" name=\"" + name + "\" id=\"filter-" + name + "\""
                + (value == null ? "" : " value=\"" + Html.escape(value) + "\"") + " maxlength=\"200\"></label> ";
    }

    /** The filter's parameters with {@code sort}, as {@code &name=value...} (URL-encoded, not yet HTML-escaped). */
    private static String query(StoryFilter f, StoryFilter.Sort sort) {
        StringBuilder q = new StringBuilder("&sort=").append(sort.param());
        append(q, "from", f.from() == null ? null : f.from().toString());
        append(q, "to", f.to() == null ? null : f.to().toString());
        append(q, "language", f.language());
        append(q, "source", f.source());
        append(q, "entity", f.entity());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append('&').append(name).append('=').append(Html.url(value));
        }
    }

    static String item(StoryView v, Snapshot snapshot) {
        StringBuilder li = new StringBuilder("<li class=\"story\"><div class=\"story-main\">");
        li.append("<a class=\"title\" href=\"/stories/").append(Html.escape(v.id())).append("\">")
                .append(Html.escape(v.title().isEmpty() ? "(untitled)" : v.title())).append("</a>");
        li.append("<div class=\"meta\">").append(Html.escape(ShownText.count(v.articles().size(), "article")))
                .append(" · ").append(Html.escape(dates(v)))
                .append(" · ").append(Html.escape(ShownText.count(v.sources().size(), "source")))
                .append(activity(snapshot.activityOf(v.id()))).append("</div>");
        li.append("<div class=\"badges\">");
        v.languages().forEach((lang, n) -> li.append(Layout.badge(lang, n)));
        li.append("</div></div>");
        li.append(Svg.sparkline(snapshot.daysOf(v.id()), 120, 32));
        return li.append("</li>").toString();
    }

    /** " · 5 in the last 2 days · rising", or nothing for a story without recent articles or trend. */
    static String activity(Activity a) {
        StringBuilder s = new StringBuilder();
        if (a.recent() > 0) {
            s.append(" · ").append(Html.escape(ShownText.count(a.recent(), "article"))).append(" in the last ")
                    .append(Activity.RECENT_DAYS).append(" days");
        }
        if (a.trend() != Activity.Trend.STEADY) {
            String t = a.trend().name().toLowerCase(java.util.Locale.ROOT);
            s.append(" · <span class=\"trend trend-").append(t).append("\">").append(t).append("</span>");
        }
        return s.toString();
    }

    static String dates(StoryView v) {
        if (v.first() == null) {
            return "undated";
        }
        return v.first().equals(v.last()) ? v.first().toString() : v.first() + " – " + v.last();
    }
}
