package io.newsweave.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Immutable tables for periods, durations, sets, vague references and times of day in English,
 * French, Spanish, German, Italian and Portuguese, keyed by lower-case accent-folded token.
 */
final class Units {

    /** A calendar unit, with its TIMEX3 duration letter. */
    enum Unit {
        SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEKEND("WE", false),
        WEEK("W", false), MONTH("M", false), QUARTER("Q", false), HALF("H", false), SEASON("S", false),
        YEAR("Y", false), DECADE("DE", false), CENTURY("CE", false);

        final String letter;
        final boolean clock;

        Unit(String letter, boolean clock) {
            this.letter = letter;
            this.clock = clock;
        }
    }

    /** A unit word and whether it is plural ("days", "años"). */
    record UnitWord(Unit unit, boolean plural) {
    }

    private static final Map<String, UnitWord> UNITS = new HashMap<>();
    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final Map<String, String> VAGUE = new HashMap<>();
    private static final Map<String, String> SETS = new HashMap<>();
    private static final Map<String, String> PARTS = new HashMap<>();
    private static final Map<String, String> SEASONS = new HashMap<>();
    private static final Map<String, String> ZONES = new HashMap<>();
    /** Words that open a duration or a set: "every", "cada", "for". */
    private static final Set<String> EVERY = Set.of("every", "each", "cada", "chaque", "jeden", "jede", "jedes",
            "ogni", "todos", "todas", "tous", "toutes", "per");
    /** Words after which "a year", "un año" is a length of time. */
    private static final Set<String> DURATION_PREP = Set.of("for", "within", "over", "nearly", "almost", "about",
            "than", "least", "half", "durante", "pendant", "depuis", "seit", "während", "wahrend", "per", "por",
            "para", "durant", "dans", "en", "entro", "desde", "ha", "hace", "il", "around", "some", "once",
            "after", "lasted", "last", "took", "spent", "casi", "de", "du", "mas", "plus", "mehr", "quasi", "quase");
    /** "ago" words after the duration, and words before it ("hace", "vor", "há"). */
    private static final Set<String> AGO_AFTER = Set.of("ago", "fa", "atras");
    private static final Set<String> AGO_BEFORE = Set.of("hace", "vor", "ha");
    private static final Set<String> EARLIER = Set.of("earlier", "before", "antes", "plus", "auparavant", "fruher",
            "prima");
    private static final Set<String> LATER = Set.of("later", "after", "despues", "apres", "plus", "spater", "dopo",
            "depois", "mas");

    static {
        unit(Unit.SECOND, "second seconde secondes segundos sekunde sekunden secondi", "seconds");
        unit(Unit.MINUTE, "minute minuto", "minutes minutos minuten minuti mins");
        unit(Unit.HOUR, "hour heure hora stunde", "hours heures horas stunden ore");
        unit(Unit.DAY, "day jour journee dia tag giorno", "days jours journees dias tage tagen giorni");
        unit(Unit.WEEKEND, "weekend", "weekends");
        unit(Unit.WEEK, "week semaine semana woche settimana", "weeks semaines semanas wochen settimane");
        unit(Unit.MONTH, "month mois mes monat mese", "months meses monate monaten mesi");
        unit(Unit.QUARTER, "quarter trimestre quartal", "quarters trimestres quartale quartalen trimestri");
        unit(Unit.YEAR, "year annee an ano jahr anno", "years annees ans anos jahre jahren anni");
        unit(Unit.DECADE, "decade decennie decada jahrzehnt decennio", "decades decennies decadas jahrzehnte decenni");
        unit(Unit.CENTURY, "century siecle siglo jahrhundert secolo seculo", "centuries siecles siglos jahrhunderte secoli seculos");
        numbers("one un une uno una um uma ein eine einen einem einer", 1);
        numbers("two deux dos zwei due dois duas", 2);
        numbers("three trois tres drei tre", 3);
        numbers("four quatre cuatro vier quattro quatro", 4);
        numbers("five cinq cinco funf cinque", 5);
        numbers("six seis sechs sei", 6);
        numbers("seven sept siete sieben sette", 7);
        numbers("eight huit ocho acht otto oito", 8);
        numbers("nine neuf nueve neun nove", 9);
        numbers("ten dix diez zehn dieci dez", 10);
        numbers("eleven onze once elf undici", 11);
        numbers("twelve douze doce zwolf dodici", 12);
        NUMBERS.put("thirteen", 13);
        NUMBERS.put("fourteen", 14);
        NUMBERS.put("fifteen", 15);
        NUMBERS.put("quince", 15);
        NUMBERS.put("quinze", 15);
        NUMBERS.put("eighteen", 18);
        numbers("twenty vingt veinte zwanzig venti vinte", 20);
        numbers("thirty trente treinta dreissig trenta trinta", 30);
        numbers("forty quarante cuarenta vierzig quaranta quarenta", 40);
        numbers("fifty cinquante cincuenta funfzig cinquanta cinquenta", 50);
        numbers("hundred cent cien ciento hundert cento cem", 100);
        numbers("several few some many couple plusieurs quelques varios varias unos unas algunos algunas "
                + "einige einigen mehrere mehreren paar alcuni alcune diversi diverse varios varias alguns algumas", -1);
        ordinals("first premier premiere primer primero primera erste ersten erstes primo prima primeiro 1st", 1);
        ordinals("second deuxieme seconde segundo segunda zweite zweiten secondo seconda 2nd", 2);
        ordinals("third troisieme tercer tercero tercera dritte dritten terzo terza terceiro 3rd", 3);
        ordinals("fourth quatrieme cuarto cuarta vierte vierten quarto quarta 4th", 4);
        vague("PRESENT_REF", "now currently nowadays presently ahora actualmente actualidad maintenant actuellement "
                + "jetzt derzeit zurzeit gegenwartig heutzutage adesso attualmente agora atualmente");
        vague("PAST_REF", "entonces recently lately formerly recientemente recien recemment naguere kurzlich "
                + "neulich unlangst recentemente");
        vague("FUTURE_REF", "futuro futura avenir bientot zukunft kunftig demnachst presto "
                + "proximamente");
        vague("PRESENT_REF", "current actual actuales actuel actuelle aktuell aktuelle attuale atual");
        vague("PAST_REF", "recent reciente recientes recente recentes");
        sets("P1D", "daily diaria diarias quotidiennement taglich quotidianamente diariamente");
        sets("P1W", "weekly semanal semanales hebdomadaire wochentlich settimanale settimanalmente");
        sets("P1M", "monthly mensual mensuales mensuel mensuelle monatlich mensile mensilmente mensal mensais");
        sets("P1Y", "annually yearly anual anuales annuel annuelle annuellement jahrlich annuale "
                + "annualmente anualmente");
        sets("P3M", "trimestral trimestriel trimestrale");
        parts("TMO", "morning matin mattina mattino manha");
        parts("TAF", "afternoon pomeriggio");
        parts("TEV", "evening soir soiree sera");
        parts("TNI", "night nuit noche notte noite");
        parts("TMO", "manana");
        parts("TAF", "tarde");
        seasons("SP", "spring printemps primavera fruhling fruhjahr");
        seasons("SU", "summer ete verano sommer estate verao");
        seasons("FA", "fall autumn automne otono herbst autunno outono");
        seasons("WI", "winter hiver invierno inverno");
        for (String z : "gmt utc z est edt cst cdt mst mdt pst pdt cet cest bst eet eest et pt ct mez mesz".split(" ")) {
            ZONES.put(z, z);
        }
    }

