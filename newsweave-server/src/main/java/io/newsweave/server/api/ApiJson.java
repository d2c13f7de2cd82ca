package io.newsweave.server.api;

import io.newsweave.server.Activity;
import io.newsweave.server.EntityView;
import io.newsweave.server.ShownText;
import io.newsweave.server.Slice;
import io.newsweave.server.Snapshot;
import io.newsweave.server.StoryDigest;
import io.newsweave.server.StorySlices;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.entity.EntitySummary;
import io.newsweave.json.ViewJson;
import io.newsweave.model.Article;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.StoryView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The API's JSON shapes. Stories and articles keep the export contract of {@code DESIGN.md},
 * written by the same {@link ViewJson} as the export, and add fields beside it: a story's
 * {@code coverage} (with the outlets' and days' counts of the catalog) and {@code dated_mentions} (the dates its articles mention, which are not a
 * curated timeline). Stateless.
 */
final class ApiJson {

    private ApiJson() {
    }

    static ObjectNode object() {
        return ViewJson.object();
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
        Activity a = snapshot.activityOf(v.id());
        ObjectNode activity = node.putObject("activity");
        activity.put("recent", a.recent());
        activity.put("before", a.before());
        activity.put("trend", a.trend().name().toLowerCase(java.util.Locale.ROOT));
        activity.put("reference_day", snapshot.reference() == null ? null : snapshot.reference().toString());
        return node;
    }

    static final int MAX_TEXT = StorySlices.MAX_TEXT;
    static final int MAX_SENTENCE = StorySlices.MAX_SENTENCE;
    static final int MAX_NESTED = StorySlices.MAX_NESTED;
    /** What a story view of the API writes of its texts and nested lists. */
    static final ViewJson.Limits LIMITS = new ViewJson.Limits(MAX_TEXT, MAX_SENTENCE, MAX_NESTED);

    /**
     * One window of a story ({@code slices}): the contract shape written by {@link ViewJson} with
     * the API's {@link #LIMITS} (nested lists cut to {@value #MAX_NESTED}, with their full count
     * beside them as {@code source_count}, {@code report_count}, {@code article_count},
     * {@code variant_count}), every list cut to its window, plus the catalog's outlets and days in
     * its {@code coverage}, the window's article list ({@code article_list}, its ids also being the
     * window's {@code articles}), dated mentions, and the windows themselves under {@code pages};
     * the articles' window also as {@code article_count, offset, limit, next_offset, previous_offset};
     * the order the timeline is listed (and windowed) in as {@code timeline_order}.
     */
    static ObjectNode story(StoryView v, Snapshot snapshot, StoryDigest digest, List<StoredArticle> page, StorySlices slices) {
        List<String> ids = new java.util.ArrayList<>(page.size());
        page.forEach(s -> ids.add(s.article().id()));
        ObjectNode node = ViewJson.story(slices.story(v, ids), slices.details(digest.details()), LIMITS);
        ObjectNode coverage = ViewJson.coverage(digest.details().coverage());
        coverage.set("sources", counts(v.sources()));
        coverage.set("days", days(snapshot.daysOf(v.id())));
        node.set("coverage", coverage);
        ArrayNode list = node.putArray("article_list");
        for (StoredArticle stored : page) {
            ObjectNode summary = articleSummary(stored);
            String title = stored.article().title();
            if (title != null && title.length() > MAX_TEXT) {
                summary.put("title", ShownText.clip(title, MAX_TEXT));
            }
            list.add(summary);
        }
        ArrayNode dated = node.putArray("dated_mentions");
        for (StoryDigest.DatedMention m : slices.dated().of(digest.dated())) {
            dated.addObject().put("value", m.value()).put("granularity", m.granularity()).put("text", ShownText.clip(m.text(), MAX_SENTENCE))
                    .put("article", m.article()).put("language", m.language());
        }
        node.put("read_articles", digest.read());
        node.put("article_count", slices.articles().total());
        node.setAll((ObjectNode) slices.articles().json().without("total"));
        node.put("timeline_order", slices.order().param());
        ObjectNode pages = node.putObject("pages");
        pages.set("articles", slices.articles().json());
        pages.set("timeline", slices.timeline().json());
        pages.set("quotes", slices.quotes().json());
        pages.set("dated_mentions", slices.dated().json());
        pages.set("events", slices.events().json());
        pages.set("entities", slices.entities().json());
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
        return ViewJson.article(stored.article(), stored.story(), null);
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
        return ViewJson.counts(new java.util.TreeMap<>(counts));
    }

    static ObjectNode days(SortedMap<LocalDate, Integer> days) {
        ObjectNode node = object();
        days.forEach((d, n) -> node.put(d.toString(), n));
        return node;
    }
}
