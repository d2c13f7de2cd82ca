package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.entity.EntitySummary;
import io.newsweave.export.Exporter;
import io.newsweave.export.StoryDetailsJson;
import io.newsweave.json.ArticleJson;
import io.newsweave.model.Article;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.EventView;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.StoryView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The API's JSON shapes. Stories and articles keep the export contract of {@code DESIGN.md}
 * ({@link Exporter#storyNode}, {@link ArticleJson#toNode}) and add fields beside it: a story's
 * {@code coverage} (with the outlets' and days' counts of the catalog) and {@code dated_mentions} (the dates its articles mention, which are not a
 * curated timeline). Stateless.
 */
final class ApiJson {

    private ApiJson() {
    }

    static ObjectNode object() {
        return ArticleJson.MAPPER.createObjectNode();
    }

    /** A story in a list: counts and coverage, not its article ids. */
    static ObjectNode storySummary(StoryView v, Snapshot snapshot) {
        ObjectNode node = object();
        node.put("id", v.id());
        node.put("title", v.title());
        node.put("article_count", v.articles().size());
        node.set("languages", counts(v.languages()));
        node.set("sources", counts(v.sources()));
        node.put("first_published", v.first() == null ? null : v.first().toString());
        node.put("last_published", v.last() == null ? null : v.last().toString());
        node.set("days", days(snapshot.daysOf(v.id())));
        return node;
    }

    /** Longest text of a list item (titles, timeline and quote texts); the article itself has the whole text. */
    static final int MAX_TEXT = 1_000;
    /** Longest supporting sentence or report text in a list. */
    static final int MAX_SENTENCE = 500;
    /** Sources per timeline entry, reports per quote, articles per event and variants per entity in a story view. */
    static final int MAX_NESTED = 20;

    /**
     * One window of a story ({@code slices}): the contract shape, every list cut to its window
     * (and nested lists to {@value #MAX_NESTED}, with their full count beside them as
     * {@code source_count}, {@code report_count}, {@code article_count}, {@code variant_count}),
     * plus coverage, the window's article list ({@code page}, its ids also being the window's
     * {@code articles}), dated mentions, and the windows themselves under {@code pages}; the
     * articles' window also as {@code article_count, offset, limit, next_offset, previous_offset}.
     */
    static ObjectNode story(StoryView v, Snapshot snapshot, StoryDigest digest, List<StoredArticle> page, StorySlices slices) {
        List<String> ids = new java.util.ArrayList<>(page.size());
        page.forEach(s -> ids.add(s.article().id()));
        List<EventView> events = new java.util.ArrayList<>();
        for (EventView e : slices.events().of(v.events())) {
            events.add(new EventView(e.id(), e.date(), Texts.clip(e.title(), MAX_TEXT), e.articles().subList(0, Math.min(MAX_NESTED, e.articles().size()))));
        }
        ObjectNode node = Exporter.storyNode(new StoryView(v.id(), Texts.clip(v.title(), MAX_TEXT), ids, v.languages(), v.sources(), v.first(),
                v.last(), slices.entities().of(v.entities()), events));
        List<EventView> shown = slices.events().of(v.events());
        for (int i = 0; i < shown.size(); i++) {
            ((ObjectNode) node.path("events").get(i)).put("article_count", shown.get(i).articles().size());
        }
        StoryDetails d = digest.details();
        StoryDetailsJson.fill(node, new StoryDetails(slices.timeline().of(d.timeline()), d.summary(), slices.quotes().of(d.quotes()), d.coverage()));
        for (JsonNode entry : node.path("timeline")) {
            clip((ObjectNode) entry, "text", MAX_TEXT);
            cap((ObjectNode) entry, "sources", "source_count", MAX_NESTED).forEach(source -> clip((ObjectNode) source, "sentence", MAX_SENTENCE));
        }
        for (JsonNode quote : node.path("quotes")) {
            clip((ObjectNode) quote, "text", MAX_TEXT);
            cap((ObjectNode) quote, "reports", "report_count", MAX_NESTED).forEach(report -> clip((ObjectNode) report, "text", MAX_SENTENCE));
        }
        node.path("summary_sources").forEach(source -> clip((ObjectNode) source, "sentence", MAX_SENTENCE));
        Map<String, Integer> mentioned = snapshot.entitiesOf(v.id());
        if (node.path("entities").isEmpty() && !mentioned.isEmpty()) {
            ArrayNode entities = node.putArray("entities");
            List<Map.Entry<String, Integer>> byCount = mentioned.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
            slices.entities().of(byCount).forEach(e -> {
                EntityView entity = snapshot.entities().get(e.getKey());
                ObjectNode en = entities.addObject().put("id", e.getKey())
                        .put("name", entity == null ? e.getKey() : entity.name())
                        .put("type", (entity == null ? EntityView.unknown(e.getKey()) : entity).entity().type().name());
                ArrayNode variants = en.putArray("variants");
                if (entity != null) {
                    entity.entity().variants().forEach(variants::add);
                }
                en.put("mentions", e.getValue());
            });
        }
        node.path("entities").forEach(e -> cap((ObjectNode) e, "variants", "variant_count", MAX_NESTED));
        ObjectNode coverage = (ObjectNode) node.get("coverage");
        coverage.set("sources", counts(v.sources()));
        coverage.set("days", days(snapshot.daysOf(v.id())));
        ArrayNode list = node.putArray("article_list");
        for (StoredArticle stored : page) {
            ObjectNode summary = articleSummary(stored);
            clip(summary, "title", MAX_TEXT);
            list.add(summary);
        }
        ArrayNode dated = node.putArray("dated_mentions");
        for (StoryDigest.DatedMention m : slices.dated().of(digest.dated())) {
            dated.addObject().put("value", m.value()).put("granularity", m.granularity()).put("text", Texts.clip(m.text(), MAX_SENTENCE))
                    .put("article", m.article()).put("language", m.language());
        }
        node.put("read_articles", digest.read());
        node.put("article_count", slices.articles().total());
        node.setAll((ObjectNode) slices.articles().json().without("total"));
        ObjectNode pages = node.putObject("pages");
        pages.set("articles", slices.articles().json());
        pages.set("timeline", slices.timeline().json());
        pages.set("quotes", slices.quotes().json());
        pages.set("dated_mentions", slices.dated().json());
        pages.set("events", slices.events().json());
        pages.set("entities", slices.entities().json());
        return node;
    }

    /** The field {@code name} of {@code node} clipped to {@code max} characters, when it is text. */
    private static void clip(ObjectNode node, String name, int max) {
        JsonNode value = node.get(name);
        if (value != null && value.isTextual() && value.asText().length() > max) {
            node.put(name, Texts.clip(value.asText(), max));
        }
    }

    /** The array {@code name} of {@code node} cut to {@code max} items, its length first put as {@code count}. */
    private static ArrayNode cap(ObjectNode node, String name, String count, int max) {
        ArrayNode array = node.withArray(name);
        node.put(count, array.size());
        while (array.size() > max) {
            array.remove(array.size() - 1);
        }
        return array;
    }

    static ObjectNode articleSummary(StoredArticle stored) {
        Article a = stored.article();
        return object().put("id", a.id()).put("title", a.title()).put("source", a.source()).put("language", a.language())
                .put("published", a.published().known() ? a.published().date().toString() : null)
                .put("published_provenance", a.published().provenance().label()).put("story", stored.story())
                .put("url", a.url());
    }

    /** One article: the contract shape plus its story. */
    static ObjectNode article(StoredArticle stored) {
        ObjectNode node = ArticleJson.toNode(stored.article());
        node.put("story", stored.story());
        return node;
    }

    /** An entity with the window {@code stories} of the ids of the stories mentioning it, and their {@code story_count}. */
    static ObjectNode entity(EntityView e, Slice stories) {
        EntitySummary s = e.entity();
        ObjectNode node = object().put("id", s.id()).put("name", s.name()).put("type", s.type().name()).put("mentions", s.mentions());
        ArrayNode variants = node.putArray("variants");
        for (String v : s.variants()) {
            variants.addObject().put("text", v).put("mentions", s.variantMentions().get(v));
        }
        node.set("languages", counts(s.languages()));
        ArrayNode ids = node.putArray("stories");
        stories.of(e.stories()).forEach(ids::add);
        node.put("story_count", e.stories().size());
        return node;
    }

    static ObjectNode counts(Map<String, Integer> counts) {
        ObjectNode node = object();
        new java.util.TreeMap<>(counts).forEach(node::put);
        return node;
    }

    static ObjectNode days(SortedMap<LocalDate, Integer> days) {
        ObjectNode node = object();
        days.forEach((d, n) -> node.put(d.toString(), n));
        return node;
    }
}
