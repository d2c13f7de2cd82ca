package io.newsweave.entity;

import java.util.List;

/**
 * An entity as a story or the whole store shows it (the export's {@code stories[].entities}).
 *
 * @param id       canonical id, after aliases
 * @param name     display name: an alias name, else the fullest, most frequent variant
 * @param type     its type
 * @param variants every surface form seen, most frequent first
 * @param languages mentions per language
 * @param mentions number of mentions
 */
public record EntitySummary(String id, String name, EntityType type, List<String> variants,
                            java.util.Map<String, Integer> languages, int mentions) {

    public EntitySummary {
        variants = List.copyOf(variants);
        languages = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(languages));
    }
}
