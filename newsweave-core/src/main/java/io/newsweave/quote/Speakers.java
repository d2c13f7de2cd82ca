package io.newsweave.quote;

import io.newsweave.entity.EntityType;
import io.newsweave.entity.GivenNameGenders.Gender;
import io.newsweave.model.Mention;
import io.newsweave.text.WordRuns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves an {@link Attribution} to a speaker with the article's entity mentions: a name or a
 * role phrase to the person (else organization, else any entity) it contains, a pronoun or an
 * implied subject to the most recent person named outside quotes, "they" to the most recent
 * organization. Built once per article.
 */
final class Speakers {

    /** A resolved speaker: display name, entity id or null, and the offsets of the attributed words. */
    record Speaker(String name, String entity, int start, int end) {
    }

    private static final int PLURAL_REACH = 600;
    private static final int MAX_LOOKBACK = 200;
    /** Words that open a prepositional phrase or an infinitive, never a speaker. */
    private static final Set<String> NOT_OPENING = Set.of("to", "in", "on", "at", "for", "with", "by", "from", "of", "into",
            "than", "as", "about", "against", "over", "after", "before", "during", "without", "à", "dans", "sur", "pour",
            "avec", "par", "contre", "sans", "en", "con", "por", "para", "sin", "sobre", "contra", "zu", "mit", "für",
            "gegen", "ohne", "über", "von", "bei", "nach", "per", "su", "tra", "fra", "senza", "com", "sem", "met",
            "voor", "tegen", "zonder", "naar", "am", "im", "vom", "zum", "zur", "beim", "ins", "ans", "au", "aux");

    /** A phrase longer than this that names no entity is a clause, not a speaker. */
    private static final int MAX_NAME_WORDS = 6;
    /** Auxiliaries between a subject and its reporting verb ("has promised", "a déclaré"). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "will", "would",
            "also", "then", "later", "again", "a", "ont", "avait", "ha", "han", "había", "hat", "hatte", "haben", "è", "aveva",
            "tem", "tinha", "heeft");
    private static final Set<String> NOT_REPORTING = Set.of("called", "calls", "described", "describes", "dubbed", "labeled",
            "labelled", "posted", "asked", "continued", "promised", "vowed", "urged", "announced", "confirmed");
    /** Nouns that name a person by role: a reporting verb after one has an unnamed person as its subject. */
    private static final Set<String> PERSON_ROLES = Set.of("official", "spokesman", "spokeswoman", "spokesperson", "source",
            "aide", "adviser", "advisor", "diplomat", "minister", "secretary", "president", "chancellor", "envoy",
            "ambassador", "officer", "analyst", "expert", "lawyer", "attorney", "prosecutor", "judge", "witness", "resident",
            "doctor", "leader", "chief", "director", "mayor", "governor", "senator", "commander", "general", "negotiator",
            "representative", "researcher", "professor", "economist", "activist", "journalist", "reporter", "correspondent",
            "responsable", "porte-parole", "conseiller", "conseillère", "diplomate", "ministre", "ambassadeur", "avocat",
            "funcionario", "funcionaria", "portavoz", "asesor", "asesora", "diplomático", "ministro", "ministra", "fuente",
            "experto", "abogado", "sprecher", "sprecherin", "beamter", "berater", "beraterin", "ministerin", "experte",
            "portavoce", "funzionario", "consigliere", "diplomatico", "fonte", "esperto", "porta-voz", "funcionário",
            "assessor", "diplomata", "especialista", "chairman", "chairwoman", "chair", "préfet", "préfète", "élu", "élue",
            "président", "présidente", "presidente", "gouverneur", "gobernador", "gobernadora", "fiscal", "maire",
            "alcalde", "alcaldesa", "sindaco", "prefeito", "prefeita", "bürgermeister", "bürgermeisterin", "richter",
            "richterin", "juez", "jueza", "beamte", "beamtin", "édile", "edil", "member", "membre", "miembro", "membro",
            "mitglied");

    private final String text;
    private final WordRuns words;
    private final List<Span> spans;
    private final Mention[] mentions;
    private final boolean[] quoted;
    private final EntityType[] types;
    private final Map<String, String> fullest = new HashMap<>();
    private final Map<String, String> described = new HashMap<>();
    private final Map<String, String> surnames = new HashMap<>();
    private final Genders genders;

    Speakers(WordRuns words, List<Mention> all, List<Span> spans) {
        this(words, all, spans, null);
    }

