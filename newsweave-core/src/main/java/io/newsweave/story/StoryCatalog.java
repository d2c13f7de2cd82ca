package io.newsweave.story;

import io.newsweave.entity.EntityAliases;
import io.newsweave.entity.EntityTally;
import io.newsweave.model.Article;
import io.newsweave.store.StoredArticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@link StoryView}s from stored articles, in one pass in arrival order. Holds per story its
 * article ids and counts, not the articles. Used by {@link ReadModel}. Not thread-safe.
 */
final class StoryCatalog {

    private final Map<String, Builder> stories = new LinkedHashMap<>();
    private final EntityAliases aliases;

    /** A catalog that shows entities corrected by {@code aliases}. */
    StoryCatalog(EntityAliases aliases) {
        this.aliases = aliases;
    }

    /** Adds one stored article to its story. */
    void add(StoredArticle stored) {
        stories.computeIfAbsent(stored.story(), id -> new Builder(id, aliases)).add(stored.article(), stored.event());
    }

    /** The stories, largest first, then by latest date, then by id. */
    List<StoryView> views() {
        List<StoryView> out = new ArrayList<>();
        for (Builder b : stories.values()) {
            out.add(b.build());
        }
        out.sort(Comparator.<StoryView>comparingInt(s -> -s.articles().size())
                .thenComparing(s -> s.last() == null ? LocalDate.MIN : s.last(), Comparator.reverseOrder())
                .thenComparing(StoryView::id));
        return out;
    }

    private static final class Builder {
        private final String id;
        private final StoryTitle title = new StoryTitle();
        private final List<String> articles = new ArrayList<>();
        private final Map<String, Integer> languages = new TreeMap<>();
        private final Map<String, Integer> sources = new TreeMap<>();
        private LocalDate first;
        private LocalDate last;
        private final EntityTally entities;
        private final Map<String, EventBuilder.Builder> events = new LinkedHashMap<>();

        Builder(String id, EntityAliases aliases) {
            this.id = id;
            this.entities = new EntityTally(aliases);
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