    /** Every key that may open a period, duration, set, vague or clock mention. */
    private static final Set<String> OPENERS;

    static {
        Set<String> o = new java.util.HashSet<>();
        for (Map<String, ?> m : List.of(UNITS, NUMBERS, ORDINALS, VAGUE, SETS, SEASONS)) {
            o.addAll(m.keySet());
        }
        o.addAll(EVERY);
        o.addAll(AGO_BEFORE);
        o.addAll(Set.of("the", "il", "fiscal", "past", "current", "recent", "latest", "coming", "upcoming",
                "previous", "following", "preceding", "siguiente", "suivant", "suivante", "precedente", "anterior",
                "folgenden", "seguente", "seguinte", "ultimos", "ultimas", "proximos", "proximas", "derniers",
                "dernieres", "prochains", "prochaines", "letzten", "kommenden", "ultimi", "ultime", "prossimi",
                "prossime", "recientes", "a", "an", "anoche", "quest", "letztes", "vergangenes", "voriges", "nachstes", "nachster", "kommendes", "estos", "estas", "momento", "noon", "midnight", "midi", "mediodia", "mezzogiorno",
                "mittag", "minuit", "medianoche", "mezzanotte", "mitternacht", "this", "last", "next", "ce", "cette",
                "cet", "este", "esta", "questa", "questo", "nesta", "neste", "diesen", "dieser", "diesem", "dieses",
                "diese"));
        OPENERS = Set.copyOf(o);
    }

    private Units() {
    }

    static boolean opener(String key) {
        return OPENERS.contains(key);
    }

    static UnitWord unit(String key) {
        return UNITS.get(key);
    }

    /** A written number: its value, -1 for "several", or {@code null}. */
    static Integer number(String key) {
        return NUMBERS.get(key);
    }

    static Integer ordinal(String key) {
        return ORDINALS.get(key);
    }

    static String vague(String key) {
        return VAGUE.get(key);
    }

    static String set(String key) {
        return SETS.get(key);
    }

    static String part(String key) {
        return PARTS.get(key);
    }

    static String season(String key) {
        return SEASONS.get(key);
    }

    static boolean zone(String key) {
        return ZONES.containsKey(key);
    }

    static boolean every(String key) {
        return EVERY.contains(key);
    }

    static boolean durationPrep(String key) {
        return DURATION_PREP.contains(key);
    }

    static boolean agoAfter(String key) {
        return AGO_AFTER.contains(key);
    }

    static boolean agoBefore(String key) {
        return AGO_BEFORE.contains(key);
    }

    static boolean earlier(String key) {
        return EARLIER.contains(key);
    }

    static boolean later(String key) {
        return LATER.contains(key);
    }

    private static void unit(Unit u, String singular, String plural) {
        for (String w : singular.split(" ")) {
            UNITS.put(w, new UnitWord(u, false));
        }
        for (String w : plural.split(" ")) {
            UNITS.put(w, new UnitWord(u, true));
        }
    }

    private static void numbers(String words, int n) {
        for (String w : words.split(" ")) {
            NUMBERS.putIfAbsent(w, n);
        }
    }

    private static void ordinals(String words, int n) {
        for (String w : words.split(" ")) {
            ORDINALS.putIfAbsent(w, n);
        }
    }

    private static void vague(String value, String words) {
        for (String w : words.split(" ")) {
            VAGUE.putIfAbsent(w, value);
        }
    }

    private static void sets(String value, String words) {
        for (String w : words.split(" ")) {
            SETS.put(w, value);
        }
    }

    private static void parts(String value, String words) {
        for (String w : words.split(" ")) {
            PARTS.put(w, value);
        }
    }

    private static void seasons(String value, String words) {
        for (String w : words.split(" ")) {
            SEASONS.put(w, value);
        }
    }
}