    Speakers(WordRuns words, List<Mention> all, List<Span> spans, String language) {
        this.words = words;
        this.text = words.text();
        this.spans = spans;
        List<Mention> valid = new ArrayList<>();
        for (Mention m : all) {
            if (m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()) {
                valid.add(m);
            }
        }
        valid.sort(Comparator.comparingInt(Mention::start));
        this.mentions = valid.toArray(new Mention[0]);
        this.quoted = new boolean[mentions.length];
        this.types = new EntityType[mentions.length];
        int s = 0;
        for (int i = 0; i < mentions.length; i++) {
            while (s < spans.size() && spans.get(s).end() <= mentions[i].start()) {
                s++;
            }
            quoted[i] = s < spans.size() && spans.get(s).start() <= mentions[i].start();
            String id = mentions[i].entity();
            types[i] = id == null ? null : EntityType.ofId(id);
            if (id != null) {
                // a name beats a description ("Volodymyr Zelensky", not "the Ukrainian president"); the longest wins
                (mentions[i].description() ? described : fullest).merge(id, mentions[i].text(), (a, b) -> b.length() > a.length() ? b : a);
                int space = mentions[i].text().lastIndexOf(' ');
                if (space > 0 && types[i] == EntityType.PERSON) {
                    surnames.putIfAbsent(mentions[i].text().substring(space + 1), id);
                }
            }
        }
        this.genders = new Genders(text, mentions, quoted, types, language);
    }

    /** The speaker of a quote opening at {@code quoteOpen}; {@code null} when nothing can be said. */
    Speaker resolve(Attribution a, int quoteOpen) {
        return switch (a.kind()) {
            case PRONOUN -> antecedent(a.start(), a.start(), a.end(), EntityType.PERSON, Integer.MAX_VALUE,
                    Genders.ofPronoun(text.substring(a.start(), a.end()), a.cue()));
            case IMPLIED -> antecedent(quoteOpen, -1, -1, EntityType.PERSON, Integer.MAX_VALUE, null);
            case PLURAL -> antecedent(a.start(), a.start(), a.end(), EntityType.ORGANIZATION, PLURAL_REACH, null);
            case PHRASE -> named(a);
        };
    }

