package io.newsweave.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups one article's candidates into entities: the same name however inflected
 * ({@code Путин}, {@code Путина}); a person's shorter forms ({@code Biden}, {@code President Biden}
 * for {@code Joe Biden}, when exactly one person of the article carries that surname; with two
 * Johnsons, a lone {@code Johnson} stays apart); an acronym and the name it abbreviates. Does not
 * resolve pronouns or descriptions ("the American president"). Stateless and thread-safe.
 */
final class Coreference {

    /** The type of a name that nothing typed, after coreference. */
    static final EntityType DEFAULT_TYPE = EntityType.OTHER;

    private static final class Chain {
        final List<Candidate> members = new ArrayList<>();
        final String key;
        final String[] words;
        EntityType type;

        Chain(Candidate first) {
            key = first.key();
            words = first.key().split(" ");
            type = first.type();
            members.add(first);
        }

        String last() {
            return words[words.length - 1];
        }
    }

    private Coreference() {
    }

    static List<LocalEntity> resolve(List<Candidate> candidates) {
        Map<String, Chain> byKey = new LinkedHashMap<>();
        List<Chain> people = new ArrayList<>();
        List<Candidate> persons = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON && c.tokens().size() >= 2) {
                persons.add(c);
            }
        }
        persons.sort((a, b) -> b.tokens().size() - a.tokens().size());
        for (Candidate c : persons) {
            Chain chain = byKey.get(c.key());
            if (chain == null) {
                chain = longerPerson(people, c.key().split(" "));
            }
            if (chain == null) {
                chain = new Chain(c);
                people.add(chain);
                byKey.put(c.key(), chain);
            } else {
                chain.members.add(c);
            }
        }
        Map<String, List<Chain>> bySurname = new HashMap<>();
        for (Chain p : people) {
            bySurname.computeIfAbsent(p.last(), k -> new ArrayList<>()).add(p);
        }
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON && c.tokens().size() >= 2) {
                continue;
            }
            Chain chain = byKey.get(c.key());
            if (chain == null && c.tokens().size() == 1 && (c.type() == null || c.type() == EntityType.PERSON) && c.known() == null) {
                List<Chain> same = bySurname.get(c.key());
                if (same != null && same.size() == 1) {
                    chain = same.get(0);
                }
            }
            if (chain == null && c.tokens().size() == 1 && c.tokens().get(0).caps()) {
                chain = abbreviated(byKey, c.tokens().get(0).lower());
            }
            if (chain == null) {
                chain = new Chain(c);
                byKey.put(c.key(), chain);
            } else {
                chain.members.add(c);
                if (chain.type == null) {
                    chain.type = c.type();
                }
            }
        }
        List<LocalEntity> out = new ArrayList<>(byKey.size());
        for (Chain chain : new java.util.LinkedHashSet<>(byKey.values())) {
            out.add(entity(chain));
        }
        return out;
    }

    private static Chain longerPerson(List<Chain> people, String[] words) {
        Chain found = null;
        for (Chain p : people) {
            if (p.last().equals(words[words.length - 1]) && java.util.Arrays.asList(p.words).containsAll(java.util.Arrays.asList(words))) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private static Chain abbreviated(Map<String, Chain> byKey, String acronym) {
        for (Chain chain : byKey.values()) {
            Candidate first = chain.members.get(0);
            if (first.tokens().size() < 2) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (Token t : first.tokens()) {
                if (t.cap()) {
                    initials.append(t.lower().charAt(0));
                }
            }
            if (initials.toString().equals(acronym)) {
                return chain;
            }
        }
        return null;
    }

    private static LocalEntity entity(Chain chain) {
        EntityType type = chain.type;
        boolean locCue = false;
        String known = null;
        Candidate best = chain.members.get(0);
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : chain.members) {
            counts.merge(c.text(), 1, Integer::sum);
        }
        List<Surface> mentions = new ArrayList<>(chain.members.size());
        for (Candidate c : chain.members) {
            locCue |= c.locCue();
            if (known == null && c.known() != null) {
                known = c.known().id();
            }
            if (c.tokens().size() > best.tokens().size()
                    || c.tokens().size() == best.tokens().size() && counts.get(c.text()) > counts.get(best.text())) {
                best = c;
            }
            mentions.add(new Surface(c.start(), c.end(), c.text()));
        }
        mentions.sort(java.util.Comparator.comparingInt(Surface::start));
        if (type == null) {
            type = locCue ? EntityType.LOCATION : DEFAULT_TYPE;
        }
        return new LocalEntity(best.text(), type, mentions, known);
    }
}
