package io.newsweave.time;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calendar words of the temporal tagger in English, French, Spanish, German, Italian and
 * Portuguese, keyed by lower-case accent-folded token: month and weekday names with their
 * abbreviations, the modifiers before and after them ("last", "prochain"), relative-day phrases
 * ("yesterday", "pasado mañana") and the small word lists the grammar consults around them.
 * Written by us from general knowledge of these languages. Order: month and weekday rows in
 * calendar order (the order gives the number), languages in the order en, fr, es, de, it, pt;
 * the word lists of {@code words(...)} one string per language group, words inside a string in
 * code point order, each once.
 *
 * <p>The tables are built once in a static initializer into immutable maps and sets and are only
 * looked up, never iterated in a way that reaches output; the class is stateless and
 * thread-safe. Adding a language means adding rows here and in {@link TenseCues}; the grammar does not
 * change. It does not parse numbers or units ({@link Units} does).
 */
final class CalendarLexicon {

    /** A month name; abbreviations are read only next to a day number or a year. */
    record MonthName(int month, boolean abbreviation, Lang lang) {
    }

    /**
     * A weekday name. Abbreviations are read only inside a full date ("Tue, Dec 7"); ambiguous
     * names (Portuguese "quinta", Spanish "Domingo" as a surname) need a cue or "-feira".
     */
    record DayName(DayOfWeek day, boolean abbreviation, boolean ambiguous) {
    }

    /** A word that modifies a weekday or a month: "last", "prochain", "scorso", "este". */
    enum Modifier { LAST, NEXT, THIS }

    /** A relative-day phrase, as folded tokens, with its offset in days and a reading guard. */
    record Phrase(List<String> keys, int offset, Guard guard) {
    }

    /** Conditions under which an ambiguous relative-day word reads as a date. */
    enum Guard { NONE, FRENCH, NOT_MORNING }

    private static final Map<String, MonthName> MONTHS;
    private static final Map<String, DayName> DAYS;
    private static final Map<String, Modifier> BEFORE;
    private static final Map<String, Modifier> AFTER;
    private static final Map<String, List<Phrase>> PHRASES;
    private static final Set<String> MONTH_PREP;
    private static final Set<String> YEAR_PREP;
    /** Nouns that a number after them names or counts rather than dates: "Resolution 1973", "page 2010". */
    private static final Set<String> LABEL_NOUNS;
    private static final Set<String> PERIOD_NOUN;
    private static final Set<String> ABBREVIATIONS;
    private static final Set<String> MORNING_BEFORE;
    private static final Set<String> WEEKDAY_LEAD;
    /** Every key that can open a word-initial mention; all other words are skipped at once. */
    private static final Set<String> OPENERS;

