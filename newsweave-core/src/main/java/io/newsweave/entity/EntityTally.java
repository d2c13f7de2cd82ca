package io.newsweave.entity;

import io.newsweave.model.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the entities of a set of articles (a story, the store) from their mentions, after
 * {@link EntityAliases}; descriptions count as mentions, not as variants. With a registry, names
 * and types are the registry's canonical ones. Can also record which groups (stories) mention each
 * entity. Holds one small map per entity, not the articles. Not thread-safe.
 */
public final class EntityTally {

    private final EntityAliases aliases;
    private final EntityRegistry registry;
    private final Map<String, Map<String, Integer>> variants = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> languages = new HashMap<>();
    private final Map<String, Integer> described = new HashMap<>();
    private final Map<String, Set<String>> groups = new HashMap<>();

    /** A tally that names entities by their variants. */
    public EntityTally(EntityAliases aliases) {
        this(aliases, null);
    }

    /** A tally that names and types entities as {@code registry} does (read only; may be {@code null}). */
    public EntityTally(EntityAliases aliases, EntityRegistry registry) {
        this.aliases = aliases;
        this.registry = registry;
    }

    /** Adds one article's mentions. */
    public void add(List<Mention> mentions, String language) {
        add(mentions, language, null);
    }

    /**
     * Adds one article's mentions, recording that {@code group} (a story id; {@code null} for
     * none) mentions each; returns the corrected ids it touched.
     */
    public Set<String> add(List<Mention> mentions, String language, String group) {
        Set<String> touched = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.entity() == null || m.entity().isEmpty()) {
                continue;
            }
            String id = aliases.id(m.entity(), m.text());
            Map<String, Integer> forms = variants.computeIfAbsent(id, k -> new LinkedHashMap<>());
            if (m.description()) {
                described.merge(id, 1, Integer::sum);
            } else {
                forms.merge(m.text() == null ? "" : m.text(), 1, Integer::sum);
            }
            languages.computeIfAbsent(id, k -> new HashMap<>()).merge(language, 1, Integer::sum);
            if (group != null) {
                groups.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(group);
            }
            touched.add(id);
        }
        return touched;
    }

    /** The groups that mention {@code id}, in order of first mention. */
    public List<String> groups(String id) {
        return List.copyOf(groups.getOrDefault(id, Set.of()));
    }

    /** One entity; {@code null} when nothing mentioned it. */
    public EntitySummary summary(String id) {
        Map<String, Integer> counts = variants.get(id);
        if (counts == null) {
            return null;
        }
        List<String> forms = new ArrayList<>(counts.keySet());
        forms.sort(Comparator.<String>comparingInt(v -> -counts.get(v)).thenComparing(v -> v));
        Entity known = registry == null ? null : registry.get(id).orElse(null);
        String name = aliases.name(id);
        if (name == null && known != null) {
            name = known.name();
        }
        if (name == null) {
            name = forms.stream().max(Comparator.<String>comparingInt(v -> v.split(" ").length)
                    .thenComparingInt(counts::get)).orElse(id);
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum() + described.getOrDefault(id, 0);
        EntityType type = known != null ? known.type() : EntityType.ofId(id);
        return new EntitySummary(id, name, type, forms, languages.get(id), total, counts);
    }

    /** The entities, most mentioned first, then by id. */
    public List<EntitySummary> summaries() {
        List<EntitySummary> out = new ArrayList<>(variants.size());
        for (String id : variants.keySet()) {
            out.add(summary(id));
        }
        out.sort(Comparator.<EntitySummary>comparingInt(s -> -s.mentions()).thenComparing(EntitySummary::id));
        return out;
    }
}
