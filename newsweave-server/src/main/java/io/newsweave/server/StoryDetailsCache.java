package io.newsweave.server;

import io.newsweave.entity.EntityAliases;
import io.newsweave.export.Exporter;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.StoryDetails;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's {@link StoryDetails} (timeline, summary, quotes, coverage) for the API and the story
 * page, built from its articles with the data directory's entity aliases and kept for the most
 * recently asked stories. A story that gains an article has a new key, so nothing stale is served.
 * Thread-safe.
 */
final class StoryDetailsCache {

    private static final int CAPACITY = 256;

    private record Key(String story, int articles, long lastSeq, String language) {
    }

    private final StoryDetails.Builder builder = new StoryDetails.Builder();
    private final EntityAliases aliases;
    private final Map<Key, StoryDetails> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, StoryDetails> eldest) {
            return size() > CAPACITY;
        }
    };

    StoryDetailsCache(Store store) throws java.io.IOException {
        this.aliases = EntityAliases.load(store.dir());
    }

    /** The details of story {@code id} whose stored articles are {@code articles} (arrival order). */
    StoryDetails of(String id, List<StoredArticle> articles, String preferredLanguage) {
        long last = articles.isEmpty() ? -1 : articles.get(articles.size() - 1).seq();
        Key key = new Key(id, articles.size(), last, preferredLanguage);
        synchronized (recent) {
            StoryDetails cached = recent.get(key);
            if (cached != null) {
                return cached;
            }
        }
        StoryDetails details = builder.build(Exporter.corrected(articles, aliases), preferredLanguage);
        synchronized (recent) {
            recent.put(key, details);
        }
        return details;
    }
}
