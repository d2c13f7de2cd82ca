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
 * made clear. Finds role phrases around role nouns: country words before or after the role
 * ({@code Russian}, {@code russe}, {@code Russia's}, {@code of the United States}, {@code du
 * Kremlin}), a qualifier after "of" ({@code head of diplomacy}). Records what the text says of
 * each person: a phrase right before the name ({@code U.S. President Joe Biden}) or in apposition
 * ({@code Putin, the Russian president,}; {@code the Ukrainian leader, Volodymyr Zelensky,}). A
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

    private final RoleLexicon lexicon;
    private final Gazetteer gazetteer;

    Descriptions(RoleLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** Every role phrase of the text, in order; a phrase after a blocking word ("deputy") is left out. */
    List<Phrase> phrases(String text, List<Token> toks, String language) {
        List<Phrase> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.word() || t.lower().length() < 3) {
                continue; // no role word is shorter
            }
            Phrases.Match<RoleLexicon.Role> role = lexicon.roles.at(toks, i);
            String compound = null;
            if (role == null) {
                int dash = t.lower().lastIndexOf('-');
                if (dash <= 0 || (role = lexicon.roles.word(t.lower().substring(dash + 1))) == null) {
                    continue;
                }
                String head = t.lower().substring(0, dash);
                if (lexicon.blockers.word(head) != null) {
                    continue;
                }
                compound = countryWord(text, t.text().substring(0, dash), head);
                if (compound == null) {
                    continue;
                }
            }
            Phrase p = phrase(text, toks, i, i + role.length() - 1, role.value(), compound, language);
            if (p != null) {
                out.add(p);
            }
            i = Math.max(i, p == null ? i + role.length() - 1 : p.last());
        }
        return out;
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
    List<LocalEntity> resolve(String text, List<Token> toks, List<Phrase> phrases, List<LocalEntity> entities, boolean needsArticle) {
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

    /** A country found in the text: its id and its first and last token. */
    private record Place(String id, int first, int last) {
    }

    private Phrase phrase(String text, List<Token> toks, int roleFirst, int roleLast, RoleLexicon.Role role, String country,
                          String language) {
        int line = toks.get(roleFirst).line();
        int first = roleFirst;
        if (country == null) {
            Place before = countryEndingAt(text, toks, roleFirst - 1, line);
            if (before != null) {
                country = before.id();
                first = before.first();
            }
        }
        int j = first - 1;
        if (onLine(toks, j, line) && lexicon.blockers.endingAt(toks, j) != null) {
            return null;
        }
        boolean article = onLine(toks, j, line) && lexicon.article(toks.get(j).lower(), language);
        if (article) {
            first = j;
        }
        int last = roleLast;
        if (country == null) {
            Place after = countryAt(text, toks, last + 1, line);
            if (after != null) {
                country = after.id();
                last = after.last();
            }
        }
        int k = last + 1;
        if (onLine(toks, k, line) && lexicon.of.contains(toks.get(k).lower())) {
            int m = k + 1;
            if (onLine(toks, m, line) && lexicon.articlesAfterOf.contains(toks.get(m).lower())) {
                m++;
            }
            Place of = countryAt(text, toks, m, line);
            int afterOf = of == null ? m : of.last() + 1;
            Phrases.Match<RoleLexicon.Role> q = onLine(toks, afterOf, line) ? lexicon.qualifiers.at(toks, afterOf) : null;
            if (q != null) {
                role = q.value();
                last = afterOf + q.length() - 1;
                if (of == null) {
                    of = countryAt(text, toks, last + 1, line);
                    last = of == null ? last : of.last();
                }
            } else if (of != null && country == null) {
                last = of.last();
            }
            if (country == null && of != null) {
                country = of.id();
            }
        }
        return new Phrase(first, last, roleFirst, roleLast, role, country, article);
    }

    private static boolean onLine(List<Token> toks, int i, int line) {
        return i >= 0 && i < toks.size() && toks.get(i).line() == line;
    }

    /** A country word or name starting at token {@code i}: an adjective ("russe"), a name ("the United States"). */
    private Place countryAt(String text, List<Token> toks, int i, int line) {
        if (!onLine(toks, i, line) || !toks.get(i).word()) {
            return null;
        }
        Phrases.Match<String> word = lexicon.countries.at(toks, i);
        if (word != null) {
            return new Place(word.value(), i, i + word.length() - 1);
        }
        if (!toks.get(i).cap() || !gazetteer.startsName(NameKeys.word(toks.get(i).text()))) {
            return null;
        }
        for (int n = 3; n >= 1; n--) {
            int last = i + n - 1;
            if (capitalized(toks, i, last, line)) {
                String id = country(text.substring(toks.get(i).start(), toks.get(last).end()));
                if (id != null) {
                    return new Place(id, i, last);
                }
            }
        }
        return null;
    }

    /** A country word or name ending at token {@code j}, or a country name with a possessive ("Russia's"). */
    private Place countryEndingAt(String text, List<Token> toks, int j, int line) {
        if (!onLine(toks, j, line)) {
            return null;
        }
        if (j >= 2 && toks.get(j).lower().equals("s") && !toks.get(j - 1).word() && "'’".contains(toks.get(j - 1).text())) {
            Place owner = countryEndingAt(text, toks, j - 2, line);
            return owner == null ? null : new Place(owner.id(), owner.first(), j);
        }
        if (!toks.get(j).word()) {
            return null;
        }
        Phrases.Match<String> word = lexicon.countries.endingAt(toks, j);
        if (word != null) {
            return new Place(word.value(), j - word.length() + 1, j);
        }
        for (int n = 3; n >= 1; n--) {
            int first = j - n + 1;
            if (capitalized(toks, first, j, line) && gazetteer.startsName(NameKeys.word(toks.get(first).text()))) {
                String id = country(text.substring(toks.get(first).start(), toks.get(j).end()));
                if (id != null) {
                    return new Place(id, first, j);
                }
            }
        }
        return null;
    }

    private static boolean capitalized(List<Token> toks, int first, int last, int line) {
        if (first < 0 || last >= toks.size()) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            Token t = toks.get(k);
            if (t.line() != line || !t.word() || !t.cap()) {
                return false;
            }
        }
        return true;
    }

    /** The country id of a one-word country written {@code text} with lower case {@code lower}, or {@code null}. */
    private String countryWord(String text, String original, String lower) {
        Phrases.Match<String> word = lexicon.countries.word(lower);
        if (word != null) {
            return word.value();
        }
        return Character.isUpperCase(original.charAt(0)) ? country(original) : null;
    }

    private String country(String name) {
        Gazetteer.Entry e = gazetteer.lookup(name, NameKeys.name(name));
        return e != null && gazetteer.isCountry(e.id()) ? e.id() : null;
    }
}
