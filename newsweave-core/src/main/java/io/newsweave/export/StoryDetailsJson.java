package io.newsweave.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.quote.Quote;
import io.newsweave.quote.QuoteGroup;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.timeline.Coverage;
import io.newsweave.story.timeline.TimelineEntry;

import java.util.Map;

/**
 * Writes a story's {@link StoryDetails} into its contract node ({@code DESIGN.md}): {@code timeline},
 * {@code quotes} and {@code summary} in the contract's shape with fields added beside it (offsets,
 * languages, every report of a quote), and {@code coverage}. Stateless.
 */
public final class StoryDetailsJson {

    private StoryDetailsJson() {
    }

    /** Replaces {@code story}'s {@code timeline}, {@code quotes} and {@code summary} and sets its {@code coverage}. */
    public static void fill(ObjectNode story, StoryDetails details) {
        ArrayNode timeline = story.putArray("timeline");
        for (TimelineEntry e : details.timeline()) {
            ObjectNode entry = timeline.addObject().put("date", e.date()).put("granularity", e.granularity()).put("kind", e.kind())
                    .put("text", e.text()).put("language", e.language());
            ArrayNode sources = entry.putArray("sources");
            e.sources().forEach(s -> source(sources.addObject(), s));
            ArrayNode entities = entry.putArray("entities");
            e.entities().forEach(entities::add);
        }
        ArrayNode quotes = story.putArray("quotes");
        for (QuoteGroup g : details.quotes()) {
            Quote q = g.representative();
            ObjectNode quote = quotes.addObject();
            quote.put("speaker", q.speakerEntity() != null ? q.speakerEntity() : q.speakerName());
            quote.put("speaker_name", q.speakerName());
            quote.put("text", q.text()).put("article", q.articleId()).put("language", q.language())
                    .put("date", q.date() == null ? null : q.date().toString()).put("start", q.start()).put("end", q.end());
            ArrayNode reports = quote.putArray("reports");
            for (Quote r : g.quotes()) {
                reports.addObject().put("article", r.articleId()).put("text", r.text()).put("language", r.language())
                        .put("start", r.start()).put("end", r.end()).put("speaker_name", r.speakerName()).put("cue", r.cue());
            }
        }
        ArrayNode summary = story.putArray("summary");
        ArrayNode summarySources = story.putArray("summary_sources");
        for (TimelineEntry.Source s : details.summary()) {
            summary.add(s.sentence());
            source(summarySources.addObject(), s);
        }
        story.set("coverage", coverage(details.coverage()));
    }

    private static void source(ObjectNode node, TimelineEntry.Source s) {
        node.put("article", s.article()).put("sentence", s.sentence()).put("start", s.start()).put("end", s.end())
                .put("language", s.language());
    }

    private static ObjectNode coverage(Coverage c) {
        ObjectNode node = io.newsweave.json.ArticleJson.MAPPER.createObjectNode();
        node.put("articles", c.articles());
        counts(node.putObject("outlets"), c.outlets());
        counts(node.putObject("languages"), c.languages());
        counts(node.putObject("per_day"), c.perDay());
        node.put("undated", c.undated());
        node.putObject("first_reporter").put("article", c.firstArticle()).put("outlet", c.firstOutlet())
                .put("published", c.firstPublished() == null ? null : c.firstPublished().toString());
        return node;
    }

    private static void counts(ObjectNode node, Map<String, Integer> counts) {
        counts.forEach(node::put);
    }
}
