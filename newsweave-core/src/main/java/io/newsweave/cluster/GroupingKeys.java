package io.newsweave.cluster;

import io.newsweave.text.WordRuns;

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
        return of(WordRuns.of(text));
    }

    /**
     * {@link #of(String)} of a body already tokenized. A word starts at a run's first letter
     * (leading digits are skipped) and runs on over a hyphen into a next run that starts with a
     * letter ({@code Jean-Yves}); a sentence starts after . ! ? : — a line break or an opening quote.
     */
    public static List<String> of(WordRuns runs) {
        String text = runs.text();
        Map<String, Integer> inside = new HashMap<>();
        Map<String, Integer> initial = new HashMap<>();
        boolean sentenceStart = true;
        int pos = 0;
        int r = 0;
        while (r < runs.size()) {
            for (int next = Math.max(pos, runs.start(r)); pos < next; pos++) {
                char c = text.charAt(pos);
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“' || c == '«' || c == '„' || c == '—') {
                    sentenceStart = true;
                }
            }
            int runEnd = runs.end(r);
            while (pos < runEnd && !Character.isLetter(text.charAt(pos))) {
                sentenceStart = false; // a digit
                pos++;
            }
            if (pos == runEnd) {
                r++;
                continue;
            }
            int start = pos;
            int end = runEnd;
            int k = r;
            while (k + 1 < runs.size() && runs.start(k + 1) == end + 1 && text.charAt(end) == '-'
                    && Character.isLetter(text.charAt(end + 1))) {
                k++;
                end = runs.end(k);
            }
            String word = text.substring(start, end);
            if (Character.isUpperCase(word.charAt(0)) && isNameShaped(word) && !CALENDAR.contains(fold(word))) {
                (sentenceStart ? initial : inside).merge(key(word), 1, Integer::sum);
            }
            sentenceStart = false;
            pos = end;
            r = k + 1;
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
        return Skeleton.prefix(fold(word), PREFIX);
    }

    private static String fold(String word) {
        return io.newsweave.text.Folding.fold(word).replace("-", "");
    }
}
