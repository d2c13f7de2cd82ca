package io.newsweave.store;

import java.time.LocalDate;

/**
 * A full-text search over stored articles: Lucene query syntax over title and text (an empty or
 * {@code null} text matches every article, newest first; otherwise best match first), narrowed by
 * optional exact filters, and one page of hits. Immutable.
 *
 * @param text     Lucene classic query syntax ({@code putin AND "ukraine talks"}, {@code title:biden}), at most
 *                 {@value #MAX_TEXT_LENGTH} characters, or null
 * @param language ISO 639-1 code filter, or null
 * @param source   outlet filter (exact), or null
 * @param entity   entity id filter, or null
 * @param story    story id filter, or null
 * @param from     earliest publication date (inclusive), or null
 * @param to       latest publication date (inclusive), or null
 * @param offset   hits to skip, 0..{@value #MAX_WINDOW}
 * @param limit    hits to return, 0..{@value #MAX_LIMIT}
 * @param newestFirst order hits by arrival, newest first, even when {@code text} is given (feeds)
 * @param excluding   ids of articles never to return (the copies and translations, for "originals only")
 */
public record ArticleQuery(String text, String language, String source, String entity, String story, LocalDate from,
                           LocalDate to, int offset, int limit, boolean newestFirst, java.util.Set<String> excluding) {

    public ArticleQuery(String text, String language, String source, String entity, String story, LocalDate from,
                        LocalDate to, int offset, int limit, boolean newestFirst) {
        this(text, language, source, entity, story, from, to, offset, limit, newestFirst, java.util.Set.of());
    }

    /** Largest page. */
    static final int MAX_LIMIT = 500;
    /** Deepest page end (offset + limit). */
    public static final int MAX_WINDOW = 10_000;
    /** Longest query text, in characters: bounds the parser's work and its recursion depth. */
    static final int MAX_TEXT_LENGTH = 1_000;

    public ArticleQuery {
        excluding = excluding == null ? java.util.Set.of() : excluding;
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("query text must be at most " + MAX_TEXT_LENGTH + " characters: " + text.length());
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 0.." + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0 || offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit must be in 0.." + MAX_WINDOW + ": " + offset + " + " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** Every article matching {@code text}, first page of {@code limit}. */
    static ArticleQuery of(String text, int limit) {
        return new ArticleQuery(text, null, null, null, null, null, null, 0, limit, false);
    }

    /** The same search, newest first. */
    public ArticleQuery newest() {
        return new ArticleQuery(text, language, source, entity, story, from, to, offset, limit, true, excluding);
    }

    /** The same search, never returning the articles of {@code ids}. */
    public ArticleQuery excluding(java.util.Set<String> ids) {
        return new ArticleQuery(text, language, source, entity, story, from, to, offset, limit, newestFirst, ids);
    }
}