    static {
        Map<String, MonthName> months = new HashMap<>();
        Map<String, DayName> days = new HashMap<>();
        Map<String, Modifier> before = new HashMap<>();
        Map<String, Modifier> after = new HashMap<>();
        Map<String, List<Phrase>> phrases = new HashMap<>();
        months(months, Lang.EN, "january jan", "february feb", "march mar", "april apr", "may", "june jun",
                "july jul", "august aug", "september sep sept", "october oct", "november nov", "december dec");
        months(months, Lang.FR, "janvier janv", "fevrier fevr fev", "mars", "avril avr", "mai", "juin", "juillet juil",
                "aout", "septembre sept", "octobre oct", "novembre nov", "decembre dec");
        months(months, Lang.ES, "enero ene", "febrero", "marzo", "abril abr", "mayo", "junio", "julio", "agosto ago",
                "septiembre setiembre", "octubre", "noviembre", "diciembre dic");
        months(months, Lang.DE, "januar janner", "februar", "marz", "april", "mai", "juni", "juli", "august",
                "september", "oktober okt", "november", "dezember dez");
        months(months, Lang.IT, "gennaio gen", "febbraio", "marzo", "aprile", "maggio mag", "giugno giu", "luglio lug",
                "agosto", "settembre set", "ottobre ott", "novembre", "dicembre");
        months(months, Lang.PT, "janeiro", "fevereiro fev", "marco", "abril", "maio", "junho", "julho", "agosto",
                "setembro", "outubro out", "novembro", "dezembro dez");

        days(days, "monday mon", "tuesday tue tues", "wednesday wed", "thursday thu thur thurs", "friday fri",
                "saturday sat", "sunday sun");
        days(days, "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
        days(days, "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo");
        days(days, "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag");
        days(days, "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica");
        for (String pt : new String[] {"segunda", "terca", "quarta", "quinta", "sexta"}) {
            days.put(pt, new DayName(DayOfWeek.of(index(pt)), false, true));
        }
        days.put("domingo", new DayName(DayOfWeek.SUNDAY, false, true));

        modifiers(before, Modifier.LAST, "last past previous pasado pasada ultimo ultima letzten letzte "
                + "letzter vergangenen vergangene vorigen scorso scorsa passado passada");
        modifiers(before, Modifier.NEXT, "next coming prochain prochaine proximo proxima nachsten nachste "
                + "kommenden kommende prossimo prossima");
        modifiers(before, Modifier.THIS, "this ce cet este esta diesen dieser diesem questo questa neste nesta");
        modifiers(after, Modifier.LAST, "dernier derniere pasado pasada scorso scorsa passado passada ultimo ultima");
        modifiers(after, Modifier.NEXT, "prochain prochaine proximo proxima prossimo prossima");

        phrase(phrases, -1, Guard.NONE, "yesterday", "ayer", "gestern", "ieri", "ontem");
        phrase(phrases, -1, Guard.FRENCH, "hier");
        phrase(phrases, 0, Guard.NONE, "today", "tonight", "aujourd hui", "hoy", "heute", "oggi", "hoje");
        phrase(phrases, 1, Guard.NONE, "tomorrow", "demain", "domani", "amanha");
        phrase(phrases, 1, Guard.NOT_MORNING, "manana", "morgen");
        phrase(phrases, -2, Guard.NONE, "day before yesterday", "avant hier", "anteayer", "antes de ayer", "vorgestern",
                "altroieri", "l altro ieri", "anteontem");
        phrase(phrases, 2, Guard.NONE, "day after tomorrow", "apres demain", "pasado manana", "ubermorgen", "dopodomani",
                "depois de amanha");

        MONTH_PREP = words("after before by during early from in last late mid next since this through till until "
                + "apres avant debut depuis des en fin jusqu mi "
                + "desde durante finales fines hasta mediados principios "
                + "ab anfang bis ende im mitte nach seit vor "
                + "a ad da dal fino inizio mese nel "
                + "ate em final inicio meados");
        PERIOD_NOUN = words("fim final finales fine fines inicio inizio meados mediados meta mois month principios "
                + "mes mese monat");
        YEAR_PREP = words("after before between by during early from in late mid of since till to until year "
                + "annee apres avant debut depuis des en fin jusqu "
                + "ano antes del desde despues durante hasta "
                + "anfang bis ende im jahr jahres mitte nach seit vor "
                + "al anno dal fine fino inizio nel "
                + "ate em inicio");
        // labels numbered by what follows them; never a season or a period ("fall", "agenda", "class" stay out)
        LABEL_NOUNS = words("amendment article bill chapter clause code decree directive exhibit fig figure flight gate "
                + "highway item line motion no nr number page pages paragraph platform resolution room route rule seat "
                + "section table unit vol volume "
                + "alinea amendement arrete chapitre decret ligne loi numero paragraphe salle "
                + "articulo capitulo decreto enmienda expediente ley linea pagina parrafo resolucion vuelo "
                + "absatz artikel flug gesetz kapitel linie nummer paragraf seite zimmer "
                + "articolo capitolo comma emendamento legge pagina risoluzione volo "
                + "artigo emenda lei linha resolucao voo");
        ABBREVIATIONS = words(months.entrySet().stream().filter(e -> e.getValue().abbreviation())
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.joining(" "))
                + " capt col corp dr etc gen gov inc jr lt ltd mr mrs ms no prof rep sen sgt sr st vs "
                + "av bzw ca dra mlle mme nr sra");
        MORNING_BEFORE = words("am cada de den der diesen esta gestern guten heute jeden la media por toda una "
                + "einem eines frueh fruh");
        WEEKDAY_LEAD = words("cada el esta este na nesta neste no o pasada pasado proxima proximo ultima ultimo "
                + "a las los todas todos");
        MONTHS = Map.copyOf(months);
        DAYS = Map.copyOf(days);
        BEFORE = Map.copyOf(before);
        AFTER = Map.copyOf(after);
        phrases.replaceAll((k, v) -> v.stream().sorted((a, b) -> b.keys().size() - a.keys().size()).toList());
        PHRASES = Map.copyOf(phrases);
        Set<String> openers = new java.util.HashSet<>(months.keySet());
        openers.addAll(days.keySet());
        openers.addAll(before.keySet());
        openers.addAll(phrases.keySet());
        OPENERS = Set.copyOf(openers);
    }

