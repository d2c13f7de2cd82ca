package io.newsweave.entity;

import io.newsweave.model.Mention;
import io.newsweave.store.SnapshotInput;
import io.newsweave.store.SnapshotOutput;

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

    /** Entity id to its mentions (variants and descriptions), in order of first mention. */
    public Map<String, Integer> mentionCounts() {
        Map<String, Integer> out = new LinkedHashMap<>(variants.size() * 2);
        for (Map.Entry<String, Map<String, Integer>> e : variants.entrySet()) {
            int total = described.getOrDefault(e.getKey(), 0);
            for (int c : e.getValue().values()) {
                total += c;
            }
            out.put(e.getKey(), total);
        }
        return out;
    }

    /**
     * Writes the counts (not the aliases or the registry) so that {@link #read} gives a tally
     * that answers and goes on counting as this one does, its maps in the same orders.
     */
    public void write(SnapshotOutput out) {
        out.writeInt(variants.size());
        for (Map.Entry<String, Map<String, Integer>> e : variants.entrySet()) {
            out.writeString(e.getKey());
            out.writeCounts(e.getValue());
            out.writeInt(described.getOrDefault(e.getKey(), 0));
            Map<String, Integer> langs = languages.get(e.getKey());
            out.writeCounts(langs == null ? Map.of() : langs);
            Set<String> in = groups.get(e.getKey());
            out.writeBoolean(in != null);
            if (in != null) {
                out.writeStrings(in);
            }
        }
    }

    /** A tally as {@link #write} saved it, with these aliases and registry (see the constructors). */
    public static EntityTally read(SnapshotInput in, EntityAliases aliases, EntityRegistry registry) throws SnapshotInput.Corrupt {
        EntityTally t = new EntityTally(aliases, registry);
        int n = in.readCount();
        for (int i = 0; i < n; i++) {
            String id = in.readPresentString();
            t.variants.put(id, in.readCounts(new LinkedHashMap<>()));
            int described = in.readInt();
            if (described != 0) {
                t.described.put(id, described);
            }
            t.languages.put(id, in.readCounts(new HashMap<>()));
            if (in.readBoolean()) {
                t.groups.put(id, in.readStrings(new LinkedHashSet<>()));
            }
        }
        return t;
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
