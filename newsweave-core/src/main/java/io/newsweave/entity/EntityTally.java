package io.newsweave.entity;

import io.newsweave.model.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the entities of a set of articles (a story, the store) from their mentions, after
 * {@link EntityAliases}; descriptions count as mentions, not as variants. Holds one small map per entity, not the articles. Not thread-safe.
 */
public final class EntityTally {

    private final EntityAliases aliases;
    private final Map<String, Map<String, Integer>> variants = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> languages = new HashMap<>();
    private final Map<String, Integer> described = new HashMap<>();

    public EntityTally(EntityAliases aliases) {
        this.aliases = aliases;
    }

    /** Adds one article's mentions. */
    public void add(List<Mention> mentions, String language) {
        for (Mention m : mentions) {
            if (m.entity() == null) {
                continue;
            }
            String id = aliases.id(m.entity(), m.text());
            Map<String, Integer> forms = variants.computeIfAbsent(id, k -> new LinkedHashMap<>());
            if (m.description()) {
                described.merge(id, 1, Integer::sum);
            } else {
                forms.merge(m.text(), 1, Integer::sum);
            }
            languages.computeIfAbsent(id, k -> new HashMap<>()).merge(language, 1, Integer::sum);
        }
    }

    /** The entities, most mentioned first, then by id. */
    public List<EntitySummary> summaries() {
        List<EntitySummary> out = new ArrayList<>(variants.size());
        for (Map.Entry<String, Map<String, Integer>> e : variants.entrySet()) {
            Map<String, Integer> counts = e.getValue();
            List<String> forms = new ArrayList<>(counts.keySet());
            forms.sort(Comparator.<String>comparingInt(v -> -counts.get(v)).thenComparing(v -> v));
            String name = aliases.name(e.getKey());
            if (name == null) {
                name = forms.stream().max(Comparator.<String>comparingInt(v -> v.split(" ").length)
                        .thenComparingInt(counts::get)).orElse(e.getKey());
            }
            int total = counts.values().stream().mapToInt(Integer::intValue).sum() + described.getOrDefault(e.getKey(), 0);
            out.add(new EntitySummary(e.getKey(), name, EntityType.ofId(e.getKey()), forms, languages.get(e.getKey()), total));
        }
        out.sort(Comparator.<EntitySummary>comparingInt(s -> -s.mentions()).thenComparing(EntitySummary::id));
        return out;
    }
}
