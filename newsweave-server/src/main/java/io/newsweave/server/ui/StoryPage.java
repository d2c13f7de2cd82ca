package io.newsweave.server.ui;

import io.newsweave.server.Html;
import io.newsweave.server.Params;
import io.newsweave.server.Services;
import io.newsweave.server.ShownText;
import io.newsweave.server.Slice;
import io.newsweave.server.Snapshot;
import io.newsweave.server.StoryDigest;
import io.newsweave.server.StorySlices;
import io.newsweave.server.TimelineOrder;
import io.javalin.http.Context;
import io.newsweave.entity.EntitySummary;
import io.newsweave.model.Article;
import io.newsweave.quote.Quote;
import io.newsweave.quote.QuoteGroup;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.EventView;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.StoryView;
import io.newsweave.story.timeline.TimelineEntry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story: its timeline (articles per publication day, the curated timeline when the story has one,
 * in the order the reader picks by {@code timeline_order}: by date, newest or most important first,
 * see {@link TimelineOrder}; and the dates its articles mention), summary, entities, quotes,
 * coverage by language and outlet, its events and its articles. Sections the pipeline does not
 * fill yet say so instead of showing invented data. Every list is one page of it ({@link StorySlices#page}; {@code dates_page} for the dates mentioned)
 * with links to the previous and next pages, nested lists and texts are cut short, so a page stays
 * small whatever the story's size; only the articles shown are read from the store.
 */
final class StoryPage {

    /** Query parameters a story page keeps in its links. */
    private static final String[] KEPT = {"lang", "page", "timeline_page", TimelineOrder.PARAM, "quotes_page", "dates_page",
            "events_page"};
    private static final int EVENT_ARTICLES = 3;
    private static final int TIMELINE_SOURCES = 5;
    private static final int OUTLETS = 30;

    private final Services services;

    StoryPage(Services services) {
        this.services = services;
    }

    String render(Context ctx) throws IOException {
        String id = Params.id(ctx, "id");
        Snapshot snapshot = services.catalog().current();
        String lang = Params.optionalId(ctx, "lang");
        StoryView v = snapshot.story(id).inLanguage(lang);
        StoryDigest digest = services.details().of(v, lang);
        StorySlices slices = StorySlices.page(ctx, v, snapshot, digest);
        Slice dates = Slice.byPage(ctx, "dates_page", digest.dateGroups().size(), 50);
        List<String> shown = slices.articles().of(digest.chronological());
        Set<String> wanted = new LinkedHashSet<>(shown);
        List<EventView> events = slices.events().of(v.events());
        events.forEach(e -> wanted.addAll(e.articles().subList(0, Math.min(EVENT_ARTICLES, e.articles().size()))));
        Map<String, StoredArticle> read = new HashMap<>();
        services.store().articles(List.copyOf(wanted)).forEach(a -> read.put(a.article().id(), a));
        List<StoredArticle> page = new ArrayList<>(shown.size());
        shown.forEach(a -> {
            if (read.containsKey(a)) {
                page.add(read.get(a));
            }
        });
        StoryView windowed = slices.story(v, shownIds(page));
        StoryDetails details = slices.details(digest.details());
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT) {
            String value = Params.text(ctx, name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        Pager pager = new Pager("/stories/" + id, kept);
        StringBuilder m = new StringBuilder();
        m.append("<article class=\"story-page\"><header class=\"story-head\"><h1>").append(Html.escape(ShownText.clip(v.title(), 300))).append("</h1>");
        m.append("<p class=\"meta\">").append(Html.escape(ShownText.count(v.articles().size(), "article") + " · " + FrontPage.dates(v)
                + " · " + ShownText.count(v.sources().size(), "source"))).append(" · <a href=\"/feeds/stories/").append(Html.escape(id))
                .append("\">Atom feed</a> · <a href=\"/api/stories/").append(Html.escape(id)).append("\">JSON</a></p><div class=\"badges\">");
        v.languages().forEach((language, n) -> m.append(Layout.badge(language, n)));
        m.append("</div></header>");
        m.append(summary(details.summary()));
        m.append(missing(windowed, details));
        m.append("<section class=\"timeline-section\" id=\"timeline\"><h2>Timeline</h2>");
        m.append("<h3>Articles per day of publication</h3>").append(Svg.bars(snapshot.daysOf(id)));
        m.append(curated(details.timeline(), orders(pager, slices.order())))
                .append(pager.links("timeline_page", slices.timeline(), "timeline", "developments"));
        m.append(DatedMentions.render(dates.of(digest.dateGroups()), digest.titles(), digest.read(), v.articles().size()))
                .append(pager.links("dates_page", dates, "timeline", "dates"));
        m.append("</section>");
        m.append(entities(windowed.entities(), slices.entities()));
        m.append(quotes(details.quotes())).append(pager.links("quotes_page", slices.quotes(), "quotes", "quotes"));
        m.append("<section class=\"coverage\" id=\"sources\"><h2>Sources</h2><div class=\"cols\"><div><h3>By language</h3>")
                .append(Svg.counts(v.languages(), null)).append("</div><div><h3>By outlet</h3>")
                .append(v.sources().isEmpty() ? "<p class=\"muted\">No outlet known.</p>" : Svg.counts(top(v.sources(), OUTLETS), "/search?source="))
                .append(v.sources().size() > OUTLETS ? "<p class=\"muted small\">" + Html.escape("and " + ShownText.count(v.sources().size() - OUTLETS,
                        "other outlet")) + "</p>" : "")
                .append("</div></div>").append(reports(services.reports(id))).append("</section>");
        m.append(events(windowed.events(), read)).append(pager.links("events_page", slices.events(), "events", "events"));
        m.append("<section id=\"articles\"><h2>Articles</h2>");
        if (v.articles().size() > slices.articles().limit()) {
            m.append("<p class=\"muted\" id=\"article-range\">").append(Html.escape(range(slices.articles()))).append("</p>");
        }
        m.append("<ol class=\"articles\" start=\"").append(slices.articles().offset() + 1).append("\">");
        for (StoredArticle stored : page) {
            m.append(articleItem(stored.article()));
        }
        m.append("</ol>").append(pager.links("page", slices.articles(), "articles", "articles")).append("</section></article>");
        return Layout.page(ShownText.clip(v.title(), 300), " data-live=\"story\" data-story=\"" + Html.escape(id) + "\"", m.toString());
    }

    /** "12 independent reports, 30 copies (9 exact) and 4 translations", with the outlets that republished most. */
    private static String reports(io.newsweave.lineage.LineageGraph.Reports r) {
        if (r.copies() + r.translations() == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder("<p class=\"reports\" id=\"reports\">")
                .append(Html.escape(ShownText.count(r.independent(), "independent report") + ", " + ShownText.count(r.copies(), "copy", "copies") + (r.sightings() > 0 ? " (" + r.sightings() + " exact)" : "") + " and "
                        + ShownText.count(r.translations(), "translation")))
                .append("</p><table class=\"reports\"><thead><tr><th>Outlet</th><th>Independent</th><th>Copies</th><th>Translations</th>")
                .append("</tr></thead><tbody>");
        int shown = 0;
        for (var e : r.outlets().entrySet()) {
            if (shown++ == OUTLETS) {
                break;
            }
            s.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td>").append(e.getValue()[0]).append("</td><td>")
                    .append(e.getValue()[1]).append("</td><td>").append(e.getValue()[2]).append("</td></tr>");
        }
        return s.append("</tbody></table>").toString();
    }

    /** "Articles 51–100 of 10000, by publication date". */
    private static String range(Slice s) {
        return "Articles " + (s.offset() + 1) + "–" + Math.min(s.total(), s.offset() + s.limit()) + " of " + s.total() + ", by publication date";
    }

    /** The {@code n} largest counts. */
    private static Map<String, Integer> top(Map<String, Integer> counts, int n) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static String articleItem(Article a) {
        String date = a.published().known() ? a.published().date().toString() : "undated";
        return "<li><span class=\"date\" title=\"" + Html.escape("date from " + a.published().provenance().label()) + "\">"
                + Html.escape(date) + "</span>" + Layout.badge(a.language(), 0) + "<a href=\"/articles/" + Html.escape(a.id()) + "\">"
                + Html.escape(a.title().isEmpty() ? "(untitled)" : ShownText.clip(a.title(), 300)) + "</a> <span class=\"source\">"
                + Html.escape(a.source() == null ? "" : ShownText.clip(a.source(), 100)) + "</span></li>";
    }

    private static List<String> shownIds(List<StoredArticle> page) {
        List<String> ids = new ArrayList<>(page.size());
        page.forEach(s -> ids.add(s.article().id()));
        return ids;
    }

    /** The story's events, each with its date, headline, article count and its first articles ({@code read} holds them). */
    private static String events(List<EventView> events, Map<String, StoredArticle> read) {
        if (events.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<section id=\"events\"><h2>Events</h2><ol class=\"events\">");
        for (EventView e : events) {
            s.append("<li><span class=\"date\">").append(Html.escape(e.date() == null ? "undated" : e.date().toString()))
                    .append("</span> ").append(Html.escape(ShownText.clip(e.title(), 300))).append(" <span class=\"muted\">")
                    .append(Html.escape(ShownText.count(e.articles().size(), "article"))).append("</span><ol class=\"articles\">");
            int n = 0;
            for (String id : e.articles()) {
                StoredArticle a = read.get(id);
                if (a != null && n++ < EVENT_ARTICLES) {
                    s.append(articleItem(a.article()));
                }
            }
            s.append("</ol></li>");
        }
        return s.append("</ol></section>").toString();
    }

    /** One line naming the sections this story has nothing for, instead of empty sections. */
    private static String missing(StoryView shown, StoryDetails details) {
        List<String> absent = new ArrayList<>();
        if (details.summary().isEmpty()) {
            absent.add("summary");
        }
        if (details.timeline().isEmpty()) {
            absent.add("timeline");
        }
        if (shown.entities().isEmpty()) {
            absent.add("entities");
        }
        if (details.quotes().isEmpty()) {
            absent.add("quotes");
        }
        return absent.isEmpty() ? "" : "<p class=\"muted small notyet\">Nothing found in these articles for: " + String.join(", ", absent)
                + ".</p>";
    }

    private static String summary(List<TimelineEntry.Source> summary) {
        if (summary.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<section id=\"summary\"><h2>Summary</h2><ul class=\"summary\">");
        summary.forEach(sentence -> s.append("<li>").append(Html.escape(sentence.sentence())).append("</li>"));
        return s.append("</ul></section>").toString();
    }

    /**
     * The links choosing the timeline's order ({@code #timeline-order-date}, {@code -newest}, {@code -importance}),
     * the current one in bold; each keeps the page's parameters and goes back to the timeline's first page.
     */
    private static String orders(Pager pager, TimelineOrder current) {
        StringBuilder s = new StringBuilder("<p class=\"sort timeline-order\">Order: ");
        for (TimelineOrder order : TimelineOrder.values()) {
            String label = switch (order) {
                case DATE -> "By date";
                case NEWEST -> "Newest first";
                case IMPORTANCE -> "Most important first";
            };
            String id = "timeline-order-" + order.param();
            if (order == current) {
                s.append("<strong id=\"").append(id).append("\">").append(label).append("</strong> ");
            } else {
                String href = pager.firstPageWith("timeline_page", TimelineOrder.PARAM, order == TimelineOrder.DATE ? null : order.param(),
                        "timeline");
                s.append("<a id=\"").append(id).append("\" href=\"").append(Html.escape(href)).append("\">").append(label).append("</a> ");
            }
        }
        return s.append("</p>").toString();
    }

    /**
     * The developments: current and scheduled ones in the chosen order under the order links {@code orders},
     * then the background apart in the same order.
     */
    private static String curated(List<TimelineEntry> timeline, String orders) {
        if (timeline.isEmpty()) {
            return "";
        }
        StringBuilder main = new StringBuilder();
        StringBuilder background = new StringBuilder();
        timeline.forEach(t -> (t.kind().equals(TimelineEntry.BACKGROUND) ? background : main).append(development(t)));
        StringBuilder s = new StringBuilder(orders);
        if (!main.isEmpty()) {
            s.append("<h3>Developments</h3><ol class=\"developments\">").append(main).append("</ol>");
        }
        if (!background.isEmpty()) {
            s.append("<h3>Background</h3><ol class=\"developments background\">").append(background).append("</ol>");
        }
        return s.toString();
    }

    private static String development(TimelineEntry t) {
        StringBuilder s = new StringBuilder("<li><span class=\"date\" title=\"").append(Html.escape(t.date())).append("\">")
                .append(Html.escape(io.newsweave.time.TimexLabel.of(t.date())))
                .append("</span> <span class=\"kind kind-").append(Html.escape(t.kind())).append("\">")
                .append(Html.escape(t.kind())).append("</span> ").append(Html.escape(shorter(t.text(), StorySlices.MAX_TEXT)));
        s.append("<details class=\"sources\"><summary>").append(Html.escape(ShownText.count(t.sources().size(), "source")))
                .append("</summary><ul>");
        t.sources().stream().limit(TIMELINE_SOURCES).forEach(src -> s.append("<li>").append(Layout.badge(src.language(), 0))
                .append("<a href=\"/articles/").append(Html.escape(Html.url(src.article()))).append("\">")
                .append(Html.escape(ShownText.clip(src.sentence(), 300))).append("</a></li>"));
        return s.append("</ul></details></li>").toString();
    }

    /** {@code text} clipped to {@code max} only when longer. */
    private static String shorter(String text, int max) {
        return text == null || text.length() <= max ? text : ShownText.clip(text, max);
    }

    private static String entities(List<EntitySummary> entities, Slice slice) {
        if (entities.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<section id=\"entities\"><h2>Entities</h2>");
        s.append("<div class=\"chips\">");
        entities.forEach(e -> s.append("<a class=\"chip\" href=\"/entities/").append(Html.escape(Html.url(e.id())))
                .append("\" title=\"").append(Html.escape(String.join(", ", e.variants().subList(0, Math.min(StorySlices.MAX_NESTED,
                        e.variants().size()))))).append("\">")
                .append(Html.escape(ShownText.clip(e.name(), 100))).append(" <b>").append(e.mentions()).append("</b></a>"));
        s.append("</div>");
        if (slice.total() > slice.limit()) {
            s.append("<p class=\"muted small\">").append(Html.escape("and " + ShownText.count(slice.total() - slice.limit(), "other entity",
                    "other entities"))).append("</p>");
        }
        return s.append("</section>").toString();
    }

    private static String quotes(List<QuoteGroup> quotes) {
        if (quotes.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<section id=\"quotes\"><h2>Quotes</h2>");
        quotes.forEach(g -> {
            Quote q = g.representative();
            String name = q.speakerName() != null ? q.speakerName() : "unattributed";
            String speaker = q.speakerEntity() != null ? q.speakerEntity() : q.speakerName() == null ? "" : q.speakerName();
            s.append("<blockquote><p>").append(Html.escape(shorter(q.text(), StorySlices.MAX_TEXT))).append("</p><footer>");
            if (Params.validId(speaker) && !speaker.equals(name)) {
                s.append("<a href=\"/entities/").append(Html.escape(Html.url(speaker))).append("\">").append(Html.escape(name)).append("</a>");
            } else {
                s.append(Html.escape(name));
            }
            s.append(" · ").append(Html.escape(ShownText.count(g.quotes().size(), "report")));
            g.quotes().stream().limit(StorySlices.MAX_NESTED).forEach(r -> s.append(" <a href=\"/articles/")
                    .append(Html.escape(Html.url(r.articleId()))).append("\">").append(Html.escape(r.language())).append("</a>"));
            s.append("</footer></blockquote>");
        });
        return s.append("</section>").toString();
    }
}
