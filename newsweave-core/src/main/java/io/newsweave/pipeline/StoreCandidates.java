package io.newsweave.pipeline;

import io.newsweave.cluster.Clusterer;
import io.newsweave.cluster.CodedKeys;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
    /** Index candidates fetched past the budget, so that rounding in the index's ranking does not decide the budget's edge. */
    private static final int INDEX_MARGIN = 5;

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

    /** The profiles of the stories met lately. */
    private final StoryProfiles profiles;

    StoreCandidates(Store store, io.newsweave.cluster.embed.ArticleVectors vectors) {
        this.store = store;
        this.profiles = new StoryProfiles(store);
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
    public io.newsweave.cluster.StoryProfile profile(String story) throws IOException {
        return profiles.profile(store.canonical(story));
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
        profiles.merged(store.canonical(from), store.canonical(into));
        store.merge(from, into);
        spans.put(store.canonical(into), stretch(a, b));
    }

    /** Counts a stored article, whose features are {@code keys}, in; returns whether the index refreshed (it sees everything added). */
    boolean added(StoredArticle article, CodedKeys keys) throws IOException {
        lastSeq = article.seq();
        LocalDate date = article.article().published().date();
        String story = store.canonical(article.story());
        Clusterer.Span span = known(story);
        if (date != null) {
            spans.put(story, stretch(span, new Clusterer.Span(date.toEpochDay(), date.toEpochDay())));
        }
        profiles.added(story, article.seq(), keys);
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
            profiles.refreshed();
            unrefreshed.clear();
            unrefreshedDf.clear();
            unrefreshedByKey.clear();
            return true;
        }
        return false;
    }

    @Override
    public List<Clusterer.Candidate> near(List<String> keys, LocalDate date, int windowDays, int limit) throws IOException {
        double[] weights = queryWeights(keys);
        long[] codes = new long[keys.size()];
        Map<String, Double> weightOf = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            weightOf.put(keys.get(i), weights[i]);
            codes[i] = CodedKeys.code(keys.get(i));
        }
        List<Ranked> found = new ArrayList<>();
        // a few more than the budget: the index sums its scores in floats, in its own order
        for (var a : store.index().nearest(keys, weights, date, windowDays, lastSeq, RECENT_UNDATED, limit + INDEX_MARGIN)) {
            found.add(new Ranked(new Clusterer.Candidate(a.id(), store.canonical(a.story()), store.canonical(a.event()), a.keys(), a.date()),
                    a.seq(), score(a.keys(), codes, weights)));
        }
        // the articles the index cannot see yet, ranked alike: by the summed weight of the query keys they have
        Map<Pending, Double> shared = new IdentityHashMap<>();
        for (String key : new HashSet<>(keys)) {
            for (Pending p : unrefreshedByKey.getOrDefault(key, List.of())) {
                StoredArticle a = p.article();
                LocalDate other = a.article().published().date();
                boolean inWindow = date == null || other == null ? a.seq() > lastSeq - RECENT_UNDATED
                        : Math.abs(other.toEpochDay() - date.toEpochDay()) <= windowDays;
                if (inWindow) {
                    shared.merge(p, weightOf.get(key), Double::sum);
                }
            }
        }
        java.util.Set<Long> seen = new HashSet<>();
        found.forEach(r -> seen.add(r.seq()));
        for (Pending p : shared.keySet()) {
            if (seen.add(p.article().seq())) { // not also found by the index
                found.add(new Ranked(candidate(p), p.article().seq(), score(p.keys(), codes, weights)));
            }
        }
        // one budget for both, one order for both: which candidates an article gets does not depend on when the index last refreshed
        found.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Comparator.comparingLong(Ranked::seq).reversed()));
        List<Clusterer.Candidate> out = new ArrayList<>(Math.min(limit, found.size()));
        for (int i = 0; i < found.size() && i < limit; i++) {
            out.add(found.get(i).candidate());
        }
        return out;
    }

    /** A candidate with its arrival number and its rank score. */
    private record Ranked(Clusterer.Candidate candidate, long seq, double score) {
    }

    /**
     * The weight of each query key: its IDF over the store (what a key found in few articles
     * tells), as a float, the precision the index ranks with.
     */
    private double[] queryWeights(List<String> keys) throws IOException {
        CodedKeys query = CodedKeys.of(keys);
        int[] df = docFreqs(query);
        double docs = size() + 1;
        Map<String, Double> byText = new HashMap<>();
        for (int k = 0; k < query.size(); k++) {
            byText.put(query.text(k), (double) (float) Math.log(1 + (docs - df[k] + 0.5) / (df[k] + 0.5)));
        }
        double[] out = new double[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = byText.getOrDefault(keys.get(i), 0.0);
        }
        return out;
    }

    /** The summed weights of the query keys an article's features have, summed in the query's order. */
    private static double score(CodedKeys features, long[] codes, double[] weights) {
        double sum = 0;
        for (int i = 0; i < codes.length; i++) {
            if (features.contains(codes[i])) {
                sum += weights[i];
            }
        }
        return sum;
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
