package io.newsweave.entity;

import java.util.List;

/**
 * One entity as one article names it, before identity across articles: its fullest name in the
 * article ("Joe Biden" for "Biden", "President Biden" and "Joe Biden"), its type, and every
 * mention. Immutable.
 *
 * @param name     the fullest form in the article
 * @param type     its type
 * @param mentions the mentions, in text order
 * @param known    the id of a known name (a country, a capital, an international body), or {@code null}
 */
public record LocalEntity(String name, EntityType type, List<Surface> mentions, String known) {

    public LocalEntity {
        mentions = List.copyOf(mentions);
    }
}
