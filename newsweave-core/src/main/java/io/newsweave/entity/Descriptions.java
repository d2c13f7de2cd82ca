package io.newsweave.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves descriptions of people within one article ("the American president", "le président
 * russe", "der russische Präsident", "the head of Russian diplomacy") to the person the text has
 * made clear, from the role phrases {@link RolePhrases} finds. Records what the text says of
 * each person: a phrase right before the name ({@code U.S. President Joe Biden}) or in apposition
 * ({@code Putin, the Russian president,}; {@code the Ukrainian leader, Volodymyr Zelensky,}), and
 * a counterpart the roles of the person named last before it on its line, with its own country
 * ({@code President Biden and his Ukrainian counterpart Volodymyr Zelensky}). A
 * phrase standing alone, with its article where the language has one, becomes a mention of the
 * one person of the article, named before it, whose recorded roles fit (same country; any head of
 * state for "leader"); with no country, only a specific role ("the secretary of state") resolves.
 * Two fitting people, or none, leave it unresolved. Does not resolve pronouns, plurals, German
 * closed compounds ({@code Kremlchef}) or roles the text never attaches to a name. Stateless and
 * thread-safe.
 */
final class Descriptions {

    /** A role phrase: token range, role, country id (or {@code null}), and whether an article opens it. */
    record Phrase(int first, int last, int roleFirst, int roleLast, RoleLexicon.Role role, String country, boolean article) {
    }

    private record Held(RoleLexicon.Role role, String country) {
    }

    /** A counterpart phrase the text gives a person ("his Russian counterpart Sergei Lavrov"). */
    private record Counterpart(LocalEntity person, Phrase phrase) {
    }

    private Descriptions() {
    }

    /** The candidates but those that contain a phrase's role noun ("Russian President" with no name after it). */
    static List<Candidate> withoutRoles(List<Candidate> candidates, List<Token> toks, List<Phrase> phrases) {
        if (phrases.isEmpty()) {
            return candidates;
        }
        int[] roleStarts = new int[toks.size()];
        int n = 0;
        for (Phrase p : phrases) {
            for (int k = p.roleFirst(); k <= p.roleLast(); k++) {
                roleStarts[n++] = toks.get(k).start();
            }
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            boolean role = false;
            for (Token t : c.tokens()) {
                role |= java.util.Arrays.binarySearch(roleStarts, 0, n, t.start()) >= 0;
            }
            if (!role) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The entities with the descriptions each is given: for each person, what the phrases before
     * or beside its names say; then each standalone phrase goes to the one person it fits.
     */
    static List<LocalEntity> resolve(String text, List<Token> toks, List<Phrase> phrases, List<LocalEntity> entities, boolean needsArticle) {
        if (phrases.isEmpty()) {
            return entities;
        }
        int[] starts = new int[toks.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = toks.get(k).start();
        }
        Map<Integer, Phrase> byLast = new HashMap<>();
        Map<Integer, Phrase> byFirst = new HashMap<>();
        for (Phrase p : phrases) {
            byLast.put(p.last(), p);
            byFirst.put(p.first(), p);
        }
        Map<LocalEntity, Set<Held>> held = new HashMap<>();
        Map<LocalEntity, List<Surface>> described = new HashMap<>();
        Set<Phrase> attached = new HashSet<>();
        List<Counterpart> counterparts = new ArrayList<>();
        for (LocalEntity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            Set<Held> roles = new HashSet<>();
            for (Surface s : e.mentions()) {
                int a = java.util.Arrays.binarySearch(starts, s.start());
                int b = a < 0 ? a : lastToken(toks, a, s.end());
                if (a < 0) {
                    continue;
                }
                Phrase title = byLast.get(a - 1);
                Phrase before = punct(toks, a - 1, ",") && closes(toks, b + 1) ? byLast.get(a - 2) : null;
                Phrase after = punct(toks, b + 1, ",") ? byFirst.get(b + 2) : null;
                if (after != null && !closes(toks, after.last() + 1)) {
                    after = null;
                }
                for (Phrase p : new Phrase[] {title, before, after}) {
                    if (p != null && attached.add(p)) {
                        if (p.role().code().equals(RoleLexicon.COUNTERPART)) {
                            counterparts.add(new Counterpart(e, p));
                            continue;
                        }
                        roles.add(new Held(p.role(), p.country()));
                        if (p != title && (p.article() || !needsArticle)) {
                            described.computeIfAbsent(e, k -> new ArrayList<>()).add(surface(text, toks, p));
                        }
                    }
                }
            }
            if (!roles.isEmpty()) {
                held.put(e, roles);
            }
        }
        for (Counterpart c : counterparts) {
            Set<Held> theirs = held.get(nearestPersonBefore(toks, starts, entities, c));
            if (theirs != null) {
                Set<Held> mine = held.computeIfAbsent(c.person(), k -> new HashSet<>());
                for (Held h : List.copyOf(theirs)) {
                    mine.add(new Held(h.role(), c.phrase().country()));
                }
            }
        }
        for (Phrase p : phrases) {
            if (attached.contains(p) || needsArticle && !p.article() || p.country() == null && !p.role().specific()) {
                continue;
            }
            int at = toks.get(p.first()).start();
            LocalEntity fit = null;
            int fits = 0;
            for (Map.Entry<LocalEntity, Set<Held>> h : held.entrySet()) {
                if (h.getKey().mentions().get(0).start() < at && fits(p, h.getValue())) {
                    fit = h.getKey();
                    fits++;
                }
            }
            if (fits == 1) {
                described.computeIfAbsent(fit, k -> new ArrayList<>()).add(surface(text, toks, p));
            }
        }
        if (described.isEmpty()) {
            return entities;
        }
        List<LocalEntity> out = new ArrayList<>(entities.size());
        for (LocalEntity e : entities) {
            List<Surface> d = described.get(e);
            if (d != null) {
                d.sort(java.util.Comparator.comparingInt(Surface::start));
            }
            out.add(d == null ? e : new LocalEntity(e.name(), e.type(), e.mentions(), e.known(), d));
        }
        return out;
    }

    /** The other person named last before a counterpart phrase, on its line; {@code null} when none. */
    private static LocalEntity nearestPersonBefore(List<Token> toks, int[] starts, List<LocalEntity> entities, Counterpart c) {
        Token first = toks.get(c.phrase().first());
        LocalEntity nearest = null;
        int end = -1;
        for (LocalEntity e : entities) {
            if (e.type() != EntityType.PERSON || e == c.person()) {
                continue;
            }
            for (Surface s : e.mentions()) {
                int a = java.util.Arrays.binarySearch(starts, s.start());
                if (a >= 0 && s.end() <= first.start() && s.end() > end && toks.get(a).line() == first.line()) {
                    nearest = e;
                    end = s.end();
                }
            }
        }
        return nearest;
    }

    private static boolean fits(Phrase p, Set<Held> held) {
        for (Held h : held) {
            if (p.role().describes(h.role()) && java.util.Objects.equals(p.country(), h.country())) {
                return true;
            }
        }
        return false;
    }

    private static int lastToken(List<Token> toks, int a, int end) {
        int b = a;
        while (b + 1 < toks.size() && toks.get(b + 1).end() <= end) {
            b++;
        }
        return b;
    }

    private static boolean punct(List<Token> toks, int i, String p) {
        return i >= 0 && i < toks.size() && toks.get(i).text().equals(p);
    }

    /** True when token {@code i} closes an apposition: a comma, a sentence end, a bracket, or the end of the line. */
    private static boolean closes(List<Token> toks, int i) {
        if (i >= toks.size() || toks.get(i).line() != toks.get(i - 1).line()) {
            return true;
        }
        Token t = toks.get(i);
        return !t.word() && ",.;:)!?".contains(t.text());
    }

    private static Surface surface(String text, List<Token> toks, Phrase p) {
        int start = toks.get(p.first()).start();
        int end = toks.get(p.last()).end();
        return new Surface(start, end, text.substring(start, end));
    }
}
