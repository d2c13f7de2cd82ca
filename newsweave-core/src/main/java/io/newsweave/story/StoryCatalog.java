package io.newsweave.story;

import io.newsweave.entity.EntityAliases;
import io.newsweave.entity.EntityTally;
import io.newsweave.model.Article;
import io.newsweave.store.SnapshotInput;
import io.newsweave.store.SnapshotOutput;
import io.newsweave.store.StoredArticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds {@link StoryView}s from stored articles, in one pass in arrival order. Holds per story its
 * article ids and counts (languages, outlets, publication days, entity mentions, events), not the
 * articles; {@link #write} saves that state and {@link #read} gives it back, so that a catalog read
 * from a snapshot goes on as the one that wrote it would. Used by {@link ReadModel}. Not thread-safe.
 */
final class StoryCatalog {

    private final Map<String, Builder> stories = new LinkedHashMap<>();
    /** Views built since their story last changed. */
    private final Map<String, StoryView> built = new java.util.HashMap<>();
    private final EntityAliases aliases;

    /** A catalog that shows entities corrected by {@code aliases}. */
    StoryCatalog(EntityAliases aliases) {
        this.aliases = aliases;
    }

    /** Adds one stored article to its story. */
    void add(StoredArticle stored) {
        built.remove(stored.story());
        stories.computeIfAbsent(stored.story(), id -> new Builder(id, aliases)).add(stored.article(), stored.event());
    }

    /** Articles per publication day of story {@code id} (an empty map for an unknown story). */
    SortedMap<LocalDate, Integer> days(String id) {
        Builder b = stories.get(id);
        return b == null ? new TreeMap<>() : new TreeMap<>(b.days);
    }

    /** Entity id (after aliases) to its mentions in story {@code id}. */
    Map<String, Integer> entityCounts(String id) {
        Builder b = stories.get(id);
        return b == null ? Map.of() : b.entities.mentionCounts();
    }

    /** The story ids, in order of first arrival. */
    List<String> ids() {
        return List.copyOf(stories.keySet());
    }

    /** Writes every story's state, in arrival order, for {@link #read}. */
    void write(SnapshotOutput out) {
        out.writeInt(stories.size());
        for (Builder b : stories.values()) {
            b.write(out);
        }
    }

    /** A catalog as {@link #write} saved it, showing entities corrected by {@code aliases}. */
    static StoryCatalog read(SnapshotInput in, EntityAliases aliases) throws SnapshotInput.Corrupt {
        StoryCatalog c = new StoryCatalog(aliases);
        int n = in.readCount();
        for (int i = 0; i < n; i++) {
            Builder b = Builder.read(in, aliases);
            c.stories.put(b.id, b);
        }
        return c;
    }

    /** The number of stories. */
    int size() {
        return stories.size();
    }

    /** Story {@code id}'s view, built once until the story changes; {@code null} for an unknown story. */
    StoryView view(String id) {
        StoryView v = built.get(id);
        if (v == null) {
            Builder b = stories.get(id);
            if (b == null) {
                return null;
            }
            v = b.build();
            built.put(id, v);
        }
        return v;
    }

    /** The stories, largest first, then by latest date, then by id. */
    List<StoryView> views() {
        return views(Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} stories in the order of {@link #views()}: the order is decided from
     * the counts and dates alone, and only the views shown are built.
     */
    List<StoryView> views(int limit) {
        List<Builder> order = new ArrayList<>(stories.values());
        order.sort(Comparator.<Builder>comparingInt(b -> -b.articles.size())
                .thenComparing(b -> b.last == null ? LocalDate.MIN : b.last, Comparator.reverseOrder())
                .thenComparing(b -> b.id));
        List<StoryView> out = new ArrayList<>(Math.min(limit, order.size()));
        for (Builder b : order) {
            if (out.size() >= limit) {
                break;
            }
            out.add(view(b.id));
        }
        return out;
    }

    private static final class Builder {
        private final String id;
        private final StoryTitle title;
        private final List<String> articles = new ArrayList<>();
        private final Map<String, Integer> languages = new TreeMap<>();
        private final Map<String, Integer> sources = new TreeMap<>();
        private final TreeMap<LocalDate, Integer> days = new TreeMap<>();
        private LocalDate first;
        private LocalDate last;
        private final EntityTally entities;
        private final Map<String, EventBuilder.Builder> events = new LinkedHashMap<>();

        Builder(String id, EntityAliases aliases) {
            this(id, new StoryTitle(), new EntityTally(aliases));
        }

        private Builder(String id, StoryTitle title, EntityTally entities) {
            this.id = id;
            this.title = title;
            this.entities = entities;
        }

        void write(SnapshotOutput out) {
            out.writeString(id);
            title.write(out);
            entities.write(out);
            out.writeStrings(articles);
            out.writeCounts(languages);
            out.writeCounts(sources);
            out.writeDayCounts(days);
            out.writeDate(first);
            out.writeDate(last);
            out.writeInt(events.size());
            for (EventBuilder.Builder e : events.values()) {
                e.write(out);
            }
        }

        static Builder read(SnapshotInput in, EntityAliases aliases) throws SnapshotInput.Corrupt {
            Builder b = new Builder(in.readString(), StoryTitle.read(in), EntityTally.read(in, aliases, null));
            in.readStrings(b.articles);
            in.readCounts(b.languages);
            in.readCounts(b.sources);
            in.readDayCounts(b.days);
            b.first = in.readDate();
            b.last = in.readDate();
            int events = in.readCount();
            for (int i = 0; i < events; i++) {
                EventBuilder.Builder e = EventBuilder.Builder.read(in);
                b.events.put(e.id(), e);
            }
            return b;
        }

        void add(Article a, String event) {
            events.computeIfAbsent(event, EventBuilder.Builder::new).add(a);
            title.add(a, event);
            articles.add(a.id());
            entities.add(a.mentions(), a.language());
            languages.merge(a.language(), 1, Integer::sum);
            if (a.source() != null) {
                sources.merge(a.source(), 1, Integer::sum);
            }
            LocalDate d = a.published().date();
            if (a.published().known() && d != null) {
                days.merge(d, 1, Integer::sum);
            }
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }

        StoryView build() {
            java.util.function.ToIntFunction<String> eventSize = event -> events.get(event).size();
            String chosen = title.title(languages, eventSize);
            return new StoryView(id, chosen, articles, languages, sources, first, last, entities.summaries(),
                    EventBuilder.views(events.values()), title.headlines(chosen, eventSize));
        }
    }
}
