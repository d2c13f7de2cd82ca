package io.newsweave.server;

import io.newsweave.story.StoryView;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Builds the digests of the largest stories ahead of their first reader, once when the server
 * starts and again after the catalog changes (requests for a story whose digest is being built
 * wait for that build rather than start their own). One background thread; repeated requests
 * while it works are coalesced into one more pass. Thread-safe.
 */
final class DigestWarmer implements AutoCloseable {

    /** Stories warmed per pass, largest first. */
    static final int STORIES = 16;
    /** Smaller stories build fast enough on demand. */
    static final int MIN_ARTICLES = 50;
    private static final System.Logger LOG = System.getLogger(DigestWarmer.class.getName());

    private final Catalog catalog;
    private final StoryDetailsCache cache;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsweave-digest-warmer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();

    DigestWarmer(Catalog catalog, StoryDetailsCache cache) {
        this.catalog = catalog;
        this.cache = cache;
    }

    /** Asks for a pass; returns at once. */
    void request() {
        if (pending.compareAndSet(false, true)) {
            try {
                worker.execute(this::pass);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                pending.set(false);
            }
        }
    }

    private void pass() {
        pending.set(false);
        try {
            List<StoryView> stories = catalog.current().stories();
            for (int i = 0; i < Math.min(STORIES, stories.size()) && !Thread.currentThread().isInterrupted(); i++) {
                StoryView story = stories.get(i);
                if (story.articles().size() < MIN_ARTICLES) {
                    break;
                }
                cache.of(story, null);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "warming story views failed: " + e, e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
