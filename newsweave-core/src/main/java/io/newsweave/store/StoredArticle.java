package io.newsweave.store;

import io.newsweave.model.Article;

import java.util.List;

/**
 * An article as the store keeps it: its arrival sequence number, the story it was placed in and
 * the grouping keys it was placed by. Immutable.
 */
public record StoredArticle(long seq, Article article, String story, List<String> keys) {

    public StoredArticle {
        keys = List.copyOf(keys);
    }
}