    private Speaker named(Attribution a) {
        int from = firstAtOrAfter(a.start());
        Mention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int i = from; i < mentions.length && mentions[i].start() < a.end(); i++) {
            Mention m = mentions[i];
            if (m.entity() == null || m.end() > a.end()) {
                continue;
            }
            int rank = switch (types[i]) {
                case PERSON -> 0;
                case ORGANIZATION -> 2;
                default -> 4;
            };
            if (m.start() >= a.headEnd()) {
                rank++;
            }
            if (possessive(m) || afterPreposition(m, a.start())) {
                rank += 2; // "Okafor's deputy, Lena Holm", "la consejera de Medio Ambiente, Carmen Ibáñez": a complement does not speak
            }
            // forward phrases name their head first; backward phrases last ("Clinton's manager Robby Mook")
            if (rank < bestRank || rank == bestRank && !a.forward()) {
                best = m;
                bestRank = rank;
            }
        }
        int end = Math.min(a.headEnd(), a.end());
        if (best != null && (bestRank <= 1 || onlyFunctionWords(a.start(), end, best))) {
            String id = byFullName(best.entity(), best.text());
            return new Speaker(display(id), id, best.start(), best.end());
        }
        String phrase = text.substring(a.start(), end).strip();
        if (phrase.isEmpty() || QuoteFinder.words(phrase) > MAX_NAME_WORDS) {
            return null;
        }
        String id = byFullName(null, phrase);
        if (id != null) {
            return new Speaker(display(id), id, a.start(), end);
        }
        if (!speakerLike(phrase) || !namesSomeone(phrase) && !(singleName(phrase) && !sentenceInitial(a.start()))) {
            return null;
        }
        Speaker earlier = backReference(phrase, a.start(), end);
        return earlier != null ? earlier : new Speaker(phrase, null, a.start(), end);
    }

    /** How far back a definite role phrase ("the governor") looks for the person it refers to. */
    private static final int ROLE_REACH = 800;
    /** A name this close to an earlier role noun is the holder of that role ("Governor Ana Ruiz", "Ana Ruiz, the governor"). */
    private static final int ROLE_GAP = 30;
    /** Definite articles: a role phrase opened by one refers back to someone already introduced. */
    private static final Set<String> DEFINITE = Set.of("the", "le", "la", "l", "der", "die", "das", "el", "il", "lo", "o", "a");

    /**
     * Other words for a role, which may have introduced its holder ("Le chef de l'État, Emmanuel
     * Laurent … a affirmé le président"; "la maire de Valcourt … l'élue"): role noun → the words
     * that count as it, each lower case, possibly several words.
     */
    private static final Map<String, List<String>> ROLE_WORDS = roleWords();

    private static Map<String, List<String>> roleWords() {
        Map<String, List<String>> m = new HashMap<>();
        List<String> heads = List.of("head of state", "chef de l'état", "chef de l’état", "président de la république",
                "jefe de estado", "jefe del estado", "staatschef", "staatschefin", "staatsoberhaupt", "capo dello stato",
                "chefe de estado");
        for (String president : List.of("president", "président", "présidente", "presidente", "präsident", "präsidentin")) {
            m.put(president, heads);
        }
        List<String> elected = List.of("maire", "député", "députée", "sénateur", "sénatrice", "conseiller", "conseillère",
                "édile", "élu", "élue");
        m.put("élu", elected);
        m.put("élue", elected);
        m.put("édile", List.of("maire"));
        m.put("edil", List.of("alcalde", "alcaldesa"));
        m.put("edila", List.of("alcaldesa"));
        m.put("stadtoberhaupt", List.of("bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin"));
        m.put("regierungschef", List.of("kanzler", "ministerpräsident"));
        m.put("regierungschefin", List.of("kanzlerin", "ministerpräsidentin"));
        m.put("premier", List.of("prime minister"));
        return m;
    }

    /**
     * A definite role phrase ("the governor", "le préfet", "der Beamte", "l'élue", "das
     * Aufsichtsratsmitglied") refers back to the person introduced with that role earlier in the
     * article, outside quotes: to the person named next to it ("Governor Ana Ruiz said...", "la
     * maire de Valcourt, Chantal Kieffer"; later "the governor said" is Ana Ruiz), or, when nobody is
     * named there, to that earlier, fuller description ("a senior White House official ... the
     * official said" is "a senior White House official"). An earlier definite mention of the role is
     * itself a reference and the search goes on behind it. An age description ("die 24-Jährige",
     * "l'attaquant de 33 ans", "the 33-year-old") refers to the person whose age was given, or else
     * to the one person named in its paragraph and the one before. {@code null} when the phrase is
     * none of these or nobody was introduced.
     */
    private Speaker backReference(String phrase, int start, int end) {
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        String[] words = NOT_LETTERS.split(lower);
        if (words.length < 2 || !DEFINITE.contains(words[0])) {
            return null;
        }
        String age = age(lower);
        if (age != null) {
            Mention aged = agedPerson(age, start);
            if (aged == null) {
                aged = soleReferent(start);
            }
            if (aged == null) {
                return null;
            }
            String id = byFullName(aged.entity(), aged.text());
            return new Speaker(display(id), id, start, end);
        }
        String role = words[words.length - 1];
        List<String> forms = new ArrayList<>();
        if (PERSON_ROLES.contains(role)) {
            forms.add(role);
        } else {
            for (String r : COMPOUND_HEADS) {
                if (role.length() > r.length() + 3 && role.endsWith(r)) {
                    forms.add(r); // "das Aufsichtsratsmitglied" after "ein Mitglied des Aufsichtsrats"
                }
            }
            if (forms.isEmpty()) {
                return null;
            }
        }
        forms.addAll(ROLE_WORDS.getOrDefault(role, List.of()));
        int reachStart = Math.max(0, start - ROLE_REACH);
        int at = start;
        while (true) {
            int found = -1;
            int foundEnd = -1;
            for (String form : forms) {
                int[] hit = lastWord(form, reachStart, at);
                if (hit != null && hit[0] > found) {
                    found = hit[0];
                    foundEnd = hit[1];
                }
            }
            if (found < 0) {
                return null;
            }
            at = found;
            Mention holder = holder(found, foundEnd);
            if (holder != null) {
                String id = byFullName(holder.entity(), holder.text());
                return new Speaker(display(id), id, start, end);
            }
            int open = determinerBefore(found);
            if (open >= 0 && !definiteOnly(firstWord(open))) {
                return new Speaker(text.substring(open, complementEnd(foundEnd)).strip(), null, start, end);
            }
            // a definite mention ("Le maire, lui, est resté") refers further back itself
        }
    }

    /** Role nouns that end compounds ("Aufsichtsratsmitglied", "Regierungssprecher"). */
    private static final List<String> COMPOUND_HEADS = List.of("mitglied", "sprecher", "sprecherin", "beamter", "beamte",
            "beamtin", "minister", "ministerin", "chef", "chefin", "vorsitzende", "vorsitzender");

    /** Endings a German role noun takes after an adjective or article ("Beamter", "Beamten"). */
    private static final List<String> ROLE_ENDINGS = List.of("", "r", "n", "en", "s", "e");

    /**
     * The last occurrence of {@code form} as whole words, outside quotes, starting in {@code [from,
     * before)}: its start and end, or {@code null}. The form's last word may carry a German ending.
     */
    private int[] lastWord(String form, int from, int before) {
        String lower = lowerText();
        for (int at = before - form.length(); at >= from; at--) {
            if (lower != null) {
                at = lower.lastIndexOf(form, at);
                if (at < from) {
                    return null;
                }
            } else if (!text.regionMatches(true, at, form, 0, form.length())) {
                continue;
            }
            if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                continue;
            }
            for (String ending : ROLE_ENDINGS) {
                int e = at + form.length() + ending.length();
                if (e <= text.length() && text.regionMatches(true, at + form.length(), ending, 0, ending.length())
                        && (e == text.length() || !Character.isLetter(text.charAt(e))) && !insideQuote(at)) {
                    return new int[] {at, e};
                }
            }
        }
        return null;
    }

    private String lowerText;
    private boolean lowerTextRead;

    /** The text in lower case when that keeps every offset (no character changes length), else {@code null}. */
    private String lowerText() {
        if (!lowerTextRead) {
            String l = text.toLowerCase(java.util.Locale.ROOT);
            lowerText = l.length() == text.length() ? l : null;
            lowerTextRead = true;
        }
        return lowerText;
    }

    /**
     * The person holding the role written at {@code [at, after)}: named right after it in its
     * sentence ("Governor Ana Ruiz", "la maire de Valcourt, Chantal Kieffer"), else right before it
     * in apposition ("Ana Ruiz, the governor"); {@code null} when nobody is.
     */
    private Mention holder(int at, int after) {
        for (int i = firstAtOrAfter(after); i < mentions.length && mentions[i].start() <= after + ROLE_GAP; i++) {
            Mention m = mentions[i];
            if (!quoted[i] && types[i] == EntityType.PERSON && !sentenceEndBetween(after, m.start()) && !afterPreposition(m, after)) {
                return m; // not "un funcionario del Ministerio de Asuntos Exteriores": a complement holds no role
            }
        }
        int i = firstAtOrAfter(at) - 1;
        if (i >= 0 && !quoted[i] && types[i] == EntityType.PERSON && mentions[i].end() <= at && at - mentions[i].end() <= ROLE_GAP) {
            String between = text.substring(mentions[i].end(), at).strip().toLowerCase(java.util.Locale.ROOT);
            if (between.startsWith(",") || between.startsWith("(")) {
                String rest = between.substring(1).strip();
                if (rest.isEmpty() || DETERMINERS.contains(NOT_LETTERS.split(rest)[0])) {
                    return mentions[i];
                }
            }
        }
        return null;
    }

    /** The start of the noun phrase ending with the word at {@code at}, at its determiner ("a senior White House official"); -1 when none. */
    private int determinerBefore(int at) {
        WindowTokens w = WindowTokens.of(this.words, Math.max(0, at - 60), at);
        for (int i = w.size() - 1; i >= 0 && i >= w.size() - MAX_NAME_WORDS; i--) {
            if (w.endsSentence(i) || !w.isWord(i) && w.punct(i) != '-') {
                return -1;
            }
            if (w.isWord(i) && DETERMINERS.contains(w.lower(i))) {
                return w.start(i);
            }
            if (w.isWord(i) && (w.lower(i).startsWith("l'") || w.lower(i).startsWith("l’"))) {
                return -1; // "l'élue", a definite form
            }
        }
        return -1;
    }

    /** A definite article that is no indefinite one in another language ("a" is English's indefinite article). */
    private static boolean definiteOnly(String word) {
        return DEFINITE.contains(word) && !word.equals("a") || word.equals("les") || word.equals("los") || word.equals("las");
    }

    private String firstWord(int offset) {
        int e = offset;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(offset, e).toLowerCase(java.util.Locale.ROOT);
    }

    /** Connectors that open a complement of a description ("of the ministry", "du ministère des Armées", "des Auswärtigen Amts"). */
    private static final Set<String> CONNECTORS = Set.of("of", "at", "de", "du", "des", "del", "della", "do", "da", "der");

    /**
     * Where a description ending at {@code end} ends once its complements are added, at most two
     * ("un haut responsable du ministère des Armées", "ein Beamter des Auswärtigen Amts"); stops at
     * punctuation and clause words.
     */
    private int complementEnd(int end) {
        WindowTokens w = WindowTokens.of(this.words, end, Math.min(text.length(), end + 80), 12);
        int out = end;
        int t = 0;
        for (int pair = 0; pair < 2 && t < w.size(); pair++) {
            if (!w.isWord(t) || !CONNECTORS.contains(w.lower(t)) && !w.lower(t).startsWith("d'") && !w.lower(t).startsWith("d’")) {
                break;
            }
            boolean glued = !CONNECTORS.contains(w.lower(t));
            int u = glued ? t : t + 1;
            if (!glued && u < w.size() && w.isWord(u) && DETERMINERS.contains(w.lower(u))) {
                u++;
            }
            if (u >= w.size() || !w.isWord(u)) {
                break;
            }
            u++;
            while (u < w.size() && w.isWord(u) && w.isCapitalized(u) && u - t < 5) {
                u++;
            }
            out = w.end(u - 1);
            t = u;
        }
        return out;
    }

    /** The age an age description gives ("die 24-Jährige", "the 33-year-old", "l'attaquant de 33 ans"), or {@code null}. */
    static String age(String lower) {
        java.util.regex.Matcher m = AGE.matcher(lower);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile(
            "\\b(\\d{1,3})[- ](?:jährige[rn]?|year-old|years-old|enne)\\b|\\b(?:de|di) (\\d{1,3}) (?:ans|años|anni|anos)\\b");

    /** The person whose age {@code age} the text gave before {@code before}: "Anna Ruiz, 34,", "Lara Imboden (24)", "la 24enne Lara Imboden". */
    private Mention agedPerson(String age, int before) {
        for (int i = firstAtOrAfter(before) - 1; i >= 0; i--) {
            Mention m = mentions[i];
            if (quoted[i] || types[i] != EntityType.PERSON) {
                continue;
            }
            String after = text.substring(m.end(), Math.min(before, m.end() + 8));
            if (after.matches("^\\s*[,(]\\s*" + age + "\\b.*")) {
                return m;
            }
            String prefix = text.substring(Math.max(0, m.start() - 16), m.start()).toLowerCase(java.util.Locale.ROOT);
            if (prefix.matches(".*\\b" + age + "[- ]?(?:jährige[rn]?|year-old|enne)\\s+$")) {
                return m;
            }
        }
        return null;
    }

    /**
     * The one person named outside quotes in the paragraph before {@code offset}'s and in its own up
     * to {@code offset}; {@code null} when nobody or several people are.
     */
    private Mention soleReferent(int offset) {
        int own = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int back = own - 1;
        while (back >= 0 && text.charAt(back) == '\n') {
            back--;
        }
        int from = back < 0 ? 0 : text.lastIndexOf('\n', back) + 1;
        Mention one = null;
        for (int i = firstAtOrAfter(from); i < mentions.length && mentions[i].start() < offset; i++) {
            if (quoted[i] || types[i] != EntityType.PERSON) {
                continue;
            }
            if (one != null && !one.entity().equals(mentions[i].entity())) {
                return null;
            }
            one = mentions[i];
        }
        return one;
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
    private static final java.util.regex.Pattern NOT_LETTERS_OR_HYPHEN = java.util.regex.Pattern.compile("[^\\p{L}-]+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Marks that end a sentence, or a paragraph. */
    private static final String SENTENCE_ENDS = ".!?\n";

    private boolean sentenceEndBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Nouns that name a group that speaks as one ("the ministry said"). */
    private static final Set<String> GROUP_NOUNS = Set.of("agency", "ministry", "department", "government", "police",
            "company", "group", "committee", "campaign", "office", "court", "army", "military", "union", "party", "council",
            "commission", "embassy", "administration", "team", "family", "officials", "spokesmen", "sources", "analysts",
            "experts", "residents", "witnesses", "lawyers", "diplomats", "leaders", "aides", "ministère", "gouvernement",
            "ministerio", "gobierno", "ministerium", "regierung", "ministero", "governo", "polizei", "policía", "polizia",
            "syndicat", "sindicato", "gewerkschaft");

    /**
     * Whether a phrase naming no entity names someone who can speak: it holds a role noun ("a
     * senior official", "the spokeswoman") or a group noun ("the ministry"), it is a name the
     * entity stage missed ("Helena Duarte"), or it is a noun phrase opened by an article or a
     * possessive ("the 33-year-old", "Son équipe technique"); not any words before a reporting
     * verb ("Overnight", "sat in the front row").
     */
    static boolean namesSomeone(String phrase) {
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        String[] words = NOT_LETTERS_OR_HYPHEN.split(lower);
        for (String w : words) {
            if (PERSON_ROLES.contains(w) || GROUP_NOUNS.contains(w)) {
                return true;
            }
        }
        if (properName(phrase)) {
            return true;
        }
        int space = lower.indexOf(' ');
        String first = space < 0 ? lower : lower.substring(0, space);
        if (first.startsWith("l'") || first.startsWith("l’")) {
            return first.length() > 2; // "l'opposition", "l'attaquant de 33 ans"
        }
        return DETERMINERS.contains(first) && space > 0;
    }

    /** One capitalized word of letters ("Panagiotopoulos"): a name when it does not open a sentence. */
    private static boolean singleName(String phrase) {
        return phrase.indexOf(' ') < 0 && phrase.length() > 1 && Character.isUpperCase(phrase.codePointAt(0))
                && phrase.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’');
    }

    /** Whether {@code offset} opens a sentence or paragraph (where any word is capitalized). */
    private boolean sentenceInitial(int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Marks.isBlank(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?\n:;\"“”«»„".indexOf(text.charAt(i)) >= 0;
    }

    /** Lower-case particles inside names ("Ursula von der Leyen", "Luiz Inácio da Silva"). */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "der", "di", "da", "do", "dos", "das",
            "du", "la", "le", "van", "von", "den", "ten", "ter", "bin", "al", "el", "y", "e");

    /** A name the entity stage did not recognize: two words or more, each capitalized or a name particle ("Helena Duarte"). */
    private static boolean properName(String phrase) {
        String[] words = SPACES.split(phrase.strip());
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !NAME_PARTICLES.contains(w)) {
                return false;
            }
        }
        return Character.isUpperCase(words[words.length - 1].codePointAt(0));
    }

    /** Articles and possessives that open a noun phrase ("the spokeswoman", "la chambre", "Son équipe"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "el", "los", "las", "una", "su", "sus",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "sein", "seine", "ihr", "ihre", "il", "lo",
            "gli", "uno", "suo", "sua", "o", "os", "as", "um", "uma", "seu", "de", "het", "een", "zijn", "haar");

    /**
     * Whether a phrase naming no entity can be a speaker: not when it opens with a preposition or an
     * infinitive marker ("to take action", "to any Russian invasion").
     */
    static boolean speakerLike(String phrase) {
        int space = phrase.indexOf(' ');
        String first = (space < 0 ? phrase : phrase.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
        return !NOT_OPENING.contains(first);
    }

    /** How a speaker entity is shown: its fullest name in the article, else its fullest description. */
    private String display(String id) {
        String name = fullest.get(id);
        return name != null ? name : described.get(id);
    }

    /**
     * A one-word name resolves to the person whose full name ends with it ("Scholz" after "Olaf
     * Scholz") when the entity stage kept them apart; otherwise {@code id} stays.
     */
    private String byFullName(String id, String surface) {
        if (surface.indexOf(' ') >= 0 || surface.isEmpty() || !Character.isUpperCase(surface.charAt(0))) {
            return id;
        }
        String full = surnames.get(surface);
        return full != null ? full : id;
    }

    /** Prepositions that make the name after them a complement of the phrase's head ("the mayor of London"). */
    private static final Set<String> COMPLEMENT = Set.of("of", "for", "at", "de", "du", "des", "d", "del", "della", "dello",
            "dei", "degli", "delle", "do", "da", "dos", "das", "von", "vom", "für", "der");

    /** Whether the word before mention {@code m}, inside the phrase opening at {@code from}, is a preposition of complement. */
    private boolean afterPreposition(Mention m, int from) {
        int i = m.start();
        if (i >= 2 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’') && Character.toLowerCase(text.charAt(i - 2)) == 'd'
                && i - 2 >= from && (i - 2 == 0 || !Character.isLetter(text.charAt(i - 3)))) {
            return true; // "la porte-parole d'Emmanuel Laurent"
        }
        i--;
        while (i >= from && Marks.isBlank(text.charAt(i))) {
            i--;
        }
        int e = i + 1;
        while (i >= from && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return e - i > 1 && i + 1 >= from && COMPLEMENT.contains(text.substring(i + 1, e).toLowerCase(java.util.Locale.ROOT));
    }

    private boolean possessive(Mention m) {
        int e = m.end();
        return e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '’') && text.charAt(e + 1) == 's'
                || m.text().endsWith("'s") || m.text().endsWith("’s");
    }

    /** Whether the phrase holds nothing but the mention and short lower-case words ("the Kremlin", not "a White House spokeswoman"). */
    private boolean onlyFunctionWords(int start, int end, Mention m) {
        WindowTokens w = WindowTokens.of(words, start, end);
        for (int i = 0; i < w.size(); i++) {
            boolean inside = w.start(i) >= m.start() && w.end(i) <= m.end();
            if (!inside && w.isWord(i) && (w.isCapitalized(i) || w.end(i) - w.start(i) > 3)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The most recent mention of {@code type} before {@code before}, outside quotes, within {@code reach} chars
     * (and {@link #MAX_LOOKBACK} mentions); the pronoun alone, unnamed, when there is none.
     */
    private Speaker antecedent(int before, int start, int end, EntityType type, int reach, Gender gender) {
        int stop = Math.max(0, firstAtOrAfter(before) - MAX_LOOKBACK);
        boolean passed = false;
        for (int i = firstAtOrAfter(before) - 1; i >= stop; i--) {
            Mention m = mentions[i];
            if (before - m.end() > (passed ? Math.min(reach, GENDER_REACH) : reach)) {
                break;
            }
            if (!quoted[i] && types[i] == type) {
                if (type == EntityType.PERSON) {
                    if (!agrees(m, gender)) {
                        passed = true; // "Frayne later told …. “…,” she said": not Colin Frayne
                        continue;
                    }
                    Speaker unnamed = unnamedSubject(m.end(), before, start, end);
                    if (unnamed != null) {
                        return unnamed;
                    }
                    Speaker described = introducedDescription(m.end(), before, start, end, gender);
                    if (described != null) {
                        return described;
                    }
                    if (start >= 0 && anotherPerson(i, before, gender)) {
                        return new Speaker(null, null, start, end); // two people it could be: no guess
                    }
                    if (start < 0) {
                        m = subjectOf(i);
                        if (m == null) {
                            return null;
                        }
                    }
                }
                return new Speaker(display(m.entity()), m.entity(), start, end);
            }
        }
        if (type == EntityType.PERSON) {
            Speaker described = introducedDescription(Math.max(0, before - DESCRIPTION_REACH), before, start, end, gender);
            if (described != null) {
                return described;
            }
        }
        return start < 0 ? null : new Speaker(null, null, start, end);
    }

    /** How far back a pronoun looks once it has passed over a person of the other gender. */
    private static final int GENDER_REACH = 700;
    /** How far back a pronoun looks for the description that introduced its unnamed speaker. */
    private static final int DESCRIPTION_REACH = 600;

    /** Whether person mention {@code m} can be what a pronoun of {@code gender} stands for: the text does not say otherwise. */
    private boolean agrees(Mention m, Gender gender) {
        if (gender == null) {
            return true;
        }
        Gender g = genders.of(m.entity(), display(m.entity()));
        return g == null || g == gender;
    }

    /** Indefinite articles: a role phrase opened by one introduces someone ("Un haut responsable …", "A senior official"). */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "un", "une", "ein", "eine", "uno", "una", "um", "uma", "een");
    private static final Set<String> FEMININE_INDEFINITE = Set.of("une", "eine", "una", "uma");
    private static final Set<String> MASCULINE_INDEFINITE = Set.of("un", "ein", "uno", "um");

    /**
     * The unnamed speaker a pronoun continues when the last sentence before it that introduces
     * anyone, after {@code from}, opens with an indefinite role phrase ("Un haut responsable du
     * ministère des Armées, qui a requis l'anonymat, a confirmé … « … », a-t-il expliqué"): that
     * phrase, with its complement, as written; {@code null} when no such sentence stands there or
     * its article's gender is not the pronoun's.
     */
    private Speaker introducedDescription(int from, int before, int start, int end, Gender gender) {
        int s = before;
        while (s > from) {
            int open = s - 1;
            while (open > from && SENTENCE_ENDS.indexOf(text.charAt(open - 1)) < 0) {
                open--;
            }
            if (open < from) {
                return null;
            }
            WindowTokens w = WindowTokens.of(words, open, Math.min(s, open + 120), 8);
            int t = 0;
            while (t < w.size() && !w.isWord(t)) {
                t++;
            }
            if (t < w.size() && !insideQuote(w.start(t)) && INDEFINITE.contains(w.lower(t))
                    && !(gender == Gender.MALE && FEMININE_INDEFINITE.contains(w.lower(t)))
                    && !(gender == Gender.FEMALE && MASCULINE_INDEFINITE.contains(w.lower(t)))) {
                for (int u = t + 1; u < w.size() && u <= t + 4 && w.isWord(u); u++) {
                    if (roleNoun(w.lower(u))) {
                        String phrase = text.substring(w.start(t), complementEnd(w.end(u))).strip();
                        return new Speaker(phrase, null, start, end);
                    }
                }
            }
            s = open - 1;
        }
        return null;
    }

    /** A role noun, also with a German ending ("Beamter", "Beamten"). */
    private static boolean roleNoun(String lower) {
        if (PERSON_ROLES.contains(lower)) {
            return true;
        }
        for (String ending : ROLE_ENDINGS) {
            if (!ending.isEmpty() && lower.endsWith(ending) && PERSON_ROLES.contains(lower.substring(0, lower.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Words before a name that make it no subject ("con Tomás Vera", "de manos del ministro"). */
    private static final Set<String> NOT_SUBJECT = Set.of("con", "a", "al", "según", "contra", "por", "para", "sin",
            "entre", "ante", "tras", "hacia", "per", "tra", "fra", "com", "pelo", "pela", "ao", "à", "avec", "chez", "auprès");

    /** How many words into its sentence a name may stand and still be read as its subject. */
    private static final int SUBJECT_WORDS = 8;

    /**
     * The subject an implied subject ("«…», explicó") continues: the person found when nobody else is
     * named in its sentence; otherwise the sentence's first person when it opens the sentence as its
     * subject ("La alcaldesa, Rosa Méndez, se reunió con Tomás Vera y con Iván Soler"), not after a
     * preposition; {@code null} when the subject is not clear.
     */
    private Mention subjectOf(int found) {
        Mention m = mentions[found];
        int sentence = m.start();
        while (sentence > 0 && SENTENCE_ENDS.indexOf(text.charAt(sentence - 1)) < 0) {
            sentence--;
        }
        int first = -1;
        for (int i = firstAtOrAfter(sentence); i <= found; i++) {
            if (!quoted[i] && types[i] == EntityType.PERSON && !afterPreposition(mentions[i], sentence)) {
                first = i;
                break;
            }
        }
        if (first < 0 || mentions[first].entity().equals(m.entity())) {
            return m;
        }
        Mention subject = mentions[first];
        WindowTokens w = WindowTokens.of(words, sentence, subject.start());
        int wordsBefore = 0;
        String last = null;
        for (int t = 0; t < w.size(); t++) {
            if (w.isWord(t)) {
                wordsBefore++;
                last = w.lower(t);
            }
        }
        boolean preposition = false;
        for (int t = 0; t < w.size(); t++) {
            preposition |= w.isWord(t) && NOT_SUBJECT.contains(w.lower(t)); // "Con el ministro Julián Sanz, …"
        }
        if (wordsBefore > SUBJECT_WORDS || preposition || last != null && COMPLEMENT.contains(last) || possessive(subject)) {
            return null;
        }
        return subject;
    }

    /**
     * Whether a person other than mention {@code found}'s is named outside quotes between the start
     * of {@code found}'s sentence and {@code before}: "Sands met Frayne on Monday. “…,” she said"
     * could be either, and without knowing who is "she" a wrong name is worse than none.
     */
    private boolean anotherPerson(int found, int before, Gender gender) {
        int sentence = mentions[found].start();
        while (sentence > 0 && SENTENCE_ENDS.indexOf(text.charAt(sentence - 1)) < 0) {
            sentence--;
        }
        String id = mentions[found].entity();
        for (int i = firstAtOrAfter(sentence); i < mentions.length && mentions[i].start() < before; i++) {
            if (i != found && !quoted[i] && types[i] == EntityType.PERSON && !mentions[i].entity().equals(id) && agrees(mentions[i], gender)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Precision first for "he said": when, between the named person found and the pronoun, the
     * nearest reporting verb outside quotes has an unnamed subject ("A senior White House official
     * told ...", "the official explained"), the pronoun is not given the named person. A subject whose
     * head is a role noun is the speaker, shown as written; any other unnamed subject ("the
     * government has promised") leaves the pronoun unnamed. Verbs after a pronoun or an organization
     * or place are passed over; a verb after a named person ends the search. {@code null}: the
     * named person stands.
     */
    private Speaker unnamedSubject(int from, int before, int start, int end) {
        if (before <= from) {
            return null;
        }
        WindowTokens w = WindowTokens.of(words, from, before);
        for (int v = w.size() - 1; v > 0; v--) {
            if (!w.isWord(v) || !reportingVerb(w.lower(v)) || insideQuote(w.start(v))) {
                continue;
            }
            int head = v - 1;
            while (head >= 0 && w.isWord(head) && AUXILIARIES.contains(w.lower(head))) {
                head--;
            }
            if (head < 0 || !w.isWord(head)) {
                continue; // a verb opening its clause: not a subject-verb pair
            }
            Mention named = mentionAt(w.start(head));
            if (named != null) {
                if (named.entity() != null && EntityType.ofId(named.entity()) == EntityType.PERSON) {
                    return null;
                }
                continue;
            }
            String lower = w.lower(head);
            if (AttributionCues.isSingular(lower) || AttributionCues.isPlural(lower)) {
                continue; // "he clarified": the same person as the pronoun, further back
            }
            if (!PERSON_ROLES.contains(lower)) {
                return new Speaker(null, null, start, end); // someone unnamed, or a name not recognized
            }
            int first = head;
            while (first > 0 && w.isWord(first - 1) && !w.endsSentence(first - 1) && head - first < MAX_NAME_WORDS - 1) {
                first--;
            }
            String phrase = text.substring(w.start(first), w.end(head)).strip();
            return speakerLike(phrase) ? new Speaker(phrase, null, start, end) : new Speaker(null, null, start, end);
        }
        return null;
    }

    /** A finite reporting verb: not a participle ("saying") nor a verb that mostly does not report ("called for"). */
    private static boolean reportingVerb(String lower) {
        return AttributionCues.isVerb(AttributionCues.verbPart(lower)) && !lower.endsWith("ing") && !NOT_REPORTING.contains(lower);
    }

    private boolean insideQuote(int offset) {
        for (Span s : spans) {
            if (offset >= s.open() && offset < s.close()) {
                return true;
            }
        }
        return false;
    }

    /** The mention covering {@code offset}, or {@code null}. */
    private Mention mentionAt(int offset) {
        int i = firstAtOrAfter(offset + 1) - 1;
        return i >= 0 && mentions[i].start() <= offset && offset < mentions[i].end() ? mentions[i] : null;
    }

    /** Index of the first mention starting at or after {@code offset}. */
    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = mentions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
