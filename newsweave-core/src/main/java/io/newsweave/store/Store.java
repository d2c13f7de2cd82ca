package io.newsweave.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.json.ArticleJson;
import io.newsweave.model.Article;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded store under a data directory: an append-only {@link Journal} (the source of truth)
 * and a Lucene index derived from it ({@link ArticleIndex}). An article is durable once
 * {@link #sync()} returns after its {@link #add}; a crash at any point loses nothing synced, and
 * opening the store replays the journal past the index's last commit. Adding an article whose id
 * is already stored does nothing. Merges of stories or events go to their own small journal
 * ({@code merges.log}) and are applied when articles are read back: every read returns story and
 * event ids after merges, while the index keeps the ids articles were placed with. One writer process per data directory (Lucene's lock enforces
 * it). Thread-safe: writes are serialized; reads run alongside them and see what was added before
 * they started.
 */
public final class Store implements Closeable {

    /** The journal's own reader and writer of its records. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JOURNAL_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static final long COMMIT_EVERY = 20_000;

    private final Path dir;
    private final Journal journal;
    private final ArticleIndex index;
    private final Quarantine quarantine;
    private final Merges merges;
    private final LineageLog lineage;
    private final Set<String> ids;
    private final boolean readOnly;
    private long nextSeq;
    private long uncommitted;

    private Store(Path dir, boolean readOnly) throws IOException {
        this.dir = dir;
        this.readOnly = readOnly;
        if (readOnly) {
            this.index = ArticleIndex.readOnly(dir.resolve("index"));
            this.journal = Journal.readOnly(dir.resolve("journal.log"), index.committedJournalOffset());
            this.merges = Merges.readOnly(dir.resolve("merges.log"));
            this.lineage = LineageLog.readOnly(dir.resolve("lineage.log"));
        } else {
            Files.createDirectories(dir);
            this.index = new ArticleIndex(dir.resolve("index"));
            this.journal = new Journal(dir.resolve("journal.log"));
            this.merges = new Merges(dir.resolve("merges.log"));
            this.lineage = new LineageLog(dir.resolve("lineage.log"));
        }
        this.quarantine = new Quarantine(dir.resolve("quarantine"));
        long committed = index.committedJournalOffset();
        long[] maxSeq = {index.maxSeq()};
        journal.replay(committed, (offset, payload) -> {
            StoredArticle stored = decode(payload);
            index.put(stored, payload, null);
            maxSeq[0] = Math.max(maxSeq[0], stored.seq());
        });
        index.commit(journal.position());
        this.ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        this.ids.addAll(index.allIds());
        this.nextSeq = maxSeq[0] + 1;
    }

    /** Opens (creating if needed) the store in {@code dir}, replaying the journal into the index. */
    public static Store open(Path dir) throws IOException {
        return new Store(dir, false);
    }

    /**
     * A read-only, point-in-time view of the store in {@code dir}, which may be open for writing by
     * another process at the same time: the index's last commit plus the journal's records past it
     * up to the last whole one written when the view opens (indexed in memory), and the merges
     * recorded by then. It takes no lock and writes nothing; writing methods throw
     * {@link IllegalStateException}. A missing directory reads as an empty store.
     */
    public static Store openReadOnly(Path dir) throws IOException {
        return new Store(dir, true);
    }

    /** Whether this is a {@link #openReadOnly read-only view}. */
    boolean readOnly() {
        return readOnly;
    }

    private void writable() {
        if (readOnly) {
            throw new IllegalStateException("the store in " + dir + " is open read-only");
        }
    }

    public Path dir() {
        return dir;
    }

    public Quarantine quarantine() {
        return quarantine;
    }

    public boolean contains(String articleId) {
        return ids.contains(articleId);
    }

    /** Number of articles stored. */
    public int size() {
        return ids.size();
    }

    /**
     * Appends an article placed in {@code story}, alone in its event; returns it stored, or empty
     * when its id is already there. Durable only after {@link #sync()}.
     */
    public Optional<StoredArticle> add(Article article, String story, List<String> keys) throws IOException {
        return add(article, story, StoredArticle.soleEvent(article.id()), keys);
    }

    /**
     * Appends an article placed in {@code story} and {@code event}; returns it stored, or empty
     * when its id is already there. Durable only after {@link #sync()}.
     */
    public Optional<StoredArticle> add(Article article, String story, String event, List<String> keys) throws IOException {
        return add(article, story, event, keys, null);
    }

    /**
     * As {@link #add(Article, String, String, List)}, with the keys already coded (null to code
     * them here) for the index.
     */
    public synchronized Optional<StoredArticle> add(Article article, String story, String event, List<String> keys,
                                                    io.newsweave.cluster.CodedKeys coded) throws IOException {
        return add(article, story, event, keys, coded, null);
    }

    /**
     * As {@link #add(Article, String, String, List, io.newsweave.cluster.CodedKeys)}, with the
     * article's lineage features already computed (null to compute them here) for the index.
     */
    public synchronized Optional<StoredArticle> add(Article article, String story, String event, List<String> keys,
                                                    io.newsweave.cluster.CodedKeys coded,
                                                    io.newsweave.lineage.LineageFeatures lineage) throws IOException {
        writable();
        if (!ids.add(article.id())) {
            return Optional.empty();
        }
        StoredArticle stored = new StoredArticle(nextSeq++, article, story, event, keys);
        byte[] record = encode(stored);
        journal.append(record);
        index.put(stored, record, coded, lineage);
        if (++uncommitted >= COMMIT_EVERY) {
            commit();
        }
        return Optional.of(stored);
    }

    /**
     * Records that story or event {@code from} is one with {@code into}: from then on, articles
     * of {@code from} read back in {@code into}. Returns false when they are one already. Durable
     * after {@link #sync()}.
     */
    public synchronized boolean merge(String from, String into) throws IOException {
        writable();
        return merges.merge(from, into);
    }

    /**
     * Records a lineage link (a sighting, copy, reuse or translation found at ingest). Durable
     * after {@link #sync()}.
     */
    public synchronized void link(io.newsweave.lineage.LineageLink link) throws IOException {
        writable();
        lineage.add(link);
    }

    /** Every lineage link recorded, in the order found. */
    public List<io.newsweave.lineage.LineageLink> links() {
        return lineage.links();
    }

    private io.newsweave.lineage.LineageGraph lineageGraph = io.newsweave.lineage.LineageGraph.EMPTY;

    /** The lineage of the stored articles, as of the links recorded so far (rebuilt when links were added). */
    public synchronized io.newsweave.lineage.LineageGraph lineage() {
        if (lineageGraph.links() != lineage.count()) {
            lineageGraph = io.newsweave.lineage.LineageGraph.of(lineage.links());
        }
        return lineageGraph;
    }

    /** How many lineage links the store holds; a change means the lineage view must be rebuilt. */
    public int linkCount() {
        return lineage.count();
    }

    /** The id a story or event id reads back as, after merges. */
    public String canonical(String clusterId) {
        return merges.canonical(clusterId);
    }

    /** How many merges the store has recorded; a change means stories or events were joined. */
    public int mergeCount() {
        return merges.count();
    }

    /** Makes every article and merge added so far durable. */
    public synchronized void sync() throws IOException {
        merges.sync();
        lineage.sync();
        journal.sync();
    }

    /** Syncs the journal and commits the index, so the next open replays less. */
    public synchronized void commit() throws IOException {
        merges.sync();
        lineage.sync();
        journal.sync();
        index.commit(journal.position());
        uncommitted = 0;
    }

    /** The search side of the index, for candidate queries and lookups. */
    public ArticleIndex index() {
        return index;
    }

    /** Every stored article in arrival order, streamed from the journal. */
    public void forEach(Visitor visitor) throws IOException {
        journal.replay(0, (offset, payload) -> visitor.visit(decode(payload).resolved(merges)));
    }

    /**
     * The articles appended at or after journal position {@code position} ({@code 0}: all of them),
     * in arrival order; returns the position reached, to pass to the next call and so visit only
     * what arrived since. Positions are opaque; only {@code 0} and returned values are valid.
     */
    public long forEachFrom(long position, Visitor visitor) throws IOException {
        return journal.replay(position, (offset, payload) -> visitor.visit(decode(payload).resolved(merges)));
    }

    /**
     * As {@link #forEachFrom(long, Visitor)}, telling the visitor where each article's record starts
     * in the journal (a position {@link #forEachFrom(long, Visitor)} and a registry snapshot can
     * be compared with).
     */
    public long forEachFrom(long position, PositionedVisitor visitor) throws IOException {
        return journal.replay(position, (offset, payload) -> visitor.visit(offset, decode(payload).resolved(merges)));
    }

    /**
     * How many stories the store holds (after merges), counted from the index without reading any
     * article.
     */
    public int storyCount() throws IOException {
        java.util.Set<String> stories = new java.util.HashSet<>();
        for (String id : index.storyIds()) {
            stories.add(merges.canonical(id));
        }
        return stories.size();
    }

    /** Receives stored articles one at a time, with the journal position their record starts at. */
    @FunctionalInterface
    public interface PositionedVisitor {
        void visit(long position, StoredArticle article) throws IOException;
    }

    /** Receives stored articles one at a time. */
    @FunctionalInterface
    public interface Visitor {
        void visit(StoredArticle article) throws IOException;
    }

    /** One article by id. */
    public Optional<StoredArticle> get(String id) throws IOException {
        Optional<byte[]> record = index.byId(id);
        return record.isEmpty() ? Optional.empty() : Optional.of(decode(record.get()).resolved(merges));
    }

    /** The articles of one story (after merges, whichever of its ids is given) in arrival order. */
    public List<StoredArticle> story(String storyId) throws IOException {
        List<StoredArticle> out = new ArrayList<>();
        for (byte[] payload : index.byStory(merges.members(storyId))) {
            out.add(decode(payload).resolved(merges));
        }
        out.sort(java.util.Comparator.comparingLong(StoredArticle::seq));
        return out;
    }

    /**
     * What the index holds of each article of one story (after merges, whichever of its ids is
     * given), in arrival order, without reading any article: see {@link StoryMember}.
     */
    public List<StoryMember> members(String storyId) throws IOException {
        List<StoryMember> out = new ArrayList<>(index.members(merges.members(storyId)));
        out.sort(java.util.Comparator.comparingLong(StoryMember::seq));
        return out;
    }

    /**
     * The first and last publication day (epoch days) of the dated articles of one story (after
     * merges) that the index can see, or {@code null} when it has none. Reads doc values only.
     */
    public long[] storyDays(String storyId) throws IOException {
        return index.days(merges.members(storyId));
    }

    /**
     * The coded features of the last {@code limit} articles by arrival of one story (after
     * merges) that the index can see, latest first. Reads doc values only.
     */
    public List<ArticleIndex.Keyed> latestKeys(String storyId, int limit) throws IOException {
        return index.latestKeys(merges.members(storyId), limit);
    }

    /** The stored articles of these ids, in the order given; ids not stored are left out. */
    public List<StoredArticle> articles(List<String> ids) throws IOException {
        java.util.Map<String, StoredArticle> byId = new java.util.HashMap<>(ids.size() * 2);
        for (byte[] payload : index.byIds(new java.util.LinkedHashSet<>(ids))) {
            StoredArticle stored = decode(payload).resolved(merges);
            byId.put(stored.article().id(), stored);
        }
        List<StoredArticle> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            StoredArticle stored = byId.get(id);
            if (stored != null) {
                out.add(stored);
            }
        }
        return out;
    }

    static byte[] encode(StoredArticle stored) throws IOException {
        ObjectNode node = JOURNAL_JSON.createObjectNode();
        node.put("seq", stored.seq());
        node.put("story", stored.story());
        node.put("event", stored.event());
        node.set("keys", JOURNAL_JSON.valueToTree(stored.keys()));
        node.set("article", ArticleJson.toNode(stored.article()));
        return JOURNAL_JSON.writeValueAsBytes(node);
    }

    static StoredArticle decode(byte[] payload) throws IOException {
        JsonNode node = JOURNAL_JSON.readTree(payload);
        List<String> keys = new ArrayList<>();
        node.path("keys").forEach(k -> keys.add(k.asText()));
        Article article = ArticleJson.fromNode(node.path("article"));
        String event = node.path("event").asText("");
        return new StoredArticle(node.path("seq").asLong(), article, node.path("story").asText(),
                event.isEmpty() ? StoredArticle.soleEvent(article.id()) : event, keys);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (!readOnly) {
                quarantine.flush();
                commit();
            }
        } finally {
            try {
                journal.close();
                merges.close();
                lineage.close();
            } finally {
                index.close();
            }
        }
    }
}
