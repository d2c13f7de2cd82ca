package io.newsweave.quote;

import io.newsweave.entity.EntityType;
import io.newsweave.entity.GivenNameGenders;
import io.newsweave.entity.GivenNameGenders.Gender;
import io.newsweave.model.Mention;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an article tells of its people's gender, so that a pronoun is not given to someone it
 * cannot stand for ("…,” she said" after "Colin Frayne"). A person is a woman or a man when their
 * given name usually is ({@link GivenNameGenders}), or when the words right before a mention say so:
 * an honorific ("Mrs", "Herr", "Sra."), a gendered noun ("spokeswoman", "alcaldesa", "Kanzlerin",
 * "la déléguée"), or, in French, Spanish, Italian and Portuguese, the article that opens the noun
 * phrase the name stands in apposition to ("La alcaldesa de Valdemora, Rosa Méndez"). Cues that
 * disagree leave the person unknown. Built once per article; not thread-safe (it caches).
 */
final class Genders {

    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "ms", "miss", "madam", "lady", "dame", "mme", "mlle",
            "madame", "mademoiselle", "frau", "sra", "srta", "señora", "señorita", "doña", "signora", "signorina", "dona",
            "pani", "paní");
    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "sir", "lord", "monsieur", "herr", "sr", "señor", "don",
            "signor", "signore", "dom", "pan");
    private static final Set<String> FEMALE_NOUNS = Set.of("spokeswoman", "chairwoman", "congresswoman", "businesswoman",
            "councilwoman", "actress", "mother", "wife", "daughter", "sister", "widow", "grandmother", "queen", "princess",
            "duchess", "girl", "woman", "ministra", "alcaldesa", "presidenta", "diputada", "senadora", "consejera", "jueza",
            "abogada", "escritora", "directora", "secretaria", "concejala", "gobernadora", "portavoza", "présidente",
            "directrice", "députée", "sénatrice", "conseillère", "avocate", "déléguée", "élue", "actrice", "chanteuse",
            "joueuse", "écrivaine", "préfète", "sindaca", "presidentessa", "direttrice", "senatrice", "deputata", "avvocata",
            "scrittrice", "deputada", "prefeita", "diretora", "vereadora", "mutter", "tochter", "schwester", "witwe");
    private static final Set<String> MALE_NOUNS = Set.of("spokesman", "chairman", "congressman", "businessman", "councilman",
            "father", "husband", "son", "brother", "widower", "grandfather", "king", "prince", "duke", "boy", "man",
            "ministro", "alcalde", "diputado", "senador", "consejero", "juez", "abogado", "escritor", "director", "secretario",
            "gobernador", "directeur", "député", "sénateur", "conseiller", "avocat", "délégué", "acteur", "chanteur",
            "joueur", "écrivain", "préfet", "sindaco", "direttore", "senatore", "deputato", "avvocato", "scrittore",
            "deputado", "prefeito", "diretor", "vereador", "vater", "sohn", "bruder", "witwer");
    /** Articles that give the gender of the noun phrase they open, in French, Spanish, Italian and Portuguese. */
    private static final Set<String> FEMALE_ARTICLES = Set.of("la", "una", "une", "uma");
    private static final Set<String> MALE_ARTICLES = Set.of("le", "el", "il", "un", "uno", "um", "lo");
    private static final Set<String> ROMANCE = Set.of("fr", "es", "it", "pt", "ca", "ro");
    /** Prepositions before an article that opens a complement, not the phrase ("le maire de la commune"). */
    private static final Set<String> PREPOSITIONS = Set.of("de", "à", "a", "en", "por", "para", "con", "di", "da", "in",
            "per", "su", "com", "em", "sur", "dans", "avec", "pour", "par", "sous");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "elle", "ella", "lei", "ela", "она", "вона", "ona", "zij");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "il", "er", "él", "lui", "egli", "ele", "он", "він", "hij");
    /** Words read back from a name for the article of its phrase. */
    private static final int PHRASE_WORDS = 7;

    private final String text;
    private final Mention[] mentions;
    private final boolean[] quoted;
    private final EntityType[] types;
    private final boolean romance;
    private final boolean german;
    private final Map<String, Gender> known = new HashMap<>();
    private final Map<String, Boolean> unknown = new HashMap<>();

    Genders(String text, Mention[] mentions, boolean[] quoted, EntityType[] types, String language) {
        this.text = text;
        this.mentions = mentions;
        this.quoted = quoted;
        this.types = types;
        String l = language == null ? "" : language.toLowerCase(Locale.ROOT);
        this.romance = ROMANCE.contains(l);
        this.german = l.equals("de");
    }

    /**
     * The gender a pronoun or inverted verb gives ("she", "a-t-elle", "er"); German "sie" is a woman
     * unless its verb is plural ("sagten"); {@code null} for "they", "ze" and anything else.
     */
    static Gender ofPronoun(String pronoun, String cue) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (AttributionCues.pronounTail(p)) {
            return p.endsWith("-elle") ? Gender.FEMALE : p.endsWith("-il") ? Gender.MALE : null;
        }
        if (p.equals("sie")) {
            return cue != null && cue.toLowerCase(Locale.ROOT).endsWith("en") ? null : Gender.FEMALE;
        }
        return FEMALE_PRONOUNS.contains(p) ? Gender.FEMALE : MALE_PRONOUNS.contains(p) ? Gender.MALE : null;
    }

    /** The gender of the person {@code entity}, shown as {@code name}; {@code null} when the text does not tell it. */
    Gender of(String entity, String name) {
        if (entity == null) {
            return null;
        }
        Gender g = known.get(entity);
        if (g != null || unknown.containsKey(entity)) {
            return g;
        }
        g = read(entity, name);
        if (g == null) {
            unknown.put(entity, Boolean.TRUE);
        } else {
            known.put(entity, g);
        }
        return g;
    }

    private Gender read(String entity, String name) {
        boolean female = false;
        boolean male = false;
        if (name != null) {
            int space = name.indexOf(' ');
            if (space > 0) {
                Gender given = GivenNameGenders.of(name.substring(0, space));
                female = given == Gender.FEMALE;
                male = given == Gender.MALE;
            }
        }
        for (int i = 0; i < mentions.length; i++) {
            if (quoted[i] || types[i] != EntityType.PERSON || !entity.equals(mentions[i].entity())) {
                continue;
            }
            Gender cue = cueBefore(mentions[i].start());
            female |= cue == Gender.FEMALE;
            male |= cue == Gender.MALE;
        }
        return female == male ? null : female ? Gender.FEMALE : Gender.MALE;
    }

    /** The gender the words before a name give it: an honorific or gendered noun right before, or its phrase's article. */
    private Gender cueBefore(int start) {
        int i = start;
        int words = 0;
        boolean comma = false;
        while (i > 0 && words < PHRASE_WORDS) {
            int e = i;
            while (e > 0 && Marks.isBlank(text.charAt(e - 1))) {
                e--;
            }
            if (e == 0) {
                break;
            }
            char c = text.charAt(e - 1);
            if (c == ',' && !comma) {
                comma = true;
                i = e - 1;
                continue;
            }
            if (c == '.' && e - 2 >= 0 && Character.isLetter(text.charAt(e - 2)) && words == 0) {
                e--; // "Mrs.", "Sra."
            } else if (!Character.isLetter(c)) {
                break;
            }
            int s = e;
            while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
                s--;
            }
            if (s > 0 && (text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '’')) {
                return null; // "l'élue": the article says nothing
            }
            if (insidePerson(s)) {
                break; // another person's name: its words are not this one's
            }
            String word = text.substring(s, e);
            String lower = word.toLowerCase(Locale.ROOT);
            if (words == 0 && !comma) {
                if (FEMALE_HONORIFICS.contains(lower)) {
                    return Gender.FEMALE;
                }
                if (MALE_HONORIFICS.contains(lower) || lower.equals("m") && romance && word.equals("M")) {
                    return Gender.MALE;
                }
            }
            if (FEMALE_NOUNS.contains(lower) || german && words <= 2 && Character.isUpperCase(word.charAt(0))
                    && lower.length() >= 6 && lower.endsWith("in") && !lower.endsWith("ein")) {
                return Gender.FEMALE; // "Vorstandschefin", "Kanzlerin"
            }
            if (MALE_NOUNS.contains(lower)) {
                return Gender.MALE;
            }
            if (romance && (FEMALE_ARTICLES.contains(lower) || MALE_ARTICLES.contains(lower)) && !afterPreposition(s)) {
                return FEMALE_ARTICLES.contains(lower) ? Gender.FEMALE : Gender.MALE;
            }
            words++;
            i = s;
        }
        return null;
    }

    private boolean insidePerson(int offset) {
        for (int i = 0; i < mentions.length && mentions[i].start() <= offset; i++) {
            if (types[i] == EntityType.PERSON && offset < mentions[i].end()) {
                return true;
            }
        }
        return false;
    }

    private boolean afterPreposition(int wordStart) {
        int e = wordStart;
        while (e > 0 && Marks.isBlank(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s < e && PREPOSITIONS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
    }
}
