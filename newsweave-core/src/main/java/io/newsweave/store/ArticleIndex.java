package io.newsweave.store;

import io.newsweave.cluster.CodedKeys;
import io.newsweave.model.Article;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The Lucene index of stored articles, derived from the journal: full text, story, dates and the
 * grouping keys, with the whole record stored for lookups. Its commits remember how far into the
 * journal they reach. Reads see writes after {@link #refresh()}. Single writer; reads are
 * thread-safe.
 */
public final class ArticleIndex implements Closeable {

    static final String ID = "id";
    static final String SEQ = "seq";
    static final String STORY = "story";
    static final String DAY = "day";
    static final String KEYS = "keys";
    static final String RECORD = "record";
    /** Story and keys again as doc values: candidates read them without decompressing records. */
    static final String STORY_DV = "dv.story";
    /** The keys as spaced text: written by earlier versions, still read from their segments. */
    static final String KEYS_DV = "dv.keys";
    /** The keys coded ({@link CodedKeys#encode}), what candidates are compared by. */
    private static final String CODED_DV = "dv.coded";
    static final String EVENT_DV = "dv.event";
    static final String SOURCE = "source";
    static final String ENTITY = "entity";
    static final String LANGUAGE = "language";
    static final String FACET_LANGUAGE = "facet.language";
    static final String FACET_SOURCE = "facet.source";
    static final String FACET_ENTITY = "facet.entity";
    static final String FACET_DAY = "facet.day";
    static final String JOURNAL_OFFSET = "journalOffset";
    /** {@link io.newsweave.lineage.LineageFeatures#encode()}: what a candidate is compared by. */
    private static final String LINEAGE_DV = "dv.lineage";
    /** Marks articles without a publication date: dated articles find them among recent arrivals. */
    static final String UNDATED = "undated";

    /** Time a search may take by default, parsing excluded (the {@link QueryLimits} bound that). */
    public static final Duration SEARCH_BUDGET = Duration.ofSeconds(2);
    /** Searches with wildcard, fuzzy, regular expression or range terms that may run at once: half the cores. */
    static final int EXPANDING_SEARCHES = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    /** How long such a search waits for a turn before it is refused. */
    private static final Duration EXPANDING_WAIT = Duration.ofMillis(50);

    private final org.apache.lucene.store.Directory directory;
    private final IndexWriter writer;
    private final org.apache.lucene.search.ReferenceManager<IndexSearcher> searchers;
    /** The journal offset of the commit a read-only view reads, or -1 for the writer's index. */
    private final long readOnlyOffset;
    /** The on-disk directory a read-only view reads its commit from, or {@code null}. */
    private final FSDirectory committedDirectory;
    /** Turns for searches with expanding terms (package-private: tests take them all). */
    final Semaphore expanding = new Semaphore(EXPANDING_SEARCHES);

    ArticleIndex(Path path) throws IOException {
        this.directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        this.readOnlyOffset = -1;
        this.committedDirectory = null;
    }

    private ArticleIndex(org.apache.lucene.store.Directory memory, FSDirectory disk, DirectoryReader committed,
                         long committedOffset) throws IOException {
        this.directory = memory;
        this.committedDirectory = disk;
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(memory, config);
        this.searchers = new OverlaySearchers(committed, writer);
        this.readOnlyOffset = committedOffset;
    }

    /**
     * A read-only view of the index at {@code path}: its last commit, read without the writer's
     * lock (so while a writer runs), plus what {@link #put} adds in memory (the journal's records
     * past that commit). Empty when there is no index yet; nothing is written to {@code path}.
     */
    static ArticleIndex readOnly(Path path) throws IOException {
        FSDirectory disk = null;
        DirectoryReader committed = null;
        long offset = 0;
        if (java.nio.file.Files.isDirectory(path)) {
            disk = FSDirectory.open(path);
            if (DirectoryReader.indexExists(disk)) {
                committed = DirectoryReader.open(disk);
                String value = committed.getIndexCommit().getUserData().get(JOURNAL_OFFSET);
                offset = value == null ? 0 : Long.parseLong(value);
            } else {
                disk.close();
                disk = null;
            }
        }
        return new ArticleIndex(new org.apache.lucene.store.ByteBuffersDirectory(), disk, committed, offset);
    }

    long committedJournalOffset() {
        if (readOnlyOffset >= 0) {
            return readOnlyOffset;
        }
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(JOURNAL_OFFSET)) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return 0;
    }

    /** Indexes a stored article; {@code coded} is its keys coded, or null to code them here. */
    void put(StoredArticle stored, byte[] record, CodedKeys coded) throws IOException {
        put(stored, record, coded, null);
    }

    /**
     * Indexes a stored article; {@code coded} is its keys coded, or null to code them here;
     * {@code lineage} its lineage features, or null to compute them here (a read-only view, which
     * places nothing, indexes none).
     */
    void put(StoredArticle stored, byte[] record, CodedKeys coded, io.newsweave.lineage.LineageFeatures lineage)
            throws IOException {
        Article a = stored.article();
        Document doc = new Document();
        if (readOnlyOffset < 0) {
            io.newsweave.lineage.LineageFeatures features = lineage != null ? lineage : io.newsweave.lineage.LineageFeatures.of(a);
            doc.add(new org.apache.lucene.document.BinaryDocValuesField(LINEAGE_DV, new BytesRef(features.encode())));
        }
        doc.add(new StringField(ID, a.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        doc.add(new LongPoint(SEQ, stored.seq()));
        doc.add(new NumericDocValuesField(SEQ, stored.seq()));
        doc.add(new StringField(STORY, stored.story(), Field.Store.NO));
        if (a.published().known()) {
            doc.add(new IntPoint(DAY, (int) a.published().date().toEpochDay()));
        } else {
            doc.add(new StringField(UNDATED, "1", Field.Store.NO));
        }
        for (String key : new java.util.LinkedHashSet<>(stored.keys())) {
            doc.add(new StringField(KEYS, key, Field.Store.NO));
        }
        CodedKeys codes = coded != null ? coded : CodedKeys.of(stored.keys());
        doc.add(new org.apache.lucene.document.BinaryDocValuesField(CODED_DV, new BytesRef(codes.encode())));
        doc.add(new SortedDocValuesField(STORY_DV, new BytesRef(stored.story())));
        doc.add(new SortedDocValuesField(EVENT_DV, new BytesRef(stored.event())));
        doc.add(new TextField("title", a.title(), Field.Store.NO));
        doc.add(new TextField("text", a.text(), Field.Store.NO));
        doc.add(new StringField(LANGUAGE, a.language(), Field.Store.NO));
        doc.add(new SortedSetDocValuesField(FACET_LANGUAGE, new BytesRef(a.language())));
        if (a.source() != null && !a.source().isEmpty()) {
            doc.add(new StringField(SOURCE, a.source(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(FACET_SOURCE, new BytesRef(a.source())));
        }
        java.util.Set<String> entities = new java.util.TreeSet<>();
        a.mentions().forEach(m -> {
            if (m.entity() != null && !m.entity().isEmpty()) {
                entities.add(m.entity());
            }
        });
        for (String entity : entities) {
            doc.add(new StringField(ENTITY, entity, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(FACET_ENTITY, new BytesRef(entity)));
        }
        if (a.published().known()) {
            doc.add(new NumericDocValuesField(FACET_DAY, a.published().date().toEpochDay()));
        }
        doc.add(new StoredField(RECORD, record));
        writer.updateDocument(new Term(ID, a.id()), doc);
    }

    void commit(long journalOffset) throws IOException {
        if (readOnlyOffset >= 0) {
            searchers.maybeRefreshBlocking(); // a view commits nothing: it shows what it added
            return;
        }
        writer.setLiveCommitData(Map.of(JOURNAL_OFFSET, Long.toString(journalOffset)).entrySet());
        writer.commit();
        searchers.maybeRefresh();
    }

    /** Makes everything put so far visible to searches. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    long maxSeq() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            long max = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var values = leaf.reader().getNumericDocValues(SEQ);
                if (values != null) {
                    while (values.nextDoc() != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                        max = Math.max(max, values.longValue());
                    }
                }
            }
            return max;
        } finally {
            searchers.release(searcher);
        }
    }

    List<String> allIds() throws IOException {
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            List<String> ids = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues values = leaf.reader().getSortedDocValues(ID);
                var live = leaf.reader().getLiveDocs();
                if (values != null) {
                    while (values.nextDoc() != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                        if (live == null || live.get(values.docID())) {
                            ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                        }
                    }
                }
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The story ids articles were placed in (before merges), from doc values: no record is read. */
    java.util.Set<String> storyIds() throws IOException {
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues values = leaf.reader().getSortedDocValues(STORY_DV);
                if (values != null) {
                    var terms = values.termsEnum();
                    for (BytesRef t = terms.next(); t != null; t = terms.next()) {
                        out.add(t.utf8ToString());
                    }
                }
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    Optional<byte[]> byId(String id) throws IOException {
        List<byte[]> found = records(new TermQuery(new Term(ID, id)), 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The records placed in any of these story ids. */
    List<byte[]> byStory(java.util.Collection<String> stories) throws IOException {
        if (stories.size() == 1) {
            return records(new TermQuery(new Term(STORY, stories.iterator().next())), Integer.MAX_VALUE);
        }
        List<BytesRef> terms = new ArrayList<>();
        stories.forEach(s -> terms.add(new BytesRef(s)));
        return records(new org.apache.lucene.search.TermInSetQuery(STORY, terms), Integer.MAX_VALUE);
    }

    /**
     * The articles placed in any of these story ids, from doc values (no record is read), in
     * index order.
     */
    List<StoryMember> members(java.util.Collection<String> stories) throws IOException {
        List<BytesRef> terms = new ArrayList<>();
        stories.forEach(s -> terms.add(new BytesRef(s)));
        Query query = new org.apache.lucene.search.TermInSetQuery(STORY, terms);
        IndexSearcher searcher = searchers.acquire();
        try {
            List<StoryMember> out = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var scorer = searcher.createWeight(searcher.rewrite(query), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1)
                        .scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                var reader = leaf.reader();
                var live = reader.getLiveDocs();
                SortedDocValues ids = reader.getSortedDocValues(ID);
                var seqs = reader.getNumericDocValues(SEQ);
                var days = reader.getNumericDocValues(FACET_DAY);
                var languages = reader.getSortedSetDocValues(FACET_LANGUAGE);
                var sources = reader.getSortedSetDocValues(FACET_SOURCE);
                var docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live != null && !live.get(doc) || ids == null || !ids.advanceExact(doc)) {
                        continue;
                    }
                    String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                    long seq = seqs != null && seqs.advanceExact(doc) ? seqs.longValue() : 0;
                    LocalDate day = days != null && days.advanceExact(doc) ? LocalDate.ofEpochDay(days.longValue()) : null;
                    out.add(new StoryMember(id, seq, first(sources, doc), first(languages, doc), day));
                }
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    private static String first(org.apache.lucene.index.SortedSetDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.lookupOrd(values.nextOrd()).utf8ToString() : null;
    }

    /**
     * The first and last publication day (epoch days) of the dated articles the index can see
     * placed in any of these story ids, or {@code null} when none is dated. Reads doc values only.
     */
    long[] days(java.util.Collection<String> stories) throws IOException {
        List<BytesRef> terms = new ArrayList<>();
        stories.forEach(s -> terms.add(new BytesRef(s)));
        Query query = new org.apache.lucene.search.TermInSetQuery(STORY, terms);
        IndexSearcher searcher = searchers.acquire();
        try {
            long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};
            org.apache.lucene.search.Weight weight = searcher.createWeight(searcher.rewrite(query),
                    org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
                org.apache.lucene.index.NumericDocValues published = leaf.reader().getNumericDocValues(FACET_DAY);
                if (scorer == null || published == null) {
                    continue;
                }
                var it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (published.advanceExact(doc)) {
                        span[0] = Math.min(span[0], published.longValue());
                        span[1] = Math.max(span[1], published.longValue());
                    }
                }
            }
            return span[0] > span[1] ? null : span;
        } finally {
            searchers.release(searcher);
        }
    }

    /** An article's arrival sequence number and coded features. */
    public record Keyed(long seq, CodedKeys keys) {
    }

    /**
     * The coded features of the last {@code limit} articles by arrival that the index can see
     * placed in any of these story ids, latest first. Reads doc values only.
     */
    List<Keyed> latestKeys(java.util.Collection<String> stories, int limit) throws IOException {
        List<BytesRef> terms = new ArrayList<>();
        stories.forEach(s -> terms.add(new BytesRef(s)));
        Query query = new org.apache.lucene.search.TermInSetQuery(STORY, terms);
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(query, Math.max(1, limit),
                    new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(SEQ, org.apache.lucene.search.SortField.Type.LONG, true)));
            List<Keyed> out = new ArrayList<>(top.scoreDocs.length);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (var hit : top.scoreDocs) {
                int sub = org.apache.lucene.index.ReaderUtil.subIndex(hit.doc, leaves);
                var reader = leaves.get(sub).reader();
                int local = hit.doc - leaves.get(sub).docBase;
                var seqs = reader.getNumericDocValues(SEQ);
                var coded = reader.getBinaryDocValues(CODED_DV);
                var listed = reader.getBinaryDocValues(KEYS_DV);
                long seq = seqs != null && seqs.advanceExact(local) ? seqs.longValue() : 0;
                out.add(new Keyed(seq, features(coded, listed, local)));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The records of these article ids that are stored, in no particular order. */
    List<byte[]> byIds(java.util.Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<BytesRef> terms = new ArrayList<>();
        ids.forEach(id -> terms.add(new BytesRef(id)));
        return records(new org.apache.lucene.search.TermInSetQuery(ID, terms), ids.size());
    }

    /**
     * A stored article as a clustering candidate, without the article: its id, the story and
     * event it was placed in (before merges), its features and its publication date (or null).
     */
    public record Neighbour(String id, long seq, String story, String event, CodedKeys keys, LocalDate date) {
    }

    /**
     * The articles best matching any of {@code keys}, published within {@code days} of
     * {@code date} or undated among the last {@code recent} arrivals (for an undated article: any
     * among the last {@code recent} arrivals), best first. Undated articles indexed before
     * version 0.1's undated marker are found by undated articles only.
     * Reads only the stored story and keys, not the whole record.
     */
    public List<Neighbour> nearest(List<String> keys, LocalDate date, int days, long lastSeq, long recent, int limit)
            throws IOException {
        double[] weights = new double[keys.size()];
        java.util.Arrays.fill(weights, 1);
        return nearest(keys, weights, date, days, lastSeq, recent, limit);
    }

    /**
     * As {@link #nearest(List, LocalDate, int, long, long, int)}, ranked by the summed weights of
     * the keys each has ({@code weights} by position), ties to the latest arrival: the ranking a
     * caller can apply alike to articles the index cannot see yet.
     */
    public List<Neighbour> nearest(List<String> keys, double[] weights, LocalDate date, int days, long lastSeq, long recent,
                                   int limit) throws IOException {
        if (keys.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (int i = 0, n = Math.min(keys.size(), IndexSearcher.getMaxClauseCount() - 2); i < n; i++) {
            Query term = new org.apache.lucene.search.ConstantScoreQuery(new TermQuery(new Term(KEYS, keys.get(i))));
            terms.add(new org.apache.lucene.search.BoostQuery(term, (float) weights[i]), BooleanClause.Occur.SHOULD);
        }
        // points when the window is what selects, doc values when the rare keys do (the usual case):
        // checking a few dozen matches against doc values beats collecting the whole window
        Query recentArrivals = new org.apache.lucene.search.IndexOrDocValuesQuery(
                LongPoint.newRangeQuery(SEQ, Math.max(0, lastSeq - recent), Long.MAX_VALUE),
                NumericDocValuesField.newSlowRangeQuery(SEQ, Math.max(0, lastSeq - recent), Long.MAX_VALUE));
        Query window = recentArrivals;
        if (date != null) {
            // a dated article sees those dated near it, and the undated among the recent arrivals,
            // as an undated article sees every recent arrival
            Query near = new org.apache.lucene.search.IndexOrDocValuesQuery(
                    IntPoint.newRangeQuery(DAY, (int) date.toEpochDay() - days, (int) date.toEpochDay() + days),
                    NumericDocValuesField.newSlowRangeQuery(FACET_DAY, date.toEpochDay() - days, date.toEpochDay() + days));
            Query undatedRecent = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(UNDATED, "1")), BooleanClause.Occur.FILTER)
                    .add(recentArrivals, BooleanClause.Occur.FILTER)
                    .build();
            window = new BooleanQuery.Builder()
                    .add(near, BooleanClause.Occur.SHOULD)
                    .add(undatedRecent, BooleanClause.Occur.SHOULD)
                    .build();
        }
        Query query = new BooleanQuery.Builder()
                .add(terms.build(), BooleanClause.Occur.MUST)
                .add(window, BooleanClause.Occur.FILTER)
                .build();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(query, Math.max(1, limit), new org.apache.lucene.search.Sort(
                    org.apache.lucene.search.SortField.FIELD_SCORE,
                    new org.apache.lucene.search.SortField(SEQ, org.apache.lucene.search.SortField.Type.LONG, true)), false);
            int[] docs = inDocOrder(top);
            List<Neighbour> out = new ArrayList<>(docs.length);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int leafIndex = -1;
            SortedDocValues ids = null;
            SortedDocValues stories = null;
            SortedDocValues events = null;
            org.apache.lucene.index.NumericDocValues published = null;
            org.apache.lucene.index.BinaryDocValues keyValues = null;
            org.apache.lucene.index.BinaryDocValues codedValues = null;
            org.apache.lucene.index.NumericDocValues seqs = null;
            for (int doc : docs) {
                int sub = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
                if (sub != leafIndex) {
                    leafIndex = sub;
                    var reader = leaves.get(sub).reader();
                    ids = reader.getSortedDocValues(ID);
                    stories = reader.getSortedDocValues(STORY_DV);
                    events = reader.getSortedDocValues(EVENT_DV);
                    published = reader.getNumericDocValues(FACET_DAY);
                    keyValues = reader.getBinaryDocValues(KEYS_DV);
                    codedValues = reader.getBinaryDocValues(CODED_DV);
                    seqs = reader.getNumericDocValues(SEQ);
                }
                int local = doc - leaves.get(sub).docBase;
                String id = ids != null && ids.advanceExact(local) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
                String story = stories != null && stories.advanceExact(local) ? stories.lookupOrd(stories.ordValue()).utf8ToString() : "";
                CodedKeys features = features(codedValues, keyValues, local);
                String event = events != null && events.advanceExact(local) ? events.lookupOrd(events.ordValue()).utf8ToString()
                        : StoredArticle.soleEvent(id);
                LocalDate day = published != null && published.advanceExact(local) ? LocalDate.ofEpochDay(published.longValue()) : null;
                long seq = seqs != null && seqs.advanceExact(local) ? seqs.longValue() : 0;
                out.add(new Neighbour(id, seq, story, event, features, day));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The hits' doc ids in index order, so that each segment's doc values are opened once and read forward. */
    private static int[] inDocOrder(TopDocs top) {
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        java.util.Arrays.sort(docs);
        return docs;
    }

    /** A stored article's lineage features, with its id and arrival number. */
    public record Sketched(String id, long seq, io.newsweave.lineage.LineageFeatures features) {
    }

    /**
     * The lineage features of the {@code limit} articles last added (highest arrival numbers), in
     * arrival order: what lineage compares newcomers with when a pipeline starts. Articles indexed
     * without lineage features are left out. Reads the arrival numbers of every article, then the
     * features of the chosen ones.
     */
    public List<Sketched> recentSketched(int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            long[] all = new long[searcher.getIndexReader().numDocs()];
            int n = 0;
            for (LeafReaderContext leaf : leaves) {
                org.apache.lucene.index.NumericDocValues seqs = leaf.reader().getNumericDocValues(SEQ);
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                for (int doc = seqs == null ? org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS : seqs.nextDoc();
                     doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = seqs.nextDoc()) {
                    if ((live == null || live.get(doc)) && n < all.length) {
                        all[n++] = seqs.longValue();
                    }
                }
            }
            if (n == 0 || limit <= 0) {
                return List.of();
            }
            long[] sorted = java.util.Arrays.copyOf(all, n);
            java.util.Arrays.sort(sorted);
            long from = sorted[Math.max(0, n - limit)];
            List<Sketched> out = new ArrayList<>(Math.min(limit, n));
            for (LeafReaderContext leaf : leaves) {
                var reader = leaf.reader();
                org.apache.lucene.index.NumericDocValues seqs = reader.getNumericDocValues(SEQ);
                org.apache.lucene.index.BinaryDocValues values = reader.getBinaryDocValues(LINEAGE_DV);
                SortedDocValues ids = reader.getSortedDocValues(ID);
                org.apache.lucene.util.Bits live = reader.getLiveDocs();
                if (seqs == null || values == null || ids == null) {
                    continue;
                }
                for (int doc = seqs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = seqs.nextDoc()) {
                    long seq = seqs.longValue();
                    if (seq < from || live != null && !live.get(doc) || !values.advanceExact(doc) || !ids.advanceExact(doc)) {
                        continue;
                    }
                    BytesRef value = values.binaryValue();
                    io.newsweave.lineage.LineageFeatures features =
                            io.newsweave.lineage.LineageFeatures.decode(value.bytes, value.offset, value.length);
                    if (features != null) {
                        out.add(new Sketched(ids.lookupOrd(ids.ordValue()).utf8ToString(), seq, features));
                    }
                }
            }
            out.sort(java.util.Comparator.comparingLong(Sketched::seq));
            return out.size() > limit ? new ArrayList<>(out.subList(out.size() - limit, out.size())) : out;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The lineage features of article {@code id} as the index has them (doc values, no record read), or empty. */
    public Optional<Sketched> sketched(String id) throws IOException {
        List<Sketched> found = sketched(new TermQuery(new Term(ID, id)), 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Sketched> sketched(Query query, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            // constant scores: the first found (in index order) once the limit is reached
            TopDocs top = searcher.search(query, Math.max(1, limit));
            int[] docs = inDocOrder(top);
            List<Sketched> out = new ArrayList<>(docs.length);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int leafIndex = -1;
            org.apache.lucene.index.BinaryDocValues values = null;
            SortedDocValues ids = null;
            org.apache.lucene.index.NumericDocValues seqs = null;
            for (int doc : docs) {
                int sub = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
                if (sub != leafIndex) {
                    leafIndex = sub;
                    var reader = leaves.get(sub).reader();
                    values = reader.getBinaryDocValues(LINEAGE_DV);
                    ids = reader.getSortedDocValues(ID);
                    seqs = reader.getNumericDocValues(SEQ);
                }
                int local = doc - leaves.get(sub).docBase;
                if (values == null || !values.advanceExact(local) || ids == null || !ids.advanceExact(local)) {
                    continue;
                }
                BytesRef value = values.binaryValue();
                io.newsweave.lineage.LineageFeatures features = io.newsweave.lineage.LineageFeatures.decode(value.bytes, value.offset, value.length);
                if (features == null) {
                    continue;
                }
                long seq = seqs != null && seqs.advanceExact(local) ? seqs.longValue() : 0;
                out.add(new Sketched(ids.lookupOrd(ids.ordValue()).utf8ToString(), seq, features));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    /** A document's coded features: its {@link #CODED_DV} value, else (older indexes) its {@link #KEYS_DV} list coded here. */
    private static CodedKeys features(org.apache.lucene.index.BinaryDocValues coded, org.apache.lucene.index.BinaryDocValues listed,
                                      int doc) throws IOException {
        if (coded != null && coded.advanceExact(doc)) {
            BytesRef value = coded.binaryValue();
            return CodedKeys.decode(value.bytes, value.offset, value.length);
        }
        return CodedKeys.of(listed != null && listed.advanceExact(doc) ? splitKeys(listed.binaryValue()) : List.of());
    }

    /** The keys of a {@link #KEYS_DV} value: UTF-8, separated by single spaces (keys hold none). */
    static List<String> splitKeys(BytesRef value) {
        byte[] bytes = value.bytes;
        int end = value.offset + value.length;
        List<String> out = new ArrayList<>(value.length / 8 + 1);
        int start = value.offset;
        int previous = -1;
        for (int i = value.offset; i <= end; i++) {
            if (i == end || bytes[i] == ' ') {
                if (i > start) {
                    int length = i - start;
                    // a key's repeats are listed together: they share one string
                    boolean repeat = previous >= 0 && start - previous == length + 1
                            && java.util.Arrays.equals(bytes, previous, previous + length, bytes, start, i);
                    out.add(repeat ? out.getLast() : new String(bytes, start, length, java.nio.charset.StandardCharsets.UTF_8));
                    previous = start;
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * How many articles have each key among their grouping keys. One terms enumeration per
     * segment serves all keys (a {@code docFreq} per key would open one per key and segment).
     */
    public java.util.Map<String, Integer> docFreqs(java.util.Collection<String> keys) throws IOException {
        String[] distinct = new java.util.TreeSet<>(keys).toArray(String[]::new);
        BytesRef[] terms = new BytesRef[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            terms[i] = new BytesRef(distinct[i]);
        }
        int[] counts = new int[distinct.length];
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.index.Terms indexed = leaf.reader().terms(KEYS);
                if (indexed == null) {
                    continue;
                }
                org.apache.lucene.index.TermsEnum seek = indexed.iterator();
                for (int i = 0; i < terms.length; i++) {
                    if (seek.seekExact(terms[i])) {
                        counts[i] += seek.docFreq();
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        java.util.Map<String, Integer> out = new java.util.HashMap<>(distinct.length * 2);
        for (int i = 0; i < distinct.length; i++) {
            out.put(distinct[i], counts[i]);
        }
        return out;
    }

    /** {@link #search(ArticleQuery, Duration)} within {@link #SEARCH_BUDGET}. */
    public SearchResult search(ArticleQuery query) throws IOException {
        return search(query, SEARCH_BUDGET);
    }

    /**
     * Full-text search with filters and facet counts: see {@link ArticleQuery}. Throws
     * {@link IllegalArgumentException} when the query text is not valid Lucene query syntax or
     * passes a complexity limit (nesting, terms, wildcard, fuzzy, regular expression and range
     * terms, regular expression size); {@link SearchTimeoutException} when it runs past
     * {@code budget}; {@link SearchBusyException} when it has wildcard, fuzzy, regular expression
     * or range terms and {@link #EXPANDING_SEARCHES} such searches are running. Articles indexed
     * before facets existed have no source, entity or date facet values.
     */
    public SearchResult search(ArticleQuery query, Duration budget) throws IOException {
        ArticleSearch.Plan plan = ArticleSearch.plan(query);
        if (plan.expands() && !expandingTurn()) {
            throw new SearchBusyException(EXPANDING_SEARCHES);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return ArticleSearch.run(searcher, plan, budget);
            } finally {
                searchers.release(searcher);
            }
        } finally {
            if (plan.expands()) {
                expanding.release();
            }
        }
    }

    private boolean expandingTurn() throws java.io.InterruptedIOException {
        try {
            return expanding.tryAcquire(EXPANDING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted waiting to search");
        }
    }

    int numDocs() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    private List<byte[]> records(Query query, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int n = Math.max(1, Math.min(limit, Math.max(1, searcher.getIndexReader().maxDoc())));
            if (n > 1_000) {
                n = Math.max(1, Math.min(n, searcher.count(query)));
            }
            TopDocs top = searcher.search(query, n);
            List<byte[]> out = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                BytesRef bytes = stored.document(hit.doc).getBinaryValue(RECORD);
                out.add(java.util.Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
            if (committedDirectory != null) {
                committedDirectory.close();
            }
        }
    }
}
