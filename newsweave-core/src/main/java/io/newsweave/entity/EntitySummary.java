package io.newsweave.entity;

import java.util.List;
import java.util.Map;

/**
 * An entity as a story or the whole store shows it (the export's {@code stories[].entities}).
 *
 * @param id              canonical id, after aliases
 * @param name            display name: an alias name, else the registry's canonical name when
 *                        the tally has a registry, else the fullest, most frequent variant
 * @param type            its type
 * @param variants        every surface form that names it, most frequent first (descriptions such
 *                        as "the American president" are not variants)
 * @param languages       mentions per language
 * @param mentions        number of mentions, descriptions included
 * @param variantMentions mentions per variant
 */
public record EntitySummary(String id, String name, EntityType type, List<String> variants,
                            Map<String, Integer> languages, int mentions, Map<String, Integer> variantMentions) {

    public EntitySummary {
        variants = List.copyOf(variants);
        languages = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(languages));
        variantMentions = Map.copyOf(variantMentions);
    }
}
