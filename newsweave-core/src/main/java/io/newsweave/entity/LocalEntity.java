package io.newsweave.entity;

import java.util.List;

/**
 * One entity as one article names it, before identity across articles: its fullest name in the
 * article ("Joe Biden" for "Biden", "President Biden" and "Joe Biden"), its type, every mention,
 * and the descriptions the article gives it ("the American president"). Immutable.
 *
 * @param name         the fullest form in the article
 * @param type         its type
 * @param mentions     the mentions that name it, in text order
 * @param known        the id of a known name (a country, a capital, an international body), or {@code null}
 * @param descriptions the mentions that describe it without naming it, in text order; not names,
 *                     so never name variants (and not scored as named-entity mentions)
 */
public record LocalEntity(String name, EntityType type, List<Surface> mentions, String known, List<Surface> descriptions) implements java.io.Serializable {

    public LocalEntity {
        mentions = List.copyOf(mentions);
        descriptions = List.copyOf(descriptions);
    }

    /** An entity the article only names. */
    LocalEntity(String name, EntityType type, List<Surface> mentions, String known) {
        this(name, type, mentions, known, List.of());
    }
}
