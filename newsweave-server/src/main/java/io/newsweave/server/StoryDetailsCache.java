package io.newsweave.server;

import io.newsweave.model.Article;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import io.newsweave.store.StoryMember;
import io.newsweave.story.ReadModel;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.StoryView;
import io.newsweave.story.timeline.Coverage;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The {@link StoryDigest}s of the most recently viewed stories, each built once per version of its
 * story: the story's members are listed from the index without reading any article, and only the
 * {@value StoryDetails.Builder#MAX_ARTICLES} articles its details are read from are decoded (all
 * of them for a store indexed before facets existed), with the read model's entity aliases
 * applied. A digest is keyed by the story's article count and last article and by the store's
 * merge count, so a story that gains an article or a merge has a new key and nothing stale is
 * served; the older digests of that story are dropped at once. Bounded to {@value #CAPACITY}
 * digests and about {@value #MAX_BYTES} bytes, least recently used out first. Thread-safe:
 * concurrent requests for a digest being built wait for that one build instead of starting their own.
 */
public final class StoryDetailsCache {

    private static final int CAPACITY = 256;
    private static final long MAX_BYTES = 64L << 20;

    private record Key(String story, int articles, String last, int merges, String language) {
    }

    private static final class Entry {
        final CompletableFuture<StoryDigest> digest = new CompletableFuture<>();
        long weight;
    }

    private final StoryDetails.Builder builder = new StoryDetails.Builder();
    private final Store store;
    private final ReadModel model;
    private final LinkedHashMap<Key, Entry> recent = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** A cache of the stories of {@code model}, whose aliases correct the articles read. */
    StoryDetailsCache(ReadModel model) {
        this.store = model.store();
        this.model = model;
    }

    /**
     * The digest of {@code story} as the catalog shows it now; timeline and summary prefer
     * {@code preferredLanguage} (or the story's own when null or when none of its articles is in it).
     */
    public StoryDigest of(StoryView story, String preferredLanguage) throws IOException {
        Key key = key(story, preferredLanguage);
        Entry entry;
        boolean mine = false;
        synchronized (recent) {
            entry = recent.get(key);
            if (entry == null) {
                entry = new Entry();
                mine = true;
                dropOlder(key);
                recent.put(key, entry);
            }
        }
        if (mine) {
            try {
                StoryDigest digest = build(story.id(), key.language());
                synchronized (recent) {
                    entry.weight = digest.weight();
                    if (recent.get(key) == entry) {
                        bytes += entry.weight;
                        evict();
                    }
                }
                entry.digest.complete(digest);
            } catch (IOException | RuntimeException | Error e) {
                synchronized (recent) {
                    recent.remove(key, entry);
                }
                entry.digest.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return entry.digest.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new IOException("building the view of story " + story.id() + " failed", io);
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Whether the digest of {@code story} as shown now is built (for tests and metrics). */
    boolean holds(StoryView story, String preferredLanguage) throws IOException {
        Key key = key(story, preferredLanguage);
        synchronized (recent) {
            Entry entry = recent.get(key);
            return entry != null && entry.digest.isDone() && !entry.digest.isCompletedExceptionally();
        }
    }

    /** The key of {@code story}'s digest as shown now; a language none of its articles is in is no preference (one digest, shared). */
    private Key key(StoryView story, String preferredLanguage) {
        String language = preferredLanguage != null && story.languages().containsKey(preferredLanguage) ? preferredLanguage : null;
        List<String> ids = story.articles();
        return new Key(story.id(), ids.size(), ids.isEmpty() ? "" : ids.get(ids.size() - 1), store.mergeCount(), language);
    }

    /** Drops the digests of the other versions of {@code key}'s story. */
    private void dropOlder(Key key) {
        for (Iterator<Map.Entry<Key, Entry>> i = recent.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<Key, Entry> e = i.next();
            Key k = e.getKey();
            if (k.story().equals(key.story()) && (k.articles() != key.articles() || !k.last().equals(key.last())
                    || k.merges() != key.merges()) && e.getValue().digest.isDone()) {
                bytes -= e.getValue().weight;
                i.remove();
            }
        }
    }

    private void evict() {
        Iterator<Map.Entry<Key, Entry>> eldest = recent.entrySet().iterator();
        while ((recent.size() > CAPACITY || bytes > MAX_BYTES) && recent.size() > 1 && eldest.hasNext()) {
            Entry e = eldest.next().getValue();
            if (e.digest.isDone()) {
                bytes -= e.weight;
                eldest.remove();
            }
        }
    }

    private StoryDigest build(String id, String preferredLanguage) throws IOException {
        List<StoryMember> members = store.members(id);
        List<StoredArticle> all = null;
        if (members.stream().anyMatch(m -> m.language() == null)) {
            all = store.story(id);
            members = new ArrayList<>(all.size());
            for (StoredArticle s : all) {
                Article a = s.article();
                members.add(new StoryMember(a.id(), s.seq(), a.source(), a.language(), a.published().date()));
            }
        }
        List<LocalDate> published = new ArrayList<>(members.size());
        Coverage.Tally coverage = new Coverage.Tally();
        Map<String, Integer> languages = new TreeMap<>();
        for (StoryMember m : members) {
            published.add(m.published());
            coverage.add(m.id(), m.source(), m.language(), m.published());
            languages.merge(m.language(), 1, Integer::sum);
        }
        int[] picked = StoryDetails.Builder.samplePositions(published, StoryDetails.Builder.MAX_ARTICLES);
        List<StoredArticle> read;
        if (all != null) {
            read = new ArrayList<>(picked.length);
            for (int i : picked) {
                read.add(all.get(i));
            }
        } else {
            List<String> ids = new ArrayList<>(picked.length);
            for (int i : picked) {
                ids.add(members.get(i).id());
            }
            read = store.articles(ids);
        }
        List<Article> articles = model.corrected(read);
        String language = preferredLanguage != null ? preferredLanguage : StoryDetails.Builder.mainLanguage(languages);
        StoryDetails details = builder.build(articles, coverage.coverage(), language);
        return StoryDigest.of(details, members, articles);
    }
}
