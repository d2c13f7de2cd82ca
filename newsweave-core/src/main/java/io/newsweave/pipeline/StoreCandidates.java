package io.newsweave.pipeline;

import io.newsweave.cluster.Clusterer;
import io.newsweave.cluster.CodedKeys;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapts the store's index to {@link Clusterer.Candidates}: a window-bounded Lucene query over
 * what the index can see (stories and events read through the store's merges), plus the few
 * articles added since its last refresh, both ranked alike (summed IDF of the query keys they
 * have) for one budget of candidates. Undated articles are compared with the most recent
 * arrivals. Key document frequencies are cached by key code (emptied when full) and kept exact as
 * articles are added; so are the spans of the stories met lately (read from the index's doc values
 * when first met, the least recently used dropped past {@value #CACHED_SPANS}). Not thread-safe.
 */
final class StoreCandidates implements Clusterer.Candidates {

    private static final int REFRESH_EVERY = 500;
    private static final int CACHED_KEYS = 200_000;
    private static final long RECENT_UNDATED = 5_000;
    private static final int CACHED_SPANS = 100_000;

    /** An article the index cannot see yet, with its coded features. */
    private record Pending(StoredArticle article, CodedKeys keys) {
    }

    private final Store store;
    private final List<Pending> unrefreshed = new ArrayList<>();
    /** Key counts over {@link #unrefreshed}, by code. */
    private final Long2IntOpenHashMap unrefreshedDf = new Long2IntOpenHashMap();
    /** {@link #unrefreshed} by key. */
    private final Map<String, List<Pending>> unrefreshedByKey = new HashMap<>();
    private long lastSeq;
    /** Exact document frequencies of the keys seen lately, by code; emptied when it would pass {@link #CACHED_KEYS}. */
    private final Long2IntOpenHashMap docFreqs = new Long2IntOpenHashMap();

    /** Spans of the stories met lately, by canonical story id; {@link #NO_SPAN} when a story has no dated article. */
    private final Map<String, Clusterer.Span> spans = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Clusterer.Span> eldest) {
            return size() > CACHED_SPANS;
        }
    };
    private static final Clusterer.Span NO_SPAN = new Clusterer.Span(Long.MIN_VALUE, Long.MIN_VALUE);

    /** The dense channel's vectors, or {@code null}. */
    private final io.newsweave.cluster.embed.ArticleVectors vectors;

    StoreCandidates(Store store, io.newsweave.cluster.embed.ArticleVectors vectors) {
        this.store = store;
        this.vectors = vectors;
        docFreqs.defaultReturnValue(-1);
    }

    /** A candidate's vector: kept, or encoded again from the stored article (the same vector: encoding is deterministic). */
    @Override
    public float[] vector(String articleId) throws IOException {
        if (vectors == null) {
            return null;
        }
        float[] kept = vectors.kept(articleId);
        if (kept != null) {
            return kept;
        }
        StoredArticle found = null;
        for (Pending p : unrefreshed) {
            if (p.article().article().id().equals(articleId)) {
                found = p.article();
                break;
            }
        }
        if (found == null) {
            found = store.get(articleId).orElse(null);
        }
        return found == null || !vectors.covers(found.article().language())
                ? null : vectors.of(articleId, found.article().title(), found.article().text());
    }

    @Override
    public Clusterer.Span span(String story) throws IOException {
        Clusterer.Span span = known(store.canonical(story));
        return span == NO_SPAN ? null : span;
    }

    private Clusterer.Span known(String canonical) throws IOException {
        Clusterer.Span span = spans.get(canonical);
        if (span == null) {
            long[] days = store.storyDays(canonical);
            // a story met since the last refresh is cached (a story drops out only after far more
            // stories were met than articles arrive between refreshes), so the index sees all of it
            span = days == null ? NO_SPAN : new Clusterer.Span(days[0], days[1]);
            spans.put(canonical, span);
        }
        return span;
    }

    private static Clusterer.Span stretch(Clusterer.Span span, Clusterer.Span other) {
        return span == NO_SPAN ? other : other == NO_SPAN ? span : span.with(other);
    }

    /** Records that story {@code from} was merged into {@code into}. */
    void merged(String from, String into) throws IOException {
        Clusterer.Span a = known(store.canonical(from));
        Clusterer.Span b = known(store.canonical(into));
        store.merge(from, into);
        spans.put(store.canonical(into), stretch(a, b));
    }

    /** Counts a stored article, whose features are {@code keys}, in. */
    void added(StoredArticle article, CodedKeys keys) throws IOException {
        lastSeq = article.seq();
        LocalDate date = article.article().published().date();
        String story = store.canonical(article.story());
        Clusterer.Span span = known(story);
        if (date != null) {
            spans.put(story, stretch(span, new Clusterer.Span(date.toEpochDay(), date.toEpochDay())));
        }
        Pending pending = new Pending(article, keys);
        unrefreshed.add(pending);
        for (int i = 0; i < keys.size(); i++) {
            long code = keys.code(i);
            int cached = docFreqs.get(code);
            if (cached >= 0) {
                docFreqs.put(code, cached + 1);
            }
            unrefreshedDf.addTo(code, 1);
            unrefreshedByKey.computeIfAbsent(keys.text(i), k -> new ArrayList<>()).add(pending);
        }
        if (unrefreshed.size() >= REFRESH_EVERY) {
            store.index().refresh();
            unrefreshed.clear();
            unrefreshedDf.clear();
            unrefreshedByKey.clear();
        }
    }

    @Override
    public List<Clusterer.Candidate> near(List<String> keys, LocalDate date, int windowDays, int limit) throws IOException {
        List<Clusterer.Candidate> out = new ArrayList<>();
        for (var a : store.index().nearest(keys, date, windowDays, lastSeq, RECENT_UNDATED, limit)) {
            out.add(new Clusterer.Candidate(a.id(), store.canonical(a.story()), store.canonical(a.event()), a.keys(), a.date()));
        }
        // the articles the index cannot see yet: those sharing most query keys
        Map<Pending, Integer> shared = new IdentityHashMap<>();
        for (String key : new HashSet<>(keys)) {
            for (Pending p : unrefreshedByKey.getOrDefault(key, List.of())) {
                StoredArticle a = p.article();
                LocalDate other = a.article().published().date();
                boolean inWindow = date == null || other == null ? a.seq() > lastSeq - RECENT_UNDATED
                        : Math.abs(other.toEpochDay() - date.toEpochDay()) <= windowDays;
                if (inWindow) {
                    shared.merge(p, 1, Integer::sum);
                }
            }
        }
        shared.entrySet().stream()
                .sorted(Map.Entry.<Pending, Integer>comparingByValue().reversed()
                        .thenComparing(e -> -e.getKey().article().seq()))
                .limit(limit)
                .forEach(e -> out.add(candidate(e.getKey())));
        // one budget for both: how many candidates an article gets does not depend on when the index last refreshed
        return out.size() > limit ? best(out, keys, limit) : out;
    }

    /**
     * The {@code limit} candidates matching the query keys best, the index's and the unindexed
     * ones ranked alike: by the summed IDF of the query keys they have (what the index ranks its
     * own by), ties to the earlier in {@code found}.
     */
    private List<Clusterer.Candidate> best(List<Clusterer.Candidate> found, List<String> keys, int limit) throws IOException {
        CodedKeys query = CodedKeys.of(keys);
        int[] df = docFreqs(query);
        double docs = size() + 1;
        double[] score = new double[found.size()];
        for (int c = 0; c < found.size(); c++) {
            CodedKeys candidate = found.get(c).keys();
            for (int k = 0; k < query.size(); k++) {
                if (candidate.contains(query.code(k))) {
                    score[c] += Math.log(1 + (docs - df[k] + 0.5) / (df[k] + 0.5));
                }
            }
        }
        Integer[] order = new Integer[found.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(x, y));
        List<Clusterer.Candidate> out = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            out.add(found.get(order[i]));
        }
        return out;
    }

    private Clusterer.Candidate candidate(Pending p) {
        StoredArticle a = p.article();
        return new Clusterer.Candidate(a.article().id(), store.canonical(a.story()), store.canonical(a.event()), p.keys(),
                a.article().published().date());
    }

    @Override
    public int[] docFreqs(CodedKeys keys) throws IOException {
        int[] out = new int[keys.size()];
        List<Integer> missing = null;
        for (int i = 0; i < out.length; i++) {
            int cached = docFreqs.get(keys.code(i));
            if (cached >= 0) {
                out[i] = cached;
            } else {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(i);
            }
        }
        if (missing != null) {
            if (docFreqs.size() + missing.size() > CACHED_KEYS) {
                docFreqs.clear();
                docFreqs.trim();
            }
            List<String> texts = new ArrayList<>(missing.size());
            for (int i : missing) {
                texts.add(keys.text(i));
            }
            Map<String, Integer> counted = store.index().docFreqs(texts);
            for (int i : missing) {
                long code = keys.code(i);
                int count = counted.getOrDefault(keys.text(i), 0) + unrefreshedDf.get(code);
                out[i] = count;
                docFreqs.put(code, count);
            }
        }
        return out;
    }

    @Override
    public int size() throws IOException {
        return store.size();
    }
}
