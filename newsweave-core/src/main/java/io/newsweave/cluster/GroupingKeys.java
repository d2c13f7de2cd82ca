package io.newsweave.cluster;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name keys of the clustering's language-independent channel ({@link Channel#NAMES}): the
 * names in the text, language-independent enough to meet across languages. A name is a capitalized word that does not start a sentence
 * (or that also appears capitalized inside a sentence), or an acronym. A key is the name
 * lower-cased, accent-folded and cut to its first {@value #PREFIX} letters, so that Ukraine,
 * Ukrainian and ukrainienne, or Moscow and Moscou, share one. Single pass over the text;
 * stateless and thread-safe. Does not resolve translations (Putin / Poutine stay apart).
 */
public final class GroupingKeys {

    static final int PREFIX = 5;
    /** At most this many keys per article, the most frequent. */
    static final int MAX_KEYS = 64;
    private static final int MIN_LENGTH = 3;

    /** Month and weekday names, capitalized in some languages but no names: folded, whole words. */
    private static final java.util.Set<String> CALENDAR = java.util.Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
            "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
            "januar", "februar", "marz", "juni", "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch",
            "donnerstag", "freitag", "samstag", "sonntag", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio",
            "settembre", "ottobre", "dicembre", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "janeiro",
            "fevereiro", "maio", "junho", "julho", "setembro", "outubro", "dezembro", "segunda", "terca", "quarta",
            "quinta", "sexta");

    private GroupingKeys() {
    }

    /** The keys of an article's body, most frequent first, at most {@value #MAX_KEYS}. */
    public static List<String> of(String text) {
        Map<String, Integer> inside = new HashMap<>();
        Map<String, Integer> initial = new HashMap<>();
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                    i++;
                }
                String word = text.substring(start, i);
                if (Character.isUpperCase(word.charAt(0)) && isNameShaped(word) && !CALENDAR.contains(fold(word))) {
                    (sentenceStart ? initial : inside).merge(key(word), 1, Integer::sum);
                }
                sentenceStart = false;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“' || c == '«' || c == '„' || c == '—') {
                    sentenceStart = true;
                } else if (Character.isDigit(c)) {
                    sentenceStart = false;
                }
                i++;
            }
        }
        Map<String, Integer> counts = new HashMap<>(inside);
        initial.forEach((key, count) -> counts.computeIfPresent(key, (k, v) -> v + count));
        Set<String> ordered = new LinkedHashSet<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.add(e.getKey()));
        return ordered.stream().limit(MAX_KEYS).toList();
    }

    private static boolean isNameShaped(String word) {
        if (word.length() < MIN_LENGTH) {
            return word.length() == 2 && Character.isUpperCase(word.charAt(1));
        }
        return true;
    }

    static String key(String word) {
        String folded = fold(word);
        return folded.length() <= PREFIX ? folded : folded.substring(0, PREFIX);
    }

    private static String fold(String word) {
        return io.newsweave.text.Folding.fold(word).replace("-", "");
    }
}
