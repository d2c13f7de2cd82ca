package io.newsweave.server;

import io.newsweave.store.Store;

/**
 * What the route groups share: the store, the story catalog over it, story details, the rendered read
 * answers, the configuration, the ingester for write endpoints, the metrics, and the watched sources ({@code null} unless serving with {@code --watch}). Immutable holder; each part states its own thread
 * safety.
 */
public record Services(Store store, Catalog catalog, StoryDetailsCache details, PageCache pages, ServerConfig config, Ingester ingester, Metrics metrics,
                       io.newsweave.watch.WatchedSources watch) {

    /**
     * How a story's reports divide into independent reports, copies and translations (its members
     * as the index has them, no article read, against the store's lineage as of now).
     */
    public io.newsweave.lineage.LineageGraph.Reports reports(String storyId) throws java.io.IOException {
        java.util.List<io.newsweave.lineage.LineageGraph.Member> members = new java.util.ArrayList<>();
        for (io.newsweave.store.StoryMember m : store.members(storyId)) {
            members.add(new io.newsweave.lineage.LineageGraph.Member(m.id(), m.source(), m.language()));
        }
        return store.lineage().reports(members);
    }
}
