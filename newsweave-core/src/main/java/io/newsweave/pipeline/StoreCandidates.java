package io.newsweave.pipeline;

import io.newsweave.cluster.Clusterer;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adapts the store's index to {@link Clusterer.Candidates}: a window-bounded Lucene query over
 * what the index can see (stories and events read through the store's merges), plus the few articles added since its last refresh, compared directly.
 * Undated articles are compared with the most recent arrivals. Key document frequencies are
 * cached (emptied when full) and kept exact as articles are added. Not thread-safe.
 */
final class StoreCandidates implements Clusterer.Candidates {

    private static final int REFRESH_EVERY = 500;
    private static final int CACHED_KEYS = 200_000;
    private static final long RECENT_UNDATED = 5_000;

    private final Store store;
    private final List<StoredArticle> unrefreshed = new ArrayList<>();
    /** Key counts over {@link #unrefreshed}. */
    private final java.util.Map<String, Integer> unrefreshedDf = new java.util.HashMap<>();
    /** {@link #unrefreshed} by key. */
    private final java.util.Map<String, List<StoredArticle>> unrefreshedByKey = new java.util.HashMap<>();
    private long lastSeq;
    /** Exact document frequencies of the keys seen lately; emptied when it would pass {@link #CACHED_KEYS}. */
    private final java.util.Map<String, Integer> docFreqs = new java.util.HashMap<>();

    /** The dense channel's vectors, or {@code null}. */
    private final io.newsweave.cluster.embed.ArticleVectors vectors;

    StoreCandidates(Store store, io.newsweave.cluster.embed.ArticleVectors vectors) {
        this.store = store;
        this.vectors = vectors;
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
        for (StoredArticle a : unrefreshed) {
            if (a.article().id().equals(articleId)) {
                found = a;
                break;
            }
        }
        if (found == null) {
            found = store.get(articleId).orElse(null);
        }
        return found == null || !vectors.covers(found.article().language())
                ? null : vectors.of(articleId, found.article().title(), found.article().text());
    }

    void added(StoredArticle article) throws IOException {
        lastSeq = article.seq();
        unrefreshed.add(article);
        for (String key : io.newsweave.cluster.Clusterer.distinct(article.keys())) {
            docFreqs.computeIfPresent(key, (k, v) -> v + 1);
            unrefreshedDf.merge(key, 1, Integer::sum);
            unrefreshedByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
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
        // the articles the index cannot see yet: those sharing most query keys, as many as the index gives
        java.util.Map<StoredArticle, Integer> shared = new java.util.IdentityHashMap<>();
        for (String key : new HashSet<>(keys)) {
            for (StoredArticle a : unrefreshedByKey.getOrDefault(key, List.of())) {
                LocalDate other = a.article().published().date();
                boolean inWindow = date == null || other == null ? a.seq() > lastSeq - RECENT_UNDATED
                        : Math.abs(other.toEpochDay() - date.toEpochDay()) <= windowDays;
                if (inWindow) {
                    shared.merge(a, 1, Integer::sum);
                }
            }
        }
        shared.entrySet().stream()
                .sorted(java.util.Map.Entry.<StoredArticle, Integer>comparingByValue().reversed()
                        .thenComparing(e -> -e.getKey().seq()))
                .limit(limit)
                .forEach(e -> out.add(candidate(e.getKey())));
        return out;
    }

    private Clusterer.Candidate candidate(StoredArticle a) {
        return new Clusterer.Candidate(a.article().id(), store.canonical(a.story()), store.canonical(a.event()), a.keys(),
                a.article().published().date());
    }

    @Override
    public void docFreqs(java.util.Collection<String> keys, java.util.Map<String, Integer> into) throws IOException {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            Integer cached = docFreqs.get(key);
            if (cached != null) {
                into.put(key, cached);
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            if (docFreqs.size() + missing.size() > CACHED_KEYS) {
                docFreqs.clear();
            }
            java.util.Map<String, Integer> counted = store.index().docFreqs(missing);
            counted.replaceAll((key, count) -> count + unrefreshedDf.getOrDefault(key, 0));
            into.putAll(counted);
            docFreqs.putAll(counted);
        }
    }

    @Override
    public int size() throws IOException {
        return store.size();
    }
}
