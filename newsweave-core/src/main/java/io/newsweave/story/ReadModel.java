package io.newsweave.story;

import io.newsweave.entity.EntityAliases;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.entity.EntitySummary;
import io.newsweave.entity.EntityTally;
import io.newsweave.entity.RegistrySnapshot;
import io.newsweave.model.Article;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read side of one store, shared by the export, the CLI and the server: the catalog of its
 * stories, the entity registry (its {@code entities.snapshot} plus the journal's records past it)
 * and the data directory's {@link EntityAliases}, read once here and applied to every article and
 * entity read through this model. Works on a writable store and on a
 * {@link Store#openReadOnly read-only view} alike; it writes nothing but its snapshots (below),
 * each atomically, so that readers and an ingest may save them at once.
 *
 * <p>Opening reads nothing but {@code aliases.txt}; {@link #refresh} reads the journal past the
 * last position it reached (all of it again after the store recorded a merge of stories or
 * events), building the catalog and the store-wide entity tally, observing into the registry only
 * the records past its snapshot. The first refresh starts from the data directory's
 * {@link CatalogSnapshot catalog snapshot} when a usable one is there, and reads only the journal
 * past it; a refresh that read many articles past the last snapshot (at least a quarter of what
 * that one covered, and {@value #SAVE_MIN} or more) saves a new one, and so does a registry that
 * replayed as many past {@code entities.snapshot} (a failed save is logged and otherwise ignored),
 * so that the next process opening the store reads the tail only. A model
 * without entities loads the registry on first use ({@link #registry}). Does not build a story's
 * timeline, summary or quotes unless asked ({@link #details}).
 *
 * <p>Thread-safe: every method that reads or changes the model's state is synchronized; what they
 * return is immutable (the articles and details they build are new objects owned by the caller).
 */
public final class ReadModel {

    /**
     * What one refresh found.
     *
     * @param articles the number of articles the model holds now
     * @param stories  the stories that gained articles, in order of arrival
     * @param entities the entities (corrected ids) those articles mention; empty without entities
     * @param restarted whether the model read the store again from its start (after a merge)
     */
    public record Change(long articles, Set<String> stories, Set<String> entities, boolean restarted) {

        public Change {
            stories = Collections.unmodifiableSet(new LinkedHashSet<>(stories));
            entities = Collections.unmodifiableSet(new LinkedHashSet<>(entities));
        }

        /** Whether the refresh found anything new. */
        public boolean isEmpty() {
            return stories.isEmpty() && !restarted;
        }
    }

    /** The fewest articles read past the last catalog snapshot that make a refresh save a new one. */
    static final int SAVE_MIN = 2_000;
    private static final System.Logger LOG = System.getLogger(ReadModel.class.getName());

    private final Store store;
    private final long aliasesStamp;
    private final EntityAliases aliases;
    private final boolean withEntities;
    private final boolean fromSnapshot;
    private int saveMin = SAVE_MIN;
    private long snapshotArticles;
    private boolean saveFailed;
    private String lastId;
    private final StoryDetails.Builder details = new StoryDetails.Builder();
    private StoryCatalog catalog;
    private EntityTally entities;
    private EntityRegistry registry;
    private long registryPosition;
    private long registryTail;
    private long registryArticles;
    private long registrySaved;
    private long position;
    private long articles;
    private int merges;
    private List<StoryView> views;

    private ReadModel(Store store, boolean withEntities, boolean fromSnapshot) throws IOException {
        this.store = store;
        this.aliasesStamp = CatalogSnapshot.aliasesStamp(store.dir());
        this.aliases = EntityAliases.load(store.dir());
        this.withEntities = withEntities;
        this.fromSnapshot = fromSnapshot;
        this.merges = store.mergeCount();
        this.catalog = new StoryCatalog(aliases);
        if (withEntities) {
            loadRegistrySnapshot();
        }
        this.entities = new EntityTally(aliases, registry);
    }

    /** A model of {@code store}'s stories; nothing is read from the journal before {@link #refresh}. */
    public static ReadModel open(Store store) throws IOException {
        return new ReadModel(store, false, true);
    }

    /**
     * A model of {@code store}'s stories whose first refresh reads the whole journal, not starting
     * from a catalog snapshot, so that its visitor sees every article (the export); it keeps no
     * store-wide entity tally and saves no catalog snapshot.
     */
    public static ReadModel replaying(Store store) throws IOException {
        return new ReadModel(store, false, false);
    }

    /**
     * A model of {@code store}'s stories and of all its entities (names and types from the
     * registry, stories mentioning each); the registry's snapshot is read now, its tail by the
     * first {@link #refresh}.
     */
    public static ReadModel withEntities(Store store) throws IOException {
        return new ReadModel(store, true, true);
    }

    /** A model with or without entities, starting from the catalog snapshot or not (tests). */
    static ReadModel open(Store store, boolean withEntities, boolean fromSnapshot) throws IOException {
        return new ReadModel(store, withEntities, fromSnapshot);
    }

    /** Saves a catalog snapshot after {@code articles} read past the last one (tests); returns this model. */
    synchronized ReadModel savingEvery(int articles) {
        this.saveMin = articles;
        return this;
    }

    /** The store this model reads. */
    public Store store() {
        return store;
    }

    /** The data directory's entity corrections, as read when the model opened. */
    public EntityAliases aliases() {
        return aliases;
    }

    /** Reads what arrived since the last refresh. */
    public Change refresh() throws IOException {
        return refresh(null);
    }

    /**
     * Reads what arrived since the last refresh, handing each article read to {@code alongside}
     * (may be {@code null}) after the model took it in, as the store reads it back (entity ids not
     * corrected: see {@link #corrected(Article)}). The articles a catalog snapshot covers are not
     * read, so {@code alongside} sees every article only on a model {@link #replaying replaying}
     * the journal.
     */
    public Change refresh(Store.Visitor alongside) throws IOException {
        return refresh(alongside, null);
    }

    /**
     * As {@link #refresh(Store.Visitor)}, first running {@code onRestart} (may be {@code null})
     * when this refresh reads the store again from its start, so that what {@code alongside}
     * gathered before can be dropped.
     */
    public synchronized Change refresh(Store.Visitor alongside, Runnable onRestart) throws IOException {
        boolean restarted = false;
        if (store.mergeCount() != merges) {
            if (onRestart != null) {
                onRestart.run();
            }
            merges = store.mergeCount();
            catalog = new StoryCatalog(aliases);
            entities = new EntityTally(aliases, registry);
            position = 0;
            articles = 0;
            snapshotArticles = 0;
            lastId = null;
            restarted = true;
        }
        Set<String> stories = new LinkedHashSet<>();
        Set<String> touched = new LinkedHashSet<>();
        if (position == 0 && fromSnapshot) {
            startFromSnapshot(stories, touched);
        }
        long registryFrom = registryPosition;
        position = store.forEachFrom(position, (long at, StoredArticle stored) -> {
            if (registry != null && at >= registryFrom) {
                registry.observe(stored.article());
                registryTail++;
            }
            catalog.add(stored);
            if (withEntities || fromSnapshot) {
                Set<String> mentioned = entities.add(stored.article().mentions(), stored.article().language(), stored.story());
                if (withEntities) {
                    touched.addAll(mentioned);
                }
            }
            stories.add(stored.story());
            articles++;
            lastId = stored.article().id();
            if (alongside != null) {
                alongside.visit(stored);
            }
        });
        if (registry != null) {
            registryPosition = Math.max(registryPosition, position);
            saveRegistryIfBehind();
        }
        if (!stories.isEmpty() || restarted) {
            views = null;
        }
        long unsaved = articles - snapshotArticles;
        if (fromSnapshot && unsaved >= Math.max(saveMin, snapshotArticles / 4) && !saveFailed) {
            try {
                CatalogSnapshot.write(store, merges, aliasesStamp, position, articles, lastId, catalog, entities);
                snapshotArticles = articles;
            } catch (IOException | RuntimeException e) {
                saveFailed = true;
                LOG.log(System.Logger.Level.WARNING, "{0}: catalog snapshot not saved ({1}); the next open reads the whole journal",
                        store.dir(), e.toString());
            }
        }
        return new Change(articles, stories, touched, restarted);
    }

    /**
     * Takes the catalog snapshot's state when it is usable, reporting all its stories (and, with
     * entities, all its entities) as changed; the registry, when loaded, first catches up with
     * the journal past its own snapshot.
     */
    private void startFromSnapshot(Set<String> stories, Set<String> touched) throws IOException {
        CatalogSnapshot.Loaded loaded = CatalogSnapshot.read(store, aliasesStamp, aliases, registry);
        if (loaded == null) {
            return;
        }
        if (registry != null && registryPosition < loaded.position()) {
            registryPosition = store.forEachFrom(registryPosition, (Store.Visitor) stored -> {
                registry.observe(stored.article());
                registryTail++;
            });
        }
        catalog = loaded.catalog();
        entities = loaded.entities();
        position = loaded.position();
        articles = loaded.articles();
        snapshotArticles = articles;
        lastId = loaded.lastId();
        stories.addAll(catalog.ids());
        if (withEntities) {
            touched.addAll(entities.mentionCounts().keySet());
        }
    }

    /** The number of articles read so far. */
    public synchronized long articles() {
        return articles;
    }

    /**
     * The stories read so far, largest first, then by latest date, then by id; a story's view is
     * built again only after it changed.
     */
    public synchronized List<StoryView> stories() {
        if (views == null) {
            views = List.copyOf(catalog.views());
        }
        return views;
    }

    /** The first {@code limit} of {@link #stories()}, building only their views. */
    public synchronized List<StoryView> stories(int limit) {
        return views != null ? views.subList(0, Math.min(limit, views.size())) : List.copyOf(catalog.views(limit));
    }

    /** The number of stories read so far. */
    public synchronized int storyCount() {
        return catalog.size();
    }

    /** One story as read so far, if there is one with this id (after merges). */
    synchronized Optional<StoryView> story(String id) {
        return Optional.ofNullable(catalog.view(store.canonical(id)));
    }

    /**
     * The view of one story from its articles as {@link Store#story} reads them, without reading
     * the rest of the store; empty when it has none.
     */
    public Optional<StoryView> view(List<StoredArticle> articles) {
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        StoryCatalog one = new StoryCatalog(aliases);
        articles.forEach(one::add);
        return Optional.of(one.views().get(0));
    }

    /**
     * The timeline, summary, quotes and coverage of a story whose articles are {@code articles}
     * (arrival order), entity ids corrected; sentences prefer {@code language} (ISO 639-1) when a
     * source offers one, else the story's own language ({@code null}).
     */
    public StoryDetails details(List<StoredArticle> articles, String language) {
        return details.build(corrected(articles), language);
    }

    /** {@code a} with its mentions' entity ids corrected by the aliases. */
    public Article corrected(Article a) {
        if (aliases.isEmpty()) {
            return a;
        }
        return new Article(a.id(), a.origin(), a.url(), a.source(), a.title(), a.text(), a.language(),
                a.languageConfidence(), a.published(), aliases.apply(a.mentions()), a.timexes(), a.decoding());
    }

    /** The articles of {@code stored}, in its order, their entity ids corrected. */
    public List<Article> corrected(List<StoredArticle> stored) {
        List<Article> out = new ArrayList<>(stored.size());
        for (StoredArticle s : stored) {
            out.add(corrected(s.article()));
        }
        return out;
    }

    /**
     * The registry: the snapshot plus the journal past it; for a model without entities, loaded
     * (and its tail replayed) on first call. Callers only read it, under no lock of theirs: it is
     * changed by {@link #refresh} alone.
     */
    synchronized EntityRegistry registry() throws IOException {
        if (registry == null) {
            loadRegistrySnapshot();
            registryPosition = store.forEachFrom(registryPosition, (Store.Visitor) stored -> {
                registry.observe(stored.article());
                registryTail++;
            });
            saveRegistryIfBehind();
        }
        return registry;
    }

    /** How many articles past its snapshot the registry was built from so far (the tail replayed). */
    public synchronized long registryTail() {
        return registryTail;
    }

    /** Every entity of the store, most mentioned first; for a model {@link #withEntities with entities}. */
    public synchronized List<EntitySummary> entities() {
        return requireEntities().summaries();
    }

    /** One entity of the store, or {@code null} when nothing mentions it; for a model with entities. */
    public synchronized EntitySummary entity(String id) {
        return requireEntities().summary(id);
    }

    /** The stories mentioning entity {@code id}, in order of first mention; for a model with entities. */
    public synchronized List<String> storiesMentioning(String id) {
        return requireEntities().groups(id);
    }

    /** The entities of these articles (one story's), named and typed by the registry, most mentioned first. */
    public List<EntitySummary> entitiesOf(List<StoredArticle> articles) throws IOException {
        EntityRegistry known = registry();
        synchronized (this) {
            EntityTally tally = new EntityTally(aliases, known);
            articles.forEach(s -> tally.add(s.article().mentions(), s.article().language()));
            return tally.summaries();
        }
    }

    /** Articles per publication day of story {@code id}, as read so far. */
    public synchronized java.util.SortedMap<java.time.LocalDate, Integer> days(String id) {
        return catalog.days(store.canonical(id));
    }

    /** Entity id (after aliases) to its mentions in story {@code id}, as read so far. */
    public synchronized Map<String, Integer> entityCounts(String id) {
        return catalog.entityCounts(store.canonical(id));
    }

    private EntityTally requireEntities() {
        if (!withEntities) {
            throw new IllegalStateException("this read model was opened without entities");
        }
        return entities;
    }

    private void loadRegistrySnapshot() {
        RegistrySnapshot.Loaded loaded = RegistrySnapshot.read(store.dir(), store.size());
        registry = loaded.registry();
        registryPosition = loaded.position();
        registryArticles = loaded.articles();
        registrySaved = loaded.articles();
    }

    /**
     * Saves the registry as the data directory's {@code entities.snapshot} when it replayed many
     * articles past its last snapshot (the rule of the catalog snapshot), so that the next open
     * does not replay them again; a failed save is logged and otherwise ignored.
     */
    private void saveRegistryIfBehind() {
        long covered = registryArticles + registryTail;
        if (covered - registrySaved < Math.max(saveMin, registrySaved / 4) || saveFailed) {
            return;
        }
        try {
            RegistrySnapshot.write(store.dir(), registry, registryPosition, covered);
            registrySaved = covered;
        } catch (IOException | RuntimeException e) {
            saveFailed = true;
            LOG.log(System.Logger.Level.WARNING, "{0}: entity registry snapshot not saved ({1})", store.dir(), e.toString());
        }
    }
}
