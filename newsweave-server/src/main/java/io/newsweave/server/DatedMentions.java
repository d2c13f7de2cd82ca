package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsweave.store.StoredArticle;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dates a story's articles mention, grouped by normalized value, oldest first, each with the
 * words used and the articles using them: what the articles say, beside the curated developments.
 */
final class DatedMentions {

    private DatedMentions() {
    }

    static String render(JsonNode dated, List<StoredArticle> articles) {
        if (dated.isEmpty()) {
            return "<h3>Dates mentioned in the articles</h3><p class=\"muted\">The articles mention no dates newsweave could resolve.</p>";
        }
        Map<String, String> titles = new HashMap<>();
        articles.forEach(a -> titles.put(a.article().id(), a.article().title()));
        Map<String, Map<String, java.util.Set<String>>> byValue = new LinkedHashMap<>();
        dated.forEach(t -> byValue.computeIfAbsent(t.path("value").asText(), k -> new LinkedHashMap<>())
                .computeIfAbsent(t.path("text").asText(), k -> new java.util.LinkedHashSet<>()).add(t.path("article").asText()));
        StringBuilder s = new StringBuilder("<h3>Dates mentioned in the articles</h3><p class=\"muted small\">Every date the articles "
                + "mention, as written, resolved to calendar dates.</p><ol class=\"dated\">");
        byValue.forEach((value, surfaces) -> {
            s.append("<li><span class=\"date\">").append(Html.escape(value)).append("</span><span class=\"said\">");
            boolean first = true;
            for (Map.Entry<String, java.util.Set<String>> e : surfaces.entrySet()) {
                if (!first) {
                    s.append("; ");
                }
                first = false;
                s.append("<q>").append(Html.escape(e.getKey())).append("</q> in ");
                boolean firstArticle = true;
                for (String id : e.getValue()) {
                    if (!firstArticle) {
                        s.append(", ");
                    }
                    firstArticle = false;
                    s.append("<a href=\"/articles/").append(Html.escape(Html.url(id))).append("\">")
                            .append(Html.escape(Texts.clip(titles.getOrDefault(id, id), 60))).append("</a>");
                }
            }
            s.append("</span></li>");
        });
        return s.append("</ol>").toString();
    }
}
