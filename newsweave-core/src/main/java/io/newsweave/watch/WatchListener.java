package io.newsweave.watch;

/** Hears what the watcher does; called from its threads, so implementations must be thread-safe. */
public interface WatchListener {

    /** An article page from {@code source} is durably stored ({@code fresh}: new to the store) and its URL marked seen. */
    default void collected(Source source, String url, String articleId, boolean fresh) {
    }

    /** A poll of {@code source} ended with {@code state}. */
    default void polled(Source source, SourceState state) {
    }

    WatchListener NONE = new WatchListener() {
    };
}
