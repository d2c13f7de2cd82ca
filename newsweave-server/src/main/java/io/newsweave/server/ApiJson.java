package io.newsweave.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.entity.EntitySummary;
import io.newsweave.export.Exporter;
import io.newsweave.export.StoryDetailsJson;
import io.newsweave.json.ArticleJson;
import io.newsweave.model.Article;
import io.newsweave.model.Timex;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.StoryView;

import java.time.LocalDate;
import java.util.Comparator;
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

    /** A whole story: the contract shape plus coverage, the article list and dated mentions. */
    static ObjectNode story(StoryView v, Snapshot snapshot, List<StoredArticle> articles, StoryDetails details) {
        ObjectNode node = Exporter.storyNode(v);
        StoryDetailsJson.fill(node, details);
        Map<String, Integer> mentioned = snapshot.entitiesOf(v.id());
        if (node.path("entities").isEmpty() && !mentioned.isEmpty()) {
            ArrayNode entities = node.putArray("entities");
            mentioned.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> {
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
        ObjectNode coverage = (ObjectNode) node.get("coverage");
        coverage.set("sources", counts(v.sources()));
        coverage.set("days", days(snapshot.daysOf(v.id())));
        ArrayNode list = node.putArray("article_list");
        ArrayNode dated = node.putArray("dated_mentions");
        for (StoredArticle stored : articles) {
            Article a = stored.article();
            list.add(articleSummary(stored));
            for (Timex t : a.timexes()) {
                dated.addObject().put("value", t.value()).put("granularity", t.granularity()).put("text", t.text())
                        .put("article", a.id()).put("language", a.language());
            }
        }
        List<ObjectNode> sorted = new java.util.ArrayList<>();
        dated.forEach(n -> sorted.add((ObjectNode) n));
        sorted.sort(Comparator.comparing(n -> n.path("value").asText()));
        dated.removeAll();
        sorted.forEach(dated::add);
        return node;
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

    static ObjectNode entity(EntityView e) {
        EntitySummary s = e.entity();
        ObjectNode node = object().put("id", s.id()).put("name", s.name()).put("type", s.type().name()).put("mentions", s.mentions());
        ArrayNode variants = node.putArray("variants");
        for (String v : s.variants()) {
            variants.addObject().put("text", v).put("mentions", s.variantMentions().get(v));
        }
        node.set("languages", counts(s.languages()));
        ArrayNode stories = node.putArray("stories");
        e.stories().forEach(stories::add);
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
