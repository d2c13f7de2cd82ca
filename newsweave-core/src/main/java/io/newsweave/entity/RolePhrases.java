package io.newsweave.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the role phrases of a text for {@link Descriptions}: a role noun ({@code roles.txt}, one
 * or more words, or the role half of a hyphenated compound such as {@code US-Präsident}), a country
 * before it (a nationality adjective or seat of power from {@code demonyms.txt}, a country name
 * through the gazetteer, a possessive {@code Russia's}) or after it ({@code le président russe},
 * {@code of the United States}, {@code du Kremlin}), a qualifier after "of" that makes the role
 * specific ({@code the head of American diplomacy}), and the definite article that opens it. A
 * phrase right after a blocking word ({@code deputy}, {@code former}) is left out. Looks up role
 * words only once per token and countries only next to a role. Stateless and thread-safe.
 */
final class RolePhrases {

    private final RoleLexicon lexicon;
    private final Gazetteer gazetteer;

    RolePhrases(RoleLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** Every role phrase of the text, in order; a phrase after a blocking word ("deputy") is left out. */
    List<Descriptions.Phrase> phrases(String text, List<Token> toks, String language) {
        List<Descriptions.Phrase> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.word() || t.lower().length() < 3) {
                continue; // no role word is shorter
            }
            Phrases.Match<RoleLexicon.Role> role = lexicon.roleAt(toks, i);
            String compound = null;
            if (role == null) {
                int dash = t.lower().lastIndexOf('-');
                if (dash <= 0 || (role = lexicon.roleWord(t.lower().substring(dash + 1))) == null) {
                    continue;
                }
                String head = t.lower().substring(0, dash);
                if (lexicon.blockerWord(head) != null) {
                    continue;
                }
                compound = countryWord(t.text().substring(0, dash), head);
                if (compound == null) {
                    continue;
                }
            }
            Descriptions.Phrase p = phrase(text, toks, i, i + role.length() - 1, role.value(), compound, language);
            if (p != null) {
                out.add(p);
            }
            i = Math.max(i, p == null ? i + role.length() - 1 : p.last());
        }
        return out;
    }

    /** A country found in the text: its id and its first and last token. */
    private record Place(String id, int first, int last) {
    }

    private Descriptions.Phrase phrase(String text, List<Token> toks, int roleFirst, int roleLast, RoleLexicon.Role role, String country,
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
        if (onLine(toks, j, line) && lexicon.blockerEndingAt(toks, j) != null) {
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
        if (onLine(toks, k, line) && lexicon.isOf(toks.get(k).lower())) {
            int m = k + 1;
            if (onLine(toks, m, line) && lexicon.isArticleAfterOf(toks.get(m).lower())) {
                m++;
            }
            Place of = countryAt(text, toks, m, line);
            int afterOf = of == null ? m : of.last() + 1;
            Phrases.Match<RoleLexicon.Role> q = onLine(toks, afterOf, line) ? lexicon.qualifierAt(toks, afterOf) : null;
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
        return new Descriptions.Phrase(first, last, roleFirst, roleLast, role, country, article);
    }

    private static boolean onLine(List<Token> toks, int i, int line) {
        return i >= 0 && i < toks.size() && toks.get(i).line() == line;
    }

    /** A country word or name starting at token {@code i}: an adjective ("russe"), a name ("the United States"). */
    private Place countryAt(String text, List<Token> toks, int i, int line) {
        if (!onLine(toks, i, line) || !toks.get(i).word()) {
            return null;
        }
        Phrases.Match<String> word = lexicon.countryAt(toks, i);
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
        Phrases.Match<String> word = lexicon.countryEndingAt(toks, j);
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

    /** The country id of a one-word country written {@code original} ({@code lower} in lower case), or {@code null}. */
    private String countryWord(String original, String lower) {
        Phrases.Match<String> word = lexicon.countryWord(lower);
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
