package io.newsweave.store;

import io.newsweave.model.Article;

import java.util.List;

/**
 * An article as the store keeps it: its arrival sequence number, the story and the event it was
 * placed in (as the store reads them back: after any merges since) and the clustering features it
 * was placed by. Immutable.
 */
public record StoredArticle(long seq, Article article, String story, String event, List<String> keys) {

    public StoredArticle {
        keys = List.copyOf(keys);
    }

    /** An article alone in its event (stores written before events existed read back this way). */
    StoredArticle(long seq, Article article, String story, List<String> keys) {
        this(seq, article, story, soleEvent(article.id()), keys);
    }

    /** The id of the event an article starts. */
    static String soleEvent(String articleId) {
        return io.newsweave.model.GroupIds.event(articleId);
    }

    /** This article with its story and event ids resolved through merges. */
    StoredArticle resolved(Merges merges) {
        String s = merges.canonical(story);
        String e = merges.canonical(event);
        return s.equals(story) && e.equals(event) ? this : new StoredArticle(seq, article, s, e, keys);
    }
}
