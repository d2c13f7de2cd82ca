package io.newsweave.quote;

import java.util.Locale;
import java.util.Set;

/**
 * Word lists of attribution: reporting verbs (en, fr, es, de, it, pt, nl, ru, uk, pl), "according
 * to" markers, pronouns, and the small words that bound a speaker phrase. Lookups take a
 * lower-cased token. Immutable.
 */
final class AttributionCues {

    private AttributionCues() {
    }

    private static final Set<String> VERBS = Set.of(
            // English
            "said", "says", "say", "told", "tells", "warned", "warns", "added", "adds", "stated", "declared", "declares",
            "explained", "explains", "insisted", "insists", "noted", "argued", "argues", "claimed", "asked", "replied",
            "replies", "responded", "answered", "assured", "assures", "stressed", "stresses", "emphasized", "emphasised",
            "wrote", "writes", "tweeted", "tweets", "continued", "recalled", "acknowledged", "admitted", "announced",
            "remarked", "observed", "suggested", "concluded", "commented", "confirmed", "predicted", "promised", "vowed",
            "urged", "cautioned", "conceded", "complained", "joked", "quipped", "shouted", "reiterated", "maintained",
            "contended", "countered", "saying", "telling", "adding", "warning", "noting", "arguing", "insisting",
            "asserted", "asserts", "proclaimed", "boasted", "lamented", "recounted", "testified", "posted",
            "called", "calls", "calling", "described", "describes", "dubbed", "labeled", "labelled",
            // French
            "dit", "déclaré", "déclare", "affirmé", "affirme", "assuré", "assure", "averti", "avertit", "prévenu",
            "prévient", "ajouté", "ajoute", "expliqué", "explique", "estimé", "estime", "souligné", "souligne", "indiqué",
            "indique", "précisé", "précise", "insisté", "insiste", "martelé", "martèle", "lancé", "confié", "confie",
            "répondu", "répond", "rappelé", "rappelle", "annoncé", "annonce", "dénoncé", "dénonce", "poursuivi",
            "poursuit", "conclu", "conclut", "reconnu", "reconnaît", "écrit", "tweeté", "menacé", "observé", "raconté",
            "raconte", "commenté", "déploré", "déplore", "regretté", "regrette", "ironisé", "plaidé", "plaide",
            "soutenu", "soutient", "interrogé", "demandé", "demande", "jugé", "salué", "salue", "soupire",
            "soupiré", "résume", "résumé", "glissé", "glisse", "confirmé", "confirme", "tranché", "tranche",
            // Spanish
            "dijo", "dice", "afirmó", "afirma", "aseguró", "asegura", "declaró", "declara", "advirtió", "advierte",
            "añadió", "añade", "agregó", "agrega", "explicó", "explica", "señaló", "señala", "indicó", "indica",
            "sostuvo", "sostiene", "subrayó", "subraya", "destacó", "destaca", "insistió", "manifestó",
            "recalcó", "apuntó", "comentó", "respondió", "preguntó", "precisó", "afirmado", "dicho", "declarado",
            "asegurado", "advertido", "escribió", "tuiteó", "reconoció", "anunció", "concluyó", "prometió", "amenazó",
            "aseveró", "expresó", "lamentó", "criticó", "defendió", "relató", "recordó", "admitió", "insistido",
            "resumió", "pronosticó", "vaticinó", "habló", "sentenció",
            // German
            "sagte", "sagt", "gesagt", "erklärte", "erklärt", "betonte", "betont", "warnte", "warnt", "fügte", "meinte",
            "meint", "erläuterte", "versicherte", "versichert", "schrieb", "schreibt", "twitterte", "räumte", "ergänzte",
            "ergänzt", "bekräftigte", "unterstrich", "forderte", "mahnte", "kritisierte", "antwortete", "fragte",
            "behauptete", "behauptet", "sprach", "argumentierte", "verkündete", "kündigte", "teilte", "sagten",
            "erklärten", "warnten", "bestätigte", "bestätigt", "drohte", "zitiert",
            // Italian
            "detto", "dichiarato", "dichiara", "affermato", "spiegato", "spiega", "aggiunto", "aggiunge",
            "sottolineato", "sottolinea", "avvertito", "ammonito", "assicurato", "assicura", "ribadito", "ribadisce",
            "osservato", "scritto", "risposto", "commentato", "annunciato", "precisato", "concluso", "dichiarò",
            "affermò", "aggiunse", "spiegò", "avverte", "osserva", "conclude",
            // Portuguese
            "disse", "diz", "afirmou", "declarou", "garantiu", "garante", "alertou", "advertiu", "acrescentou",
            "explicou", "sublinhou", "destacou", "ressaltou", "salientou", "referiu", "respondeu", "escreveu",
            "assegurou", "avisou", "comentou", "admitiu", "frisou", "acrescenta", "afirmaram", "disseram",
            // Dutch
            "zei", "zegt", "gezegd", "verklaarde", "verklaart", "waarschuwde", "waarschuwt", "benadrukte", "benadrukt",
            "voegde", "stelde", "stelt", "schreef", "antwoordde", "vertelde", "vertelt", "meent", "meende", "aldus",
            "liet", "zeiden", "beweerde", "erkende",
            // Russian, Ukrainian
            "сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "отметил", "отметила", "подчеркнул",
            "подчеркнула", "добавил", "добавила", "предупредил", "предупредила", "сообщил", "сообщила", "пояснил",
            "пояснила", "говорит", "заверил", "заверила", "уточнил", "написал", "написала", "сказав", "заявив",
            "зазначив", "зазначила", "наголосив", "наголосила", "додав", "додала", "попередив", "повідомив",
            "повідомила", "говорить",
            // Polish
            "powiedział", "powiedziała", "stwierdził", "stwierdziła", "oświadczył", "oświadczyła", "ostrzegł",
            "ostrzegła", "dodał", "dodała", "podkreślił", "podkreśliła", "zaznaczył", "zaznaczyła", "mówi", "napisał",
            "napisała", "przekonywał", "zapewnił", "zapewniła");

