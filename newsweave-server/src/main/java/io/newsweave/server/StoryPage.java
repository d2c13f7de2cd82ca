package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.newsweave.model.Article;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.StoryView;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A story: its timeline (articles per publication day, the curated timeline when the story has one,
 * and the dates its articles mention), summary, entities, quotes, coverage by language and outlet,
 * its events and its articles. Sections the pipeline does not fill yet say so instead of showing invented data.
 */
final class StoryPage {

    private final Services services;

    StoryPage(Services services) {
        this.services = services;
    }

    String render(Context ctx) throws IOException {
        String id = Params.id(ctx, "id");
        Snapshot snapshot = services.catalog().current();
        StoryView v = snapshot.byId().get(id);
        if (v == null) {
            throw HttpError.notFound("no story " + id);
        }
        List<StoredArticle> articles = services.store().story(id);
        ObjectNode node = ApiJson.story(v, snapshot, articles, services.details().of(id, articles, Params.optionalId(ctx, "lang")));
        StringBuilder m = new StringBuilder();
        m.append("<article class=\"story-page\"><header class=\"story-head\"><h1>").append(Html.escape(v.title())).append("</h1>");
        m.append("<p class=\"meta\">").append(Html.escape(Texts.count(v.articles().size(), "article") + " · " + FrontPage.dates(v)
                + " · " + Texts.count(v.sources().size(), "source"))).append(" · <a href=\"/feeds/stories/").append(Html.escape(id))
                .append("\">Atom feed</a> · <a href=\"/api/stories/").append(Html.escape(id)).append("\">JSON</a></p><div class=\"badges\">");
        v.languages().forEach((lang, n) -> m.append(Layout.badge(lang, n)));
        m.append("</div></header>");
        m.append(summary(node.path("summary")));
        m.append(missing(node));
        m.append("<section class=\"timeline-section\" id=\"timeline\"><h2>Timeline</h2>");
        m.append("<h3>Articles per day of publication</h3>").append(Svg.bars(snapshot.daysOf(id)));
        m.append(curated(node.path("timeline")));
        m.append(DatedMentions.render(node.path("dated_mentions"), articles));
        m.append("</section>");
        m.append(entities(node.path("entities")));
        m.append(quotes(node.path("quotes")));
        m.append("<section class=\"coverage\" id=\"sources\"><h2>Sources</h2><div class=\"cols\"><div><h3>By language</h3>")
                .append(Svg.counts(v.languages(), null)).append("</div><div><h3>By outlet</h3>")
                .append(v.sources().isEmpty() ? "<p class=\"muted\">No outlet known.</p>" : Svg.counts(v.sources(), "/search?source="))
                .append("</div></div></section>");
        m.append(events(node.path("events"), articles));
        m.append("<section id=\"articles\"><h2>Articles</h2><ol class=\"articles\">");
        List<StoredArticle> chronological = new ArrayList<>(articles);
        chronological.sort(Comparator.comparing((StoredArticle s) -> s.article().published().date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(StoredArticle::seq));
        for (StoredArticle stored : chronological) {
            m.append(articleItem(stored.article()));
        }
        m.append("</ol></section></article>");
        return Layout.page(v.title(), " data-live=\"story\" data-story=\"" + Html.escape(id) + "\"", m.toString());
    }

    static String articleItem(Article a) {
        String date = a.published().known() ? a.published().date().toString() : "undated";
        return "<li><span class=\"date\" title=\"" + Html.escape("date from " + a.published().provenance().label()) + "\">"
                + Html.escape(date) + "</span>" + Layout.badge(a.language(), 0) + "<a href=\"/articles/" + Html.escape(a.id()) + "\">"
                + Html.escape(a.title().isEmpty() ? "(untitled)" : a.title()) + "</a> <span class=\"source\">"
                + Html.escape(a.source() == null ? "" : a.source()) + "</span></li>";
    }

    /** The story's events, each with its date, headline and articles. */
    private static String events(JsonNode events, List<StoredArticle> articles) {
        if (events.isEmpty()) {
            return "";
        }
        java.util.Map<String, io.newsweave.model.Article> byId = new java.util.HashMap<>();
        articles.forEach(a -> byId.put(a.article().id(), a.article()));
        StringBuilder s = new StringBuilder("<section id=\"events\"><h2>Events</h2><ol class=\"events\">");
        for (JsonNode e : events) {
            s.append("<li><span class=\"date\">").append(Html.escape(e.path("date").isNull() ? "undated" : e.path("date").asText()))
                    .append("</span> ").append(Html.escape(e.path("title").asText())).append(" <span class=\"muted\">")
                    .append(Html.escape(Texts.count(e.path("articles").size(), "article"))).append("</span><ol class=\"articles\">");
            for (JsonNode id : e.path("articles")) {
                io.newsweave.model.Article a = byId.get(id.asText());
                if (a != null) {
                    s.append(articleItem(a));
                }
            }
            s.append("</ol></li>");
        }
        return s.append("</ol></section>").toString();
    }

    /** One line naming the sections this story has nothing for, instead of empty sections. */
    private static String missing(JsonNode node) {
        List<String> absent = new ArrayList<>();
        for (String part : new String[] {"summary", "timeline", "entities", "quotes"}) {
            if (node.path(part).isEmpty()) {
                absent.add(part);
            }
        }
        return absent.isEmpty() ? "" : "<p class=\"muted small notyet\">Nothing found in these articles for: " + String.join(", ", absent)
                + ".</p>";
    }

    private static String summary(JsonNode summary) {
        if (summary.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<section id=\"summary\"><h2>Summary</h2><ul class=\"summary\">");
        summary.forEach(sentence -> s.append("<li>").append(Html.escape(sentence.asText())).append("</li>"));
        return s.append("</ul></section>").toString();
    }

    /** The developments: current and scheduled ones in date order, then the background apart. */
    private static String curated(JsonNode timeline) {
        if (timeline.isEmpty()) {
            return "";
        }
        StringBuilder main = new StringBuilder();
        StringBuilder background = new StringBuilder();
        timeline.forEach(t -> (t.path("kind").asText().equals("background") ? background : main).append(development(t)));
        StringBuilder s = new StringBuilder();
        if (!main.isEmpty()) {
            s.append("<h3>Developments</h3><ol class=\"developments\">").append(main).append("</ol>");
        }
        if (!background.isEmpty()) {
            s.append("<h3>Background</h3><ol class=\"developments background\">").append(background).append("</ol>");
        }
        return s.toString();
    }

    private static String development(JsonNode t) {
        StringBuilder s = new StringBuilder("<li><span class=\"date\">").append(Html.escape(t.path("date").asText()))
                .append("</span> <span class=\"kind kind-").append(Html.escape(t.path("kind").asText())).append("\">")
                .append(Html.escape(t.path("kind").asText())).append("</span> ").append(Html.escape(t.path("text").asText()));
        JsonNode sources = t.path("sources");
        s.append("<details class=\"sources\"><summary>").append(Html.escape(Texts.count(sources.size(), "source"))).append("</summary><ul>");
        sources.forEach(src -> s.append("<li>").append(Layout.badge(src.path("language").asText(), 0)).append("<a href=\"/articles/")
                .append(Html.escape(Html.url(src.path("article").asText()))).append("\">").append(Html.escape(Texts.clip(src.path("sentence").asText(), 300)))
                .append("</a></li>"));
        return s.append("</ul></details></li>").toString();
    }

    private static String entities(JsonNode entities) {
        if (entities.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<section id=\"entities\"><h2>Entities</h2>");
        s.append("<div class=\"chips\">");
        entities.forEach(e -> s.append("<a class=\"chip\" href=\"/entities/").append(Html.escape(Html.url(e.path("id").asText())))
                .append("\" title=\"").append(Html.escape(String.join(", ", names(e.path("variants"))))).append("\">")
                .append(Html.escape(e.path("name").asText())).append(" <b>").append(e.path("mentions").asInt()).append("</b></a>"));
        return s.append("</div></section>").toString();
    }

    private static List<String> names(JsonNode variants) {
        List<String> out = new ArrayList<>();
        variants.forEach(v -> out.add(v.isTextual() ? v.asText() : v.path("text").asText()));
        return out;
    }

    private static String quotes(JsonNode quotes) {
        if (quotes.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<section id=\"quotes\"><h2>Quotes</h2>");
        quotes.forEach(q -> {
            String name = q.path("speaker_name").isTextual() ? q.path("speaker_name").asText() : "unattributed";
            String speaker = q.path("speaker").asText();
            s.append("<blockquote><p>").append(Html.escape(q.path("text").asText())).append("</p><footer>");
            if (Params.validId(speaker) && !speaker.equals(name)) {
                s.append("<a href=\"/entities/").append(Html.escape(Html.url(speaker))).append("\">").append(Html.escape(name)).append("</a>");
            } else {
                s.append(Html.escape(name));
            }
            s.append(" · ").append(Html.escape(Texts.count(q.path("reports").size(), "report")));
            q.path("reports").forEach(r -> s.append(" <a href=\"/articles/").append(Html.escape(Html.url(r.path("article").asText())))
                    .append("\">").append(Html.escape(r.path("language").asText())).append("</a>"));
            s.append("</footer></blockquote>");
        });
        return s.append("</section>").toString();
    }
}
