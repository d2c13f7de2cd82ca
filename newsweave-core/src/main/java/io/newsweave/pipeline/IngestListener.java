package io.newsweave.pipeline;

import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;
import io.newsweave.store.StoredArticle;

/**
 * Hears what happens to each input, on the pipeline's storing thread, in arrival order.
 * {@link #ingested} is called only once the article is durable.
 */
public interface IngestListener {

    default void ingested(StoredArticle article) {
    }

    /**
     * An article was placed and added to the store, not yet durable: called at once, before
     * {@link #ingested}. For a runner that gets durability elsewhere (the Flink job's checkpoints)
     * and must hand each placement on in order.
     */
    default void placed(StoredArticle article) {
    }

    /**
     * Story or event {@code from} was merged into {@code into} while placing the next article
     * (before its {@link #placed}); articles placed in {@code from} read back in {@code into}.
     */
    default void merged(String from, String into) {
    }

    default void duplicate(Origin origin, String articleId) {
    }

    default void rejected(Rejection rejection) {
    }

    IngestListener NONE = new IngestListener() {
    };
}
