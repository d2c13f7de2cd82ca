package io.newsweave.store;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits, the number of matches, and facet counts over all matches. Immutable.
 *
 * @param total  number of matching articles
 * @param hits   the requested page, best first (newest first for an empty query)
 * @param facets counts per facet ({@code language}, {@code source}, {@code entity}: largest first,
 *               at most {@value #FACET_SIZE} values; {@code date}: ISO day to count, oldest first)
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

    /** Most values kept per facet other than {@code date}. */
    static final int FACET_SIZE = 20;

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** A matching article and its score (0 when sorted by arrival). */
    public record Hit(StoredArticle article, float score) {
    }
}
