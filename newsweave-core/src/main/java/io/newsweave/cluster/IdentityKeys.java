package io.newsweave.cluster;

import io.newsweave.model.Mention;
import io.newsweave.model.Timex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of an article that only the stream's order can give, added in placement to its text's
 * keys ({@link ArticleFeatures}): the days its date expressions name (an undated article's are
 * resolved in arrival order) and the canonical ids of its entities (given by the registry in
 * arrival order), the ids repeated by their count as {@link Channel#level} says. Stateless.
 */
public final class IdentityKeys {

    private IdentityKeys() {
    }

    /** {@code textKeys} (repeats kept) with the days its timexes name and the canonical ids of its mentions. */
    public static List<String> complete(List<String> textKeys, List<Timex> timexes, List<Mention> mentions) {
        Set<String> added = new LinkedHashSet<>();
        for (Timex t : timexes) {
            if ("day".equals(t.granularity()) && t.value() != null && t.value().length() == 10) {
                added.add(Channel.DATES.key(t.value()));
            }
        }
        Map<String, Integer> entities = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.entity() != null && !m.entity().isEmpty()) {
                entities.merge(m.entity().replaceAll("\\s", "_"), 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>(textKeys);
        added.removeAll(new java.util.HashSet<>(textKeys));
        out.addAll(added);
        Channel.ENTITIES.addRepeated(entities, out);
        return List.copyOf(out);
    }
}