    /** Cues that count only right after the quote: German „…“, so Scholz. */
    private static final Set<String> ADJACENT = Set.of("so");

    /** Words that put the speaker after them: "according to X", "selon X". */
    private static final Set<String> MARKERS = Set.of("according", "selon", "d'après", "según", "laut", "secondo",
            "segundo", "volgens", "według", "zdaniem", "словам", "слів");

    /** Markers that count only at the start of the sentence: « Pour X, « … » », "Para X, «…»". */
    private static final Set<String> OPENING_MARKERS = Set.of("pour", "para", "per");

    /** Words that put the speaker before them: "X zufolge". */
    private static final Set<String> POST_MARKERS = Set.of("zufolge");

    private static final Set<String> SINGULAR = Set.of("he", "she", "il", "elle", "er", "sie", "él", "ella", "lui",
            "lei", "egli", "ele", "ela", "hij", "zij", "ze", "он", "она", "він", "вона", "on", "ona");

    private static final Set<String> PLURAL = Set.of("they", "ils", "elles", "ellos", "ellas", "loro", "eles", "elas",
            "они", "вони", "oni", "one");

    /** Auxiliaries and adverbs that may stand between a speaker and the verb. */
    private static final Set<String> BETWEEN = Set.of("has", "had", "have", "was", "were", "is", "are", "will", "would",
            "also", "later", "then", "again", "previously", "earlier", "once", "further", "recently", "a", "avait",
            "ont", "aussi", "encore", "ha", "había", "han", "también", "hat", "hatte", "haben", "auch", "noch", "aveva",
            "hanno", "anche", "tem", "tinha", "também", "heeft", "hebben", "ook", "уже", "также", "też", "n't", "not",
            "only", "simply", "just", "publicly", "repeatedly", "never", "jamais", "nunca", "nie", "niemals", "mai",
            "nooit");

    /** Words that end a speaker phrase read backwards from the verb. */
    private static final Set<String> CLAUSE = Set.of("and", "but", "or", "that", "which", "who", "whom", "when",
            "while", "as", "because", "if", "though", "although", "et", "mais", "ou", "que", "qui", "quand", "lorsque",
            "car", "y", "pero", "quien", "cuando", "und", "aber", "oder", "dass", "als", "wie", "e", "ma", "che",
            "quando", "en", "maar", "dat", "toen", "и", "но", "что", "а", "i", "ale", "że", "how", "what", "why");

    /** Words that end a speaker phrase read forwards from the verb (prepositions, days). */
    private static final Set<String> AFTER_STOP = Set.of("on", "in", "at", "during", "after", "before", "to", "with",
            "from", "about", "for", "by", "this", "last", "yesterday", "today", "tonight", "lors", "pendant", "devant",
            "à", "au", "aux", "dans", "après", "avant", "hier", "aujourd'hui", "ce", "cette", "durante", "tras", "ante",
            "al", "ayer", "hoy", "este", "esta", "auf", "bei", "vor", "nach", "während", "am", "im", "gestern", "heute",
            "gegenüber", "zu", "ieri", "oggi", "nel", "alla", "em", "no", "na", "ontem", "hoje", "op", "tijdens",
            "gisteren", "vandaag", "tegen", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles",
            "jueves", "viernes", "sábado", "domingo", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
            "samstag", "sonntag", "who", "which", "que", "qui", "dass", "that", "and", "et", "y", "para",
            "und", "e", "en", "и", "i", "в", "во", "на", "w", "we", "podczas",
            // German separable particles after the subject ("fügte der Beamte hinzu", "räumte sie ein" is read as "sie")
            "hinzu", "fort", "zurück", "hervor", "mit", "ab");