    private CalendarLexicon() {
    }

    /** True when a word with this key can open a mention. */
    static boolean opener(String key) {
        return OPENERS.contains(key);
    }

    static MonthName month(String key) {
        return MONTHS.get(key);
    }

    static DayName day(String key) {
        return DAYS.get(key);
    }

    static Modifier before(String key) {
        return BEFORE.get(key);
    }

    static Modifier after(String key) {
        return AFTER.get(key);
    }

    static List<Phrase> phrases(String firstKey) {
        return PHRASES.getOrDefault(firstKey, List.of());
    }

    static boolean monthPrep(String key) {
        return MONTH_PREP.contains(key);
    }

    static boolean periodNoun(String key) {
        return PERIOD_NOUN.contains(key);
    }

    static boolean yearPrep(String key) {
        return YEAR_PREP.contains(key);
    }

    /** True when a number right after the word {@code key} is a label or a count, not a year ("Resolution 1973"). */
    static boolean labelNoun(String key) {
        return LABEL_NOUNS.contains(key);
    }

    static boolean isAbbreviation(String key) {
        return ABBREVIATIONS.contains(key);
    }

    /** Words after which "mañana"/"Morgen" mean the morning, not tomorrow. */
    static boolean morningBefore(String key) {
        return MORNING_BEFORE.contains(key);
    }

    /** Determiners that make an ambiguous weekday name ("quinta", "domingo") a weekday. */
    static boolean weekdayLead(String key) {
        return WEEKDAY_LEAD.contains(key);
    }

    private static void months(Map<String, MonthName> map, Lang lang, String... rows) {
        for (int m = 0; m < rows.length; m++) {
            String[] names = rows[m].split(" ");
            for (int i = 0; i < names.length; i++) {
                boolean abbrev = i > 0 && names[i].length() <= 4;
                MonthName prev = map.get(names[i]);
                if (prev == null || prev.abbreviation() && !abbrev) {
                    map.put(names[i], new MonthName(m + 1, abbrev, abbrev ? lang : null));
                } else if (prev.abbreviation() && prev.lang() != lang) {
                    map.put(names[i], new MonthName(m + 1, true, null));
                }
            }
        }
    }

    private static void days(Map<String, DayName> map, String... rows) {
        for (int d = 0; d < rows.length; d++) {
            String[] names = rows[d].split(" ");
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], new DayName(DayOfWeek.of(d + 1), i > 0 && names[i].length() <= 5, false));
            }
        }
    }

    private static int index(String pt) {
        return switch (pt) {
            case "segunda" -> 1;
            case "terca" -> 2;
            case "quarta" -> 3;
            case "quinta" -> 4;
            default -> 5;
        };
    }

    private static void modifiers(Map<String, Modifier> map, Modifier m, String words) {
        for (String w : words.split(" ")) {
            map.put(w, m);
        }
    }

    private static void phrase(Map<String, List<Phrase>> map, int offset, Guard guard, String... phrases) {
        for (String p : phrases) {
            List<String> keys = List.of(p.split(" "));
            map.computeIfAbsent(keys.get(0), k -> new java.util.ArrayList<>()).add(new Phrase(keys, offset, guard));
        }
    }

    private static Set<String> words(String words) {
        return Set.copyOf(java.util.Arrays.asList(words.trim().split("\\s+")));
    }
}
