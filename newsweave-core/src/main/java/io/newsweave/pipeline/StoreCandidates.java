package io.newsweave.pipeline;

import io.newsweave.cluster.StoryGrouper;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adapts the store's index to {@link StoryGrouper.Candidates}: a window-bounded Lucene query over
 * what the index can see, plus the few articles added since its last refresh, compared directly.
 * Undated articles are compared with the most recent arrivals. Not thread-safe.
 */
final class StoreCandidates implements StoryGrouper.Candidates {

    private static final int REFRESH_EVERY = 200;
    private static final long RECENT_UNDATED = 5_000;

    private final Store store;
    private final List<StoredArticle> unrefreshed = new ArrayList<>();
    private long lastSeq;

    StoreCandidates(Store store) {
        this.store = store;
    }

    void added(StoredArticle article) throws IOException {
        lastSeq = article.seq();
        unrefreshed.add(article);
        if (unrefreshed.size() >= REFRESH_EVERY) {
            store.index().refresh();
            unrefreshed.clear();
        }
    }

    @Override
    public List<StoryGrouper.Candidate> near(List<String> keys, LocalDate date, int windowDays, int limit) throws IOException {
        List<StoryGrouper.Candidate> out = new ArrayList<>();
        for (var a : store.index().nearest(keys, date, windowDays, lastSeq, RECENT_UNDATED, limit)) {
            out.add(new StoryGrouper.Candidate(a.id(), a.story(), a.keys()));
        }
        Set<String> mine = new HashSet<>(keys);
        for (StoredArticle a : unrefreshed) {
            LocalDate other = a.article().published().date();
            boolean inWindow = date == null || other == null ? a.seq() > lastSeq - RECENT_UNDATED
                    : Math.abs(other.toEpochDay() - date.toEpochDay()) <= windowDays;
            if (inWindow && a.keys().stream().anyMatch(mine::contains)) {
                out.add(new StoryGrouper.Candidate(a.article().id(), a.story(), a.keys()));
            }
        }
        return out;
    }

    @Override
    public java.util.Map<String, Integer> docFreqs(java.util.Collection<String> keys) throws IOException {
        java.util.Map<String, Integer> counts = store.index().docFreqs(keys);
        for (StoredArticle a : unrefreshed) {
            for (String key : a.keys()) {
                counts.computeIfPresent(key, (k, v) -> v + 1);
            }
        }
        return counts;
    }

    @Override
    public int size() throws IOException {
        return store.size();
    }
}
