package io.newsweave.server.ui;

import io.newsweave.server.Html;
import io.newsweave.server.ShownText;
import io.newsweave.server.StoryDigest;
import io.newsweave.time.TimexLabel;
import java.util.List;
import java.util.Map;

/**
 * The dates a story's articles mention, grouped by normalized value, oldest first, each with the
 * words used and the articles using them: what the articles say, beside the curated developments.
 * One page of dates of a {@link StoryDigest}, read from the articles its details were read from.
 * Stateless.
 */
final class DatedMentions {

    private DatedMentions() {
    }

    /** One page of {@code groups}; {@code titles} names the read articles, {@code read} of the story's {@code articles}. */
    static String render(List<StoryDigest.DateGroup> groups, Map<String, String> titles, int read, int articles) {
        if (groups.isEmpty()) {
            return "<h3>Dates mentioned in the articles</h3><p class=\"muted\">The articles mention no dates newsweave could resolve.</p>";
        }
        StringBuilder s = new StringBuilder("<h3>Dates mentioned in the articles</h3><p class=\"muted small\">")
                .append(read < articles ? Html.escape("From " + read + " of the " + articles + " articles (spread over its days): ") : "")
                .append("the dates the articles mention inside the story's span, and outside it those several articles cite, as written."
                        + "</p><ol class=\"dated\">");
        for (StoryDigest.DateGroup group : groups) {
            s.append("<li><span class=\"date\" title=\"").append(Html.escape(group.value())).append("\">")
                    .append(Html.escape(TimexLabel.of(group.value()))).append("</span><span class=\"said\">");
            boolean first = true;
            for (Map.Entry<String, List<String>> e : group.surfaces().entrySet()) {
                if (!first) {
                    s.append("; ");
                }
                first = false;
                s.append("<q>").append(Html.escape(ShownText.clip(e.getKey(), 100))).append("</q> in ");
                boolean firstArticle = true;
                for (String id : e.getValue()) {
                    if (!firstArticle) {
                        s.append(", ");
                    }
                    firstArticle = false;
                    s.append("<a href=\"/articles/").append(Html.escape(Html.url(id))).append("\">")
                            .append(Html.escape(titles.getOrDefault(id, id))).append("</a>");
                }
            }
            if (group.mentions() > 1) {
                s.append(" <span class=\"muted\">").append(Html.escape("(" + ShownText.count(group.mentions(), "mention") + ")")).append("</span>");
            }
            s.append("</span></li>");
        }
        return s.append("</ol>").toString();
    }
}
