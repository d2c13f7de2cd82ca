package io.newsweave.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.entity.EntitySummary;
import io.newsweave.model.Article;
import io.newsweave.quote.Quote;
import io.newsweave.quote.QuoteGroup;
import io.newsweave.story.EventView;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.StoryView;
import io.newsweave.story.timeline.Coverage;
import io.newsweave.story.timeline.TimelineEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer of the read views, for the export and the API alike: a story
 * ({@link StoryView} and its {@link StoryDetails}) and an article in the export contract's shape
 * ({@code DESIGN.md}), with fields added beside it (offsets, languages, every report of a quote,
 * {@code coverage}). {@link Limits} cut long texts and nested lists for the API, each cut list's
 * full length written beside it ({@code source_count}, {@code report_count}, {@code article_count},
 * {@code variant_count}); the export writes everything ({@link Limits#NONE}). Writes the records it
 * is given and never reads JSON back. Stateless and thread-safe.
 */
public final class ViewJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ViewJson() {
    }

    /**
     * How much of a story a view writes.
     *
     * @param text     longest title, timeline text or quote text ({@code 0}: no limit)
     * @param sentence longest supporting sentence or report text ({@code 0}: no limit)
     * @param nested   most sources per timeline entry, reports per quote, articles per event and
     *                 variants per entity ({@code 0}: no limit, and no counts written)
     */
    public record Limits(int text, int sentence, int nested) {

        /** Everything, as the export writes it. */
        public static final Limits NONE = new Limits(0, 0, 0);

        boolean none() {
            return nested == 0;
        }

        /** A title: always flattened and clipped when there is a limit. */
        String title(String s) {
            return text == 0 ? s : clip(s, text);
        }

        String text(String s, int max) {
            return max == 0 || s == null || s.length() <= max ? s : clip(s, max);
        }

        <T> List<T> cap(List<T> list) {
            return nested == 0 || list.size() <= nested ? list : list.subList(0, nested);
        }
    }

    /**
     * At most {@code max} characters, whitespace flattened, cut at a space when one is near, with an
     * ellipsis. Reads no further into {@code text} than the clipped result needs, so clipping a
     * whole article to a snippet costs the snippet, not the article.
     */
    public static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        int i = 0;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++; // strip()'s leading whitespace
        }
        StringBuilder flat = new StringBuilder(Math.min(n - i, max + 16));
        int kept = 0; // flat's length without its trailing whitespace
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (asciiSpace(c)) {
                if (!asciiSpace(text.charAt(i - 1))) {
                    flat.append(' '); // a run of \s becomes one space
                }
                continue;
            }
            flat.append(c);
            if (!Character.isWhitespace(c)) {
                kept = flat.length();
                if (kept > max) {
                    break; // longer than max once stripped: the cut below reads only flat[0..max]
                }
            }
        }
        if (kept <= max) {
            return flat.substring(0, kept);
        }
        int cut = flat.lastIndexOf(" ", max);
        if (cut < max / 2) {
            cut = max;
        }
        if (Character.isLowSurrogate(flat.charAt(cut)) && cut > 0) {
            cut--;
        }
        return flat.substring(0, cut) + "…";
    }

    /** What the regular expression {@code \s} matches: ASCII whitespace. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A new empty object, for the API's own shapes. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** {@code node} as UTF-8 bytes. */
    public static byte[] bytes(JsonNode node) throws IOException {
        return MAPPER.writeValueAsBytes(node);
    }

    /** A streaming generator over {@code out} (UTF-8), which it does not close. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    /** An article in the contract's shape plus its {@code story} and, when not {@code null}, its {@code event}. */
    public static ObjectNode article(Article a, String story, String event) {
        ObjectNode node = ArticleJson.toNode(a);
        node.put("story", story);
        if (event != null) {
            node.put("event", event);
        }
        return node;
    }

    /**
     * An article's lineage in the contract's shape ({@code copy_of, translation_of, reused_from,
     * reused_share, copies, translations}, the empty ones left out), or {@code null} when it has none.
     */
    public static ObjectNode lineage(io.newsweave.lineage.LineageGraph.Lineage lineage) {
        if (lineage.isEmpty()) {
            return null;
        }
        ObjectNode node = object();
        if (lineage.copyOf() != null) {
            node.put("copy_of", lineage.copyOf());
        }
        if (lineage.translationOf() != null) {
            node.put("translation_of", lineage.translationOf());
        }
        if (lineage.reusedFrom() != null) {
            node.put("reused_from", lineage.reusedFrom());
        }
        if (lineage.reusedShare() != null) {
            node.put("reused_share", Math.round(lineage.reusedShare() * 100) / 100.0);
        }
        if (!lineage.copies().isEmpty()) {
            ArrayNode copies = node.putArray("copies");
            for (io.newsweave.lineage.LineageGraph.Copy c : lineage.copies()) {
                ObjectNode copy = copies.addObject();
                if (c.article() != null) {
                    copy.put("article", c.article());
                }
                copy.put("url", c.url()).put("source", c.source()).put("published", c.published());
            }
        }
        if (!lineage.translations().isEmpty()) {
            ArrayNode translations = node.putArray("translations");
            lineage.translations().forEach(translations::add);
        }
        return node;
    }

    /**
     * A story's reports by lineage: {@code independent, copies, translations, exact_copies} and, per
     * outlet and per language, {@code {"independent": n, "copies": n, "translations": n}}.
     */
    public static ObjectNode reports(io.newsweave.lineage.LineageGraph.Reports r) {
        ObjectNode node = object().put("independent", r.independent()).put("copies", r.copies())
                .put("translations", r.translations()).put("exact_copies", r.sightings());
        ObjectNode outlets = node.putObject("outlets");
        r.outlets().forEach((k, v) -> outlets.putObject(k).put("independent", v[0]).put("copies", v[1]).put("translations", v[2]));
        ObjectNode languages = node.putObject("languages");
        r.languages().forEach((k, v) -> languages.putObject(k).put("independent", v[0]).put("copies", v[1]).put("translations", v[2]));
        return node;
    }

    /**
     * A story: {@code id, title, articles, languages, sources, first_published, last_published,
     * events, timeline, entities, quotes, summary, summary_sources, coverage}.
     */
    public static ObjectNode story(StoryView story, StoryDetails details, Limits limits) {
        ObjectNode node = object();
        node.put("id", story.id());
        node.put("title", limits.title(story.title()));
        ArrayNode articles = node.putArray("articles");
        story.articles().forEach(articles::add);
        node.set("languages", counts(story.languages()));
        node.set("sources", counts(story.sources()));
        node.put("first_published", story.first() == null ? null : story.first().toString());
        node.put("last_published", story.last() == null ? null : story.last().toString());
        ArrayNode events = node.putArray("events");
        for (EventView e : story.events()) {
            ObjectNode en = events.addObject().put("id", e.id()).put("date", e.date() == null ? null : e.date().toString())
                    .put("title", limits.title(e.title()));
            ArrayNode ids = en.putArray("articles");
            limits.cap(e.articles()).forEach(ids::add);
            if (!limits.none()) {
                en.put("article_count", e.articles().size());
            }
        }
        ArrayNode timeline = node.putArray("timeline");
        for (TimelineEntry e : details.timeline()) {
            timeline.add(timelineEntry(e, limits));
        }
        ArrayNode entities = node.putArray("entities");
        for (EntitySummary e : story.entities()) {
            ObjectNode en = entities.addObject().put("id", e.id()).put("name", e.name()).put("type", e.type().name());
            ArrayNode variants = en.putArray("variants");
            limits.cap(e.variants()).forEach(variants::add);
            en.put("mentions", e.mentions());
            if (!limits.none()) {
                en.put("variant_count", e.variants().size());
            }
        }
        ArrayNode quotes = node.putArray("quotes");
        for (QuoteGroup g : details.quotes()) {
            quotes.add(quote(g, limits));
        }
        ArrayNode summary = node.putArray("summary");
        ArrayNode summarySources = node.putArray("summary_sources");
        for (TimelineEntry.Source s : details.summary()) {
            summary.add(s.sentence());
            source(summarySources.addObject(), s, limits);
        }
        node.set("coverage", coverage(details.coverage()));
        return node;
    }

    private static ObjectNode timelineEntry(TimelineEntry e, Limits limits) {
        ObjectNode entry = object().put("date", e.date()).put("granularity", e.granularity()).put("kind", e.kind())
                .put("text", limits.text(e.text(), limits.text())).put("language", e.language());
        ArrayNode sources = entry.putArray("sources");
        limits.cap(e.sources()).forEach(s -> source(sources.addObject(), s, limits));
        ArrayNode entities = entry.putArray("entities");
        e.entities().forEach(entities::add);
        if (!limits.none()) {
            entry.put("source_count", e.sources().size());
        }
        return entry;
    }

    private static ObjectNode quote(QuoteGroup g, Limits limits) {
        Quote q = g.representative();
        ObjectNode quote = object();
        quote.put("speaker", q.speakerEntity() != null ? q.speakerEntity() : q.speakerName());
        quote.put("speaker_name", q.speakerName());
        quote.put("text", limits.text(q.text(), limits.text())).put("article", q.articleId()).put("language", q.language())
                .put("date", q.date() == null ? null : q.date().toString()).put("start", q.start()).put("end", q.end());
        ArrayNode reports = quote.putArray("reports");
        for (Quote r : limits.cap(g.quotes())) {
            reports.addObject().put("article", r.articleId()).put("text", limits.text(r.text(), limits.sentence()))
                    .put("language", r.language()).put("start", r.start()).put("end", r.end())
                    .put("speaker_name", r.speakerName()).put("cue", r.cue());
        }
        if (!limits.none()) {
            quote.put("report_count", g.quotes().size());
        }
        return quote;
    }

    private static void source(ObjectNode node, TimelineEntry.Source s, Limits limits) {
        node.put("article", s.article()).put("sentence", limits.text(s.sentence(), limits.sentence())).put("start", s.start())
                .put("end", s.end()).put("language", s.language());
    }

    /** {@code articles, outlets, languages, per_day, undated, first_reporter}. */
    public static ObjectNode coverage(Coverage c) {
        ObjectNode node = object();
        node.put("articles", c.articles());
        node.set("outlets", counts(c.outlets()));
        node.set("languages", counts(c.languages()));
        node.set("per_day", counts(c.perDay()));
        node.put("undated", c.undated());
        node.putObject("first_reporter").put("article", c.firstArticle()).put("outlet", c.firstOutlet())
                .put("published", c.firstPublished() == null ? null : c.firstPublished().toString());
        return node;
    }

    /** Counts by key, in the map's order. */
    public static ObjectNode counts(Map<String, Integer> counts) {
        ObjectNode node = object();
        counts.forEach(node::put);
        return node;
    }
}
