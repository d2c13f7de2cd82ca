package io.newsweave.text;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a period that ICU took for a sentence end belongs to an abbreviation. The rules,
 * on the word before the final period and the first char of the next segment:
 * <ul>
 * <li>a title ({@code Mr}, {@code Dr}, {@code M}, {@code Mme}, {@code Sra}, {@code Prof}, …) always joins;</li>
 * <li>one upper-case letter (an initial) joins when the next segment starts with an upper-case letter;</li>
 * <li>an ordinal day ("7.") joins before a month name ("Dezember");</li>
 * <li>a dotted acronym ({@code U.S}, {@code z.B}) joins unless the next word is a common sentence opener
 *     ("The", "Il", "El", …);</li>
 * <li>any period joins when the next segment starts with a lower-case letter or a digit ("No. 5",
 *     "Jan. 10", "7. juin").</li>
 * </ul>
 * Stateless tables shared by all languages.
 */
final class Abbreviations {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col",
            "lt", "sgt", "capt", "cmdr", "gov", "sen", "rep", "pres", "rev", "hon", "vs", "messrs", "mt", "ft",
            "m", "mm", "mme", "mmes", "mlle", "mlles", "pr", "me", "ste", "sra", "srta", "dra", "lic", "ud", "uds",
            "hr", "fr", "frau", "hrn", "bzw", "ca", "sig", "dott", "ing", "avv", "on", "sto", "ggf", "vgl", "cf",
            "approx", "dept", "univ", "assn", "corp", "gén", "mgr", "g", "ул", "им", "проф", "др", "тов", "гг");
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "in",
            "on", "but", "and", "this", "that", "there", "his", "her", "their", "its", "after", "as", "if", "when",
            "le", "la", "les", "il", "elle", "ils", "un", "une", "des", "ce", "el", "los", "las", "lo", "der", "die",
            "das", "er", "sie", "es", "o", "os", "gli", "lui");

    /** Month names written after an ordinal day with a period ("am 7. Dezember"). */
    private static final Set<String> ORDINAL_MONTHS = Set.of("januar", "jänner", "februar", "märz", "april", "mai",
            "juni", "juli", "august", "september", "oktober", "november", "dezember", "jan", "feb", "mär", "apr",
            "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez");

    private Abbreviations() {
    }

    /**
     * True when the segment {@code [start, end)} of {@code text} ends in an abbreviation and must
     * run on into the segment starting at {@code next}.
     */
    static boolean joins(String text, int start, int end, int next) {
        if (text.charAt(end - 1) != '.' || next >= text.length()) {
            return false;
        }
        char first = text.charAt(next);
        if (Character.isLowerCase(first) || Character.isDigit(first)) {
            return true;
        }
        int w = end - 1;
        while (w > start && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, end - 1);
        if (word.isEmpty()) {
            return ordinalDay(text, start, end) && ORDINAL_MONTHS.contains(nextWord(text, next).toLowerCase(Locale.ROOT));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(lower)) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return Character.isUpperCase(first);
        }
        if (dottedAcronym(word)) {
            return !OPENERS.contains(nextWord(text, next).toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /** One or two digits before the final period, standing alone: "7." */
    private static boolean ordinalDay(String text, int start, int end) {
        int d = end - 1;
        while (d > start && Character.isDigit(text.charAt(d - 1))) {
            d--;
        }
        int digits = end - 1 - d;
        return digits >= 1 && digits <= 2 && (d == start || !Character.isLetterOrDigit(text.charAt(d - 1)));
    }

    private static boolean dottedAcronym(String word) {
        if (word.indexOf('.') < 0) {
            return false;
        }
        for (String part : word.split("\\.")) {
            if (part.isEmpty() || part.length() > 2) {
                return false;
            }
        }
        return true;
    }

    private static String nextWord(String text, int at) {
        int e = at;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(at, e);
    }
}
