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

    default void duplicate(Origin origin, String articleId) {
    }

    default void rejected(Rejection rejection) {
    }

    IngestListener NONE = new IngestListener() {
    };
}
