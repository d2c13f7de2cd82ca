package io.newsweave.server;

import io.newsweave.store.Store;
import io.newsweave.story.ReadModel;
import io.newsweave.story.StoryView;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps a {@link Snapshot} of the store's stories and entities, refreshed incrementally from the
 * core's {@link ReadModel} (stories, entities after the data directory's aliases, named and typed
 * by the registry read from {@code entities.snapshot} plus the journal's tail, per story its
 * publication days and entity counts): the first refresh starts from the catalog snapshot when the
 * data directory has a usable one, each later one reads only the journal past the last position
 * seen, or all of it again after the store recorded a merge of stories or events. Thread-safe: refreshes are serialized; readers take the current
 * snapshot without locking.
 */
public final class Catalog {

    /** What a refresh found: the new article count and the stories that grew. */
    public record Change(long articles, Set<String> stories) {
    }

    private final ReadModel model;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    /** A catalog over {@code store}'s read model with entities. */
    Catalog(Store store) throws IOException {
        this(ReadModel.withEntities(store));
    }

    /** A catalog over {@code model}, which must have entities. */
    Catalog(ReadModel model) {
        this.model = model;
    }

    /** The read model this catalog publishes. */
    ReadModel model() {
        return model;
    }

    /** The current snapshot, refreshed first when the store holds more articles than it shows. */
    public Snapshot current() throws IOException {
        Snapshot s = snapshot;
        return model.store().size() != s.articles() ? refresh() : s;
    }

    /** Calls {@code listener} after each refresh that found new articles (on the refreshing thread). */
    void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** Reads the articles that arrived since the last refresh and publishes a new snapshot. */
    public synchronized Snapshot refresh() throws IOException {
        ReadModel.Change found = model.refresh();
        if (found.isEmpty()) {
            return snapshot;
        }
        Snapshot previous = found.restarted() ? Snapshot.EMPTY : snapshot;
        List<StoryView> views = model.stories();
        Map<String, StoryView> byId = new HashMap<>(views.size() * 2);
        views.forEach(v -> byId.put(v.id(), v));
        Map<String, SortedMap<LocalDate, Integer>> dayCopy = new HashMap<>(previous.days());
        Map<String, Map<String, Integer>> storyEntityCopy = new HashMap<>(previous.storyEntities());
        for (String story : found.stories()) {
            dayCopy.put(story, Collections.unmodifiableSortedMap(model.days(story)));
            storyEntityCopy.put(story, Map.copyOf(model.entityCounts(story)));
        }
        Map<String, EntityView> entityCopy = new HashMap<>(previous.entities());
        for (String id : found.entities()) {
            entityCopy.put(id, new EntityView(model.entity(id), model.storiesMentioning(id)));
        }
        snapshot = Snapshot.of(found.articles(), views, Collections.unmodifiableMap(byId), Collections.unmodifiableMap(dayCopy),
                Collections.unmodifiableMap(entityCopy), Collections.unmodifiableMap(storyEntityCopy),
                LocalDate.now(java.time.ZoneOffset.UTC));
        Change change = new Change(found.articles(), found.stories());
        for (Consumer<Change> listener : listeners) {
            listener.accept(change);
        }
        return snapshot;
    }
}
