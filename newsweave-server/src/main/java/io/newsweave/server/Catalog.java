package io.newsweave.server;

import io.newsweave.entity.EntityAliases;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.entity.EntityTally;
import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.StoryCatalog;
import io.newsweave.story.StoryView;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps a {@link Snapshot} of the store's stories and entities, refreshed incrementally: each
 * refresh reads only the journal past the last position seen, or all of it again after the store
 * recorded a merge of stories or events. Entities are tallied by the core's {@link EntityTally}
 * after the data directory's aliases, named and typed by an {@link EntityRegistry} replayed from
 * the same articles. Thread-safe: refreshes are
 * serialized; readers take the current snapshot without locking.
 */
final class Catalog {

    /** What a refresh found: the new article count and the stories that grew. */
    record Change(long articles, Set<String> stories) {
    }

    private final Store store;
    private StoryCatalog stories;
    private int merges;
    private final Map<String, TreeMap<LocalDate, Integer>> days = new HashMap<>();
    private final EntityAliases aliases;
    private EntityRegistry registry = new EntityRegistry();
    private EntityTally entities;
    private final Map<String, Map<String, Integer>> storyEntities = new HashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private long position;
    private long seen;
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    /** A catalog over {@code store}, with the entity corrections of its data directory. */
    Catalog(Store store) throws IOException {
        this.store = store;
        this.aliases = EntityAliases.load(store.dir());
        this.stories = new StoryCatalog(aliases);
        this.entities = new EntityTally(aliases, registry);
    }

    /** The current snapshot, refreshed first when the store holds more articles than it shows. */
    Snapshot current() throws IOException {
        Snapshot s = snapshot;
        return store.size() != s.articles() ? refresh() : s;
    }

    /** Calls {@code listener} after each refresh that found new articles (on the refreshing thread). */
    void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** Reads the articles that arrived since the last refresh and publishes a new snapshot. */
    synchronized Snapshot refresh() throws IOException {
        if (store.mergeCount() != merges) {
            restart();
        }
        Set<String> changed = new LinkedHashSet<>();
        Set<String> changedEntities = new HashSet<>();
        position = store.forEachFrom(position, stored -> {
            add(stored, changedEntities);
            changed.add(stored.story());
            seen++;
        });
        if (changed.isEmpty()) {
            return snapshot;
        }
        Snapshot previous = snapshot;
        List<StoryView> views = stories.views();
        Map<String, StoryView> byId = new HashMap<>(views.size() * 2);
        views.forEach(v -> byId.put(v.id(), v));
        Map<String, SortedMap<LocalDate, Integer>> dayCopy = new HashMap<>(previous.days());
        Map<String, Map<String, Integer>> storyEntityCopy = new HashMap<>(previous.storyEntities());
        for (String story : changed) {
            dayCopy.put(story, Collections.unmodifiableSortedMap(new TreeMap<>(days.getOrDefault(story, new TreeMap<>()))));
            storyEntityCopy.put(story, Map.copyOf(storyEntities.getOrDefault(story, Map.of())));
        }
        Map<String, EntityView> entityCopy = new HashMap<>(previous.entities());
        for (String id : changedEntities) {
            entityCopy.put(id, new EntityView(entities.summary(id), entities.groups(id)));
        }
        snapshot = new Snapshot(seen, List.copyOf(views), Collections.unmodifiableMap(byId), Collections.unmodifiableMap(dayCopy),
                Collections.unmodifiableMap(entityCopy), Collections.unmodifiableMap(storyEntityCopy));
        Change change = new Change(seen, Collections.unmodifiableSet(changed));
        for (Consumer<Change> listener : listeners) {
            listener.accept(change);
        }
        return snapshot;
    }

    /**
     * Forgets everything read, to read the store again from its start: merges moved articles read
     * earlier into other stories and events.
     */
    private void restart() throws IOException {
        merges = store.mergeCount();
        stories = new StoryCatalog(aliases);
        days.clear();
        registry = new EntityRegistry();
        entities = new EntityTally(aliases, registry);
        storyEntities.clear();
        position = 0;
        seen = 0;
        snapshot = Snapshot.EMPTY;
    }

    private void add(StoredArticle stored, Set<String> changedEntities) {
        stories.add(stored);
        Article a = stored.article();
        if (a.published().known()) {
            days.computeIfAbsent(stored.story(), k -> new TreeMap<>()).merge(a.published().date(), 1, Integer::sum);
        }
        registry.observe(a);
        changedEntities.addAll(entities.add(a.mentions(), a.language(), stored.story()));
        for (Mention m : a.mentions()) {
            if (m.entity() != null && !m.entity().isEmpty()) {
                storyEntities.computeIfAbsent(stored.story(), k -> new HashMap<>()).merge(aliases.id(m.entity(), m.text()), 1, Integer::sum);
            }
        }
    }
}
