package io.newsweave.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of descriptions: role nouns ({@code roles.txt}), the qualifiers that turn a head
 * or minister into a specific role, the words that make a role someone else's ({@code deputy},
 * {@code former}), nationality adjectives and seats of power ({@code demonyms.txt}, values are
 * the gazetteer's country ids), and the articles of each language.
 *
 * <p>Loaded once into a shared instance; its tables are private, filled in the constructor and
 * only looked up afterwards, so the instance is immutable and thread-safe. It finds phrases; it
 * does not decide whom they describe ({@link RolePhrases}, {@link Descriptions} do).
 */
final class RoleLexicon {

    /** A role; {@code specific} when it can single a person out without a country. */
    record Role(String code, boolean specific) {

        private static final Set<String> HEADS = Set.of("PRESIDENT", "LEADER", "CHANCELLOR", "PM", "KING");
        private static final Set<String> OFFICES = Set.of("FOREIGN", "DEFENCE");

        /** True when a person the text gives role {@code held} can be described with this role. */
        boolean describes(Role held) {
            String a = code;
            String b = held.code;
            if (a.equals(b)) {
                return true;
            }
            if (HEADS.contains(a) && HEADS.contains(b)) {
                return a.equals("LEADER") || b.equals("LEADER");
            }
            return (a.equals("MINISTER") || a.equals("SECRETARY")) && OFFICES.contains(b);
        }
    }

    /** The code of "counterpart": a role that stands for the roles of the person it is the counterpart of. */
    static final String COUNTERPART = "COUNTERPART";

    private static final RoleLexicon INSTANCE = new RoleLexicon();

    /** Definite articles per language; a description of a language not listed needs none. */
    private static final Map<String, Set<String>> ARTICLES = Map.of(
            "en", Set.of("the"),
            "fr", Set.of("le", "la", "l'", "l’"),
            "es", Set.of("el", "la"),
            "de", Set.of("der", "die", "den", "dem", "des"),
            "it", Set.of("il", "lo", "la", "l'", "l’"),
            "pt", Set.of("o", "a"),
            "nl", Set.of("de", "het"));

    /** Words between a role and its country or qualifier: "of the", "de la", "du", "der". */
    private final Set<String> of = Set.of(
            "d'", "da", "das", "de", "dei", "del", "della", "dello", "der", "des", "di", "do", "dos", "du", "d’", "of",
            "van", "von");
    private final Set<String> articlesAfterOf = Set.of(
            "a", "de", "den", "der", "el", "het", "il", "l'", "la", "las", "le", "les", "lo", "los", "l’", "o", "the");
    private final Phrases<Role> roles = new Phrases<>();
    private final Phrases<Role> qualifiers = new Phrases<>();
    private final Phrases<Boolean> blockers = new Phrases<>();
    /** Nationality adjectives and seats of power; values are the gazetteer's country ids. */
    private final Phrases<String> countries = new Phrases<>();
    /** The nationality adjectives of {@code countries}, without the seats of power. */
    private final Phrases<String> nationalities = new Phrases<>();

    static RoleLexicon get() {
        return INSTANCE;
    }

    private RoleLexicon() {
        NameLexicon lexicon = NameLexicon.get();
        NameLexicon.lines("roles.txt", line -> {
            int space = line.indexOf(' ');
            String code = line.substring(0, space);
            String[] phrases = line.substring(space + 1).split("\\|");
            for (String p : phrases) {
                if (code.equals("BLOCK")) {
                    blockers.add(p, Boolean.TRUE, lexicon);
                } else if (code.endsWith("~")) {
                    qualifiers.add(p, new Role(code.substring(0, code.length() - 1), true), lexicon);
                } else {
                    boolean specific = code.endsWith("!");
                    roles.add(p, new Role(specific ? code.substring(0, code.length() - 1) : code, specific), lexicon);
                }
            }
        });
        Gazetteer gazetteer = Gazetteer.get();
        NameLexicon.lines("demonyms.txt", line -> {
            int space = line.indexOf(' ');
            boolean seats = line.charAt(space - 1) == '+';
            String code = line.substring(0, seats ? space - 1 : space);
            Gazetteer.Entry country = gazetteer.country(code);
            if (country == null) {
                throw new IllegalStateException("demonyms.txt: unknown country " + code);
            }
            for (String p : line.substring(space + 1).split("\\|")) {
                countries.add(p, country.id(), lexicon);
                if (!seats) {
                    nationalities.add(p, country.id(), lexicon);
                }
            }
        });
    }

    /** The longest role phrase starting at token {@code i}, or {@code null}. */
    Phrases.Match<Role> roleAt(List<Token> tokens, int i) {
        return roles.at(tokens, i);
    }

    /** The role of a one-word role phrase or stem, or {@code null}. */
    Phrases.Match<Role> roleWord(String lower) {
        return roles.word(lower);
    }

    /** The longest qualifier ("diplomacy", "la défense") starting at token {@code i}, or {@code null}. */
    Phrases.Match<Role> qualifierAt(List<Token> tokens, int i) {
        return qualifiers.at(tokens, i);
    }

    /** A one-word blocker ("deputy", "former"), or {@code null}. */
    Phrases.Match<Boolean> blockerWord(String lower) {
        return blockers.word(lower);
    }

    /** The blocker phrase ending at token {@code j}, or {@code null}. */
    Phrases.Match<Boolean> blockerEndingAt(List<Token> tokens, int j) {
        return blockers.endingAt(tokens, j);
    }

    /** The longest nationality or seat of power starting at token {@code i}; its value is a country id. */
    Phrases.Match<String> countryAt(List<Token> tokens, int i) {
        return countries.at(tokens, i);
    }

    /** The nationality or seat of power ending at token {@code j}, or {@code null}. */
    Phrases.Match<String> countryEndingAt(List<Token> tokens, int j) {
        return countries.endingAt(tokens, j);
    }

    /** The one-word nationality or seat of power {@code lower}, or {@code null}. */
    Phrases.Match<String> countryWord(String lower) {
        return countries.word(lower);
    }

    /** The one-word nationality adjective {@code lower} (not a seat of power), or {@code null}. */
    Phrases.Match<String> nationalityWord(String lower) {
        return nationalities.word(lower);
    }

    /** True for a word between a role and its country or qualifier: "of", "de", "du", "der". */
    boolean isOf(String lower) {
        return of.contains(lower);
    }

    /** True for an article after such a word: "the", "la", "der". */
    boolean isArticleAfterOf(String lower) {
        return articlesAfterOf.contains(lower);
    }

    /** True when {@code lower} is a definite article of {@code language}. */
    boolean article(String lower, String language) {
        Set<String> set = ARTICLES.get(language);
        return set != null && set.contains(lower);
    }

    /** True when descriptions of {@code language} need a definite article (languages that have one). */
    boolean needsArticle(String language) {
        return ARTICLES.containsKey(language) || "und".equals(language);
    }
}
