package io.newsweave.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.json.ViewJson;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.ReadModel;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.StoryView;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the store as the export contract of {@code DESIGN.md}: {@code json} is one document
 * {@code {"articles": [...], "stories": [...]}}; {@code jsonl} is one object per line, articles
 * first ({@code "type": "article"}, with their {@code story}), then stories ({@code "type": "story"}).
 * Streams articles from the journal without holding them; holds only per-story ids and counts.
 * Entity ids (article {@code mentions[].entity}, story {@code entities}) are canonical after the
 * data directory's {@code aliases.txt}. Stories carry their {@code events} and their
 * {@link StoryDetails} (timeline, quotes, summary, coverage), built from each story's articles read
 * back after the article pass; everything is written by {@link ViewJson}, as the API writes it.
 * Each article carries its {@code lineage} (copies, reuse, translations) when it has one.
 */
public final class Exporter {

    /** Output formats. */
    public enum Format { JSON, JSONL }

    private Exporter() {
    }

    public static void write(Store store, Format format, OutputStream out) throws IOException {
        write(store, format, null, out);
    }

    /**
     * Writes the store; story titles, timelines and summaries prefer {@code preferredLanguage}
     * (ISO 639-1, or {@code null} for none): a headline or sentence in it, when an article offers one.
     */
    public static void write(Store store, Format format, String preferredLanguage, OutputStream out) throws IOException {
        ReadModel model = ReadModel.replaying(store);
        try (JsonGenerator json = ViewJson.generator(out)) {
            if (format == Format.JSON) {
                json.writeStartObject();
                json.writeArrayFieldStart("articles");
            }
            io.newsweave.lineage.LineageGraph lineage = store.lineage();
            model.refresh(stored -> {
                ObjectNode article = ViewJson.article(model.corrected(stored.article()), stored.story(), stored.event());
                ObjectNode links = ViewJson.lineage(lineage.of(stored.article().id()));
                if (links != null) {
                    article.set("lineage", links);
                }
                writeItem(json, format, "article", article);
            });
            if (format == Format.JSON) {
                json.writeEndArray();
                json.writeArrayFieldStart("stories");
            }
            for (StoryView story : model.stories()) {
                List<StoredArticle> members = store.story(story.id());
                StoryDetails details = model.details(members, preferredLanguage);
                ObjectNode node = ViewJson.story(story.inLanguage(preferredLanguage), details, ViewJson.Limits.NONE);
                List<io.newsweave.lineage.LineageGraph.Member> reports = new java.util.ArrayList<>(members.size());
                members.forEach(m -> reports.add(new io.newsweave.lineage.LineageGraph.Member(m.article().id(), m.article().source(),
                        m.article().language())));
                node.set("reports", ViewJson.reports(lineage.reports(reports)));
                writeItem(json, format, "story", node);
            }
            if (format == Format.JSON) {
                json.writeEndArray();
                json.writeEndObject();
            }
        }
        out.flush();
    }

    /** One array element in {@code json}; in {@code jsonl}, one line led by its {@code type}. */
    private static void writeItem(JsonGenerator json, Format format, String type, ObjectNode node) throws IOException {
        if (format == Format.JSONL) {
            ObjectNode line = ViewJson.object().put("type", type);
            line.setAll(node);
            json.writeTree(line);
            json.writeRaw('\n');
        } else {
            json.writeTree(node);
        }
    }
}
