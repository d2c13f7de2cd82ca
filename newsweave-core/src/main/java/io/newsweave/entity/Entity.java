package io.newsweave.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One canonical entity in the {@link EntityRegistry}: a stable id, its type, the name it was first
 * registered under, every variant seen with its count per language, and the ids of entities named
 * in the same articles (the context that tells two Johnsons apart). Mutated only by the registry's
 * thread; read the views after ingest.
 */
final class Entity {

    static final int MAX_CONTEXT = 256;

    private final String id;
    private final EntityType type;
    private final String name;
    private final Map<String, Map<String, Integer>> variants = new LinkedHashMap<>();
    /** In order of first sight; a linked open hash set (about a third of a {@code LinkedHashSet}'s memory per id). */
    private final Set<String> context = new it.unimi.dsi.fastutil.objects.ObjectLinkedOpenHashSet<>(4);
    private int mentions;
    /** Mentions by a name of more than one word: a person named in full. */
    private int fullMentions;

    Entity(String id, EntityType type, String name) {
        this.id = id;
        this.type = type;
        this.name = name;
    }

    public String id() {
        return id;
    }

    public EntityType type() {
        return type;
    }

    /** The name it was first registered under. */
    public String name() {
        return name;
    }

    public int mentions() {
        return mentions;
    }

    /** Variant to language to count, variants in order of first sight. */
    public Map<String, Map<String, Integer>> variants() {
        return Collections.unmodifiableMap(variants);
    }

    void seen(String variant, String language) {
        variants.computeIfAbsent(variant, v -> new TreeMap<>()).merge(language, 1, Integer::sum);
        mentions++;
        if (variant.indexOf(' ') > 0) {
            fullMentions++;
        }
    }

    /** How often it was named with more than one word. */
    int fullMentions() {
        return fullMentions;
    }

    /** Restores counts read from a snapshot. */
    void restore(String variant, String language, int count) {
        Integer before = variants.computeIfAbsent(variant, v -> new TreeMap<>()).put(language, count);
        if (variant.indexOf(' ') > 0) {
            fullMentions += count - (before == null ? 0 : before);
        }
    }

    void restoreMentions(int count) {
        mentions = count;
    }

    Set<String> context() {
        return context;
    }

    void cooccurs(String other) {
        if (!other.equals(id) && context.size() < MAX_CONTEXT) {
            context.add(other);
        }
    }
}
