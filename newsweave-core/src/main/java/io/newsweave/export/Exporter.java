package io.newsweave.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.entity.EntityAliases;
import io.newsweave.entity.EntitySummary;
import io.newsweave.json.ArticleJson;
import io.newsweave.model.Article;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.EventView;
import io.newsweave.story.StoryCatalog;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.StoryView;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the store as the export contract of {@code DESIGN.md}: {@code json} is one document
 * {@code {"articles": [...], "stories": [...]}}; {@code jsonl} is one object per line, articles
 * first ({@code "type": "article"}, with their {@code story}), then stories ({@code "type": "story"}).
 * Streams articles from the journal without holding them; holds only per-story ids and counts.
 * Entity ids (article {@code mentions[].entity}, story {@code entities}) are canonical after the
 * data directory's {@code aliases.txt}. Stories carry their {@code events} and their
 * {@link StoryDetails} (timeline, quotes, summary, coverage), built from each story's articles read
 * back after the article pass.
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
     * Writes the store; story timelines and summaries prefer sentences in {@code preferredLanguage}
     * (ISO 639-1, or {@code null} for none) when a source offers one.
     */
    public static void write(Store store, Format format, String preferredLanguage, OutputStream out) throws IOException {
        EntityAliases aliases = EntityAliases.load(store.dir());
        StoryCatalog catalog = new StoryCatalog(aliases);
        try (JsonGenerator json = ArticleJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (format == Format.JSON) {
                json.writeStartObject();
                json.writeArrayFieldStart("articles");
            }
            store.forEach(stored -> {
                catalog.add(stored);
                Article a = corrected(stored.article(), aliases);
                ObjectNode node = ArticleJson.toNode(a);
                node.put("story", stored.story());
                node.put("event", stored.event());
                writeItem(json, format, "article", node);
            });
            if (format == Format.JSON) {
                json.writeEndArray();
                json.writeArrayFieldStart("stories");
            }
            StoryDetails.Builder details = new StoryDetails.Builder();
            for (StoryView story : catalog.views()) {
                ObjectNode node = storyNode(story);
                StoryDetailsJson.fill(node, details.build(corrected(store.story(story.id()), aliases), preferredLanguage));
                writeItem(json, format, "story", node);
            }
            if (format == Format.JSON) {
                json.writeEndArray();
                json.writeEndObject();
            }
        }
        out.flush();
    }

    /** The articles of {@code stored}, in its order, their entity ids corrected by {@code aliases}. */
    public static List<Article> corrected(List<StoredArticle> stored, EntityAliases aliases) {
        List<Article> articles = new ArrayList<>(stored.size());
        for (StoredArticle s : stored) {
            articles.add(corrected(s.article(), aliases));
        }
        return articles;
    }

    /** {@code a} with its mentions' entity ids corrected by {@code aliases}. */
    public static Article corrected(Article a, EntityAliases aliases) {
        if (aliases.isEmpty()) {
            return a;
        }
        return new Article(a.id(), a.origin(), a.url(), a.source(), a.title(), a.text(), a.language(),
                a.languageConfidence(), a.published(), aliases.apply(a.mentions()), a.timexes(), a.decoding());
    }

    /** One array element in {@code json}; in {@code jsonl}, one line led by its {@code type}. */
    private static void writeItem(JsonGenerator json, Format format, String type, ObjectNode node) throws IOException {
        if (format == Format.JSONL) {
            ObjectNode line = ArticleJson.MAPPER.createObjectNode().put("type", type);
            line.setAll(node);
            json.writeTree(line);
            json.writeRaw('\n');
        } else {
            json.writeTree(node);
        }
    }

    /** A story in the contract's shape. */
    public static ObjectNode storyNode(StoryView story) {
        ObjectNode node = ArticleJson.MAPPER.createObjectNode();
        node.put("id", story.id());
        node.put("title", story.title());
        var articles = node.putArray("articles");
        story.articles().forEach(articles::add);
        ObjectNode languages = node.putObject("languages");
        for (Map.Entry<String, Integer> e : story.languages().entrySet()) {
            languages.put(e.getKey(), e.getValue());
        }
        ObjectNode sources = node.putObject("sources");
        for (Map.Entry<String, Integer> e : story.sources().entrySet()) {
            sources.put(e.getKey(), e.getValue());
        }
        node.put("first_published", story.first() == null ? null : story.first().toString());
        node.put("last_published", story.last() == null ? null : story.last().toString());
        var events = node.putArray("events");
        for (EventView e : story.events()) {
            ObjectNode en = events.addObject().put("id", e.id()).put("date", e.date() == null ? null : e.date().toString())
                    .put("title", e.title());
            var ids = en.putArray("articles");
            e.articles().forEach(ids::add);
        }
        node.putArray("timeline");
        var entities = node.putArray("entities");
        for (EntitySummary e : story.entities()) {
            ObjectNode en = entities.addObject().put("id", e.id()).put("name", e.name()).put("type", e.type().name());
            var variants = en.putArray("variants");
            e.variants().forEach(variants::add);
            en.put("mentions", e.mentions());
        }
        node.putArray("quotes");
        node.putArray("summary");
        return node;
    }
}
