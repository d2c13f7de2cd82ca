package io.newsweave.server;

import io.newsweave.store.Store;

/**
 * What the route groups share: the store, the story catalog over it, story details, the rendered read
 * answers, the configuration, the ingester for write endpoints, the metrics, and the watched sources ({@code null} unless serving with {@code --watch}). Immutable holder; each part states its own thread
 * safety.
 */
public record Services(Store store, Catalog catalog, StoryDetailsCache details, PageCache pages, ServerConfig config, Ingester ingester, Metrics metrics,
                       io.newsweave.watch.WatchedSources watch) {
}
