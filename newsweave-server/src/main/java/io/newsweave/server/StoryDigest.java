package io.newsweave.server;

import io.newsweave.model.Article;
import io.newsweave.model.Timex;
import io.newsweave.quote.Quote;
import io.newsweave.quote.QuoteGroup;
import io.newsweave.store.StoryMember;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.timeline.TimelineEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a story's view that do not depend on the page asked for: its {@link StoryDetails},
 * its article ids by publication date and the dates its read articles mention. Built once per
 * version of a story by {@link StoryDetailsCache}; pages take windows of it. Immutable.
 *
 * @param details       timeline, summary, quotes (from the read articles) and coverage (of all)
 * @param chronological article ids by publication date (undated last), then arrival
 * @param read          how many articles the details and dated mentions were read from
 * @param dated         the dates the read articles mention, one per mention, by value
 * @param dateGroups    the same grouped by value, for pages
 * @param titles        the read articles' titles by id, clipped
 */
public record StoryDigest(StoryDetails details, List<String> chronological, int read, List<DatedMention> dated,
                   List<DateGroup> dateGroups, Map<String, String> titles) {

    /** Surfaces shown per date, and articles per surface, on a page. */
    static final int SURFACES = 5;
    static final int ARTICLES_PER_SURFACE = 3;

    /** One date an article mentions. */
    public record DatedMention(String value, String granularity, String text, String article, String language) {
    }

    /**
     * One date mentioned: its value and, per way of writing it (at most {@link #SURFACES}), the
     * first {@link #ARTICLES_PER_SURFACE} articles writing it so.
     */
    public record DateGroup(String value, Map<String, List<String>> surfaces, int mentions) {
    }

    public StoryDigest {
        chronological = List.copyOf(chronological);
        dated = List.copyOf(dated);
        dateGroups = List.copyOf(dateGroups);
        titles = Map.copyOf(titles);
    }

    /** The digest of a story whose members are {@code members} (arrival order), read from {@code read}. */
    static StoryDigest of(StoryDetails details, List<StoryMember> members, List<Article> read) {
        List<StoryMember> byDate = new ArrayList<>(members);
        byDate.sort(Comparator.comparing(StoryMember::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(StoryMember::seq));
        List<String> chronological = new ArrayList<>(byDate.size());
        byDate.forEach(m -> chronological.add(m.id()));
        List<DatedMention> dated = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        for (Article a : read) {
            titles.put(a.id(), ShownText.clip(a.title(), 60));
            for (Timex t : a.timexes()) {
                dated.add(new DatedMention(t.value(), t.granularity(), t.text(), a.id(), a.language()));
            }
        }
        dated.sort(Comparator.comparing(DatedMention::value, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new StoryDigest(details, chronological, read.size(), dated, groups(dated), titles);
    }

    private static List<DateGroup> groups(List<DatedMention> dated) {
        Map<String, Map<String, Set<String>>> byValue = new LinkedHashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (DatedMention d : dated) {
            String value = String.valueOf(d.value());
            mentions.merge(value, 1, Integer::sum);
            Map<String, Set<String>> surfaces = byValue.computeIfAbsent(value, k -> new LinkedHashMap<>());
            Set<String> articles = surfaces.get(d.text());
            if (articles == null && surfaces.size() < SURFACES) {
                articles = new LinkedHashSet<>();
                surfaces.put(d.text(), articles);
            }
            if (articles != null && articles.size() < ARTICLES_PER_SURFACE) {
                articles.add(d.article());
            }
        }
        List<DateGroup> out = new ArrayList<>(byValue.size());
        byValue.forEach((value, surfaces) -> {
            Map<String, List<String>> shown = new LinkedHashMap<>();
            surfaces.forEach((text, ids) -> shown.put(text, List.copyOf(ids)));
            out.add(new DateGroup(value, java.util.Collections.unmodifiableMap(shown), mentions.get(value)));
        });
        return out;
    }

    /** Roughly how many bytes of heap this digest holds, for bounding a cache of them. */
    long weight() {
        long chars = 0;
        for (TimelineEntry e : details.timeline()) {
            chars += e.text().length() + 64;
            for (TimelineEntry.Source s : e.sources()) {
                chars += s.sentence().length() + 64;
            }
        }
        for (TimelineEntry.Source s : details.summary()) {
            chars += s.sentence().length() + 64;
        }
        for (QuoteGroup g : details.quotes()) {
            for (Quote q : g.quotes()) {
                chars += q.text().length() + 96;
            }
        }
        chars += 48L * dated.size() + 48L * chronological.size() + 96L * titles.size();
        for (DateGroup g : dateGroups) {
            chars += 64 + 48L * g.surfaces().size();
        }
        return 2 * chars + 1_024;
    }
}