    /** Adverbials that may stand between a subject and its verb ("a pour sa part annoncé", "por su parte"), as word sequences. */
    private static final String[][] ADVERBIALS = {
            {"pour", "sa", "part"}, {"pour", "leur", "part"}, {"de", "son", "côté"}, {"de", "leur", "côté"},
            {"à", "son", "tour"}, {"quant", "à", "lui"}, {"quant", "à", "elle"}, {"por", "su", "parte"},
            {"a", "su", "vez"}, {"por", "sua", "vez"}, {"da", "parte", "sua"}, {"per", "parte", "sua"},
            {"dal", "canto", "suo"}, {"for", "his", "part"}, {"for", "her", "part"}, {"for", "their", "part"},
            {"in", "turn"}, {"seinerseits"}, {"ihrerseits"}, {"ebenfalls"}, {"également"}, {"aussitôt"}};

    private static final Set<String> ADVERBIAL_ENDS = java.util.Arrays.stream(ADVERBIALS).map(a -> a[a.length - 1])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * How many tokens an adverbial of {@link #ADVERBIALS} ending at token {@code end} (and not
     * before {@code lo}) takes, commas around it included; 0 when none ends there.
     */
    static int adverbialEndingAt(WindowTokens w, int lo, int end) {
        int j = end;
        while (j >= lo && !w.isWord(j) && w.punct(j) == ',') {
            j--;
        }
        if (j < lo || !w.isWord(j) || !ADVERBIAL_ENDS.contains(w.lower(j))) {
            return 0;
        }
        for (String[] words : ADVERBIALS) {
            int t = j;
            int n = words.length - 1;
            while (n >= 0 && t >= lo && w.isWord(t) && w.is(t, words[n])) {
                n--;
                t--;
            }
            if (n < 0) {
                return end - t;
            }
        }
        return 0;
    }

    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las", "un", "una", "lo", "le", "les", "il",
            "i", "gli", "uno");

    /** Whether "a" followed by {@code next} is a preposition ("dijo a los periodistas"), not an article ("disse a deputada"). */
    static boolean prepositionA(String lower, String next) {
        return lower.equals("a") && ARTICLES.contains(next);
    }

    /** The verb part of a token: "déclare-t-il" gives "déclare", "dit-elle" gives "dit". */
    static String verbPart(String lower) {
        int dash = lower.indexOf('-');
        return dash > 0 && pronounTail(lower) ? lower.substring(0, dash) : lower;
    }

    /** Whether a token ends in an inverted pronoun: "a-t-il", "dit-elle", "déclare-t-on". */
    static boolean pronounTail(String lower) {
        return lower.endsWith("-il") || lower.endsWith("-elle") || lower.endsWith("-ils") || lower.endsWith("-elles");
    }

    static boolean isVerb(String lower) {
        return VERBS.contains(lower);
    }

    static boolean isAdjacentVerb(String lower) {
        return ADJACENT.contains(lower);
    }

    static boolean isMarker(String lower) {
        return MARKERS.contains(lower);
    }

    static boolean isOpeningMarker(String lower) {
        return OPENING_MARKERS.contains(lower);
    }

    /** Pronouns that may follow the verb as its subject ("said he", "sagte er"); not "il", an Italian article. */
    static boolean isPronounAfterVerb(String lower) {
        return (SINGULAR.contains(lower) || PLURAL.contains(lower)) && !lower.equals("il") && !lower.startsWith("elle")
                && !lower.equals("ils");
    }

    static boolean isPostMarker(String lower) {
        return POST_MARKERS.contains(lower);
    }

    static boolean isSingular(String lower) {
        return SINGULAR.contains(lower);
    }

    static boolean isPlural(String lower) {
        return PLURAL.contains(lower);
    }

    static boolean isBetween(String lower) {
        return BETWEEN.contains(lower);
    }

    static boolean isClause(String lower) {
        return CLAUSE.contains(lower);
    }

    static boolean isAfterStop(String lower) {
        return AFTER_STOP.contains(lower);
    }

    /** Whether dialogue dashes introduce speech in this language (not in English, German or Dutch news). */
    static boolean dialogueLanguage(String language) {
        String l = language == null ? "und" : language.toLowerCase(Locale.ROOT);
        return !(l.equals("en") || l.equals("de") || l.equals("nl"));
    }
}
