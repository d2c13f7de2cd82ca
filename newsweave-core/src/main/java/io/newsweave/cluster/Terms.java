package io.newsweave.cluster;

import io.newsweave.text.Stemmer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stemmed content terms of a text through the {@link Stemmer} for its language (stop words
 * removed), the most frequent first; title terms count {@value #TITLE_WEIGHT} times. Reads the
 * title and the first {@value #LEAD_CHARS} characters of the body only. Thread-safe.
 */
final class Terms {

    static final int LEAD_CHARS = 6_000;
    static final int MAX_TERMS = 64;
    private static final int TITLE_WEIGHT = 2;
    private static final int MIN_LENGTH = 3;

    private final Stemmer stemmer = Stemmer.standard();

    /** At most {@value #MAX_TERMS} terms of the title and the body's lead, most frequent first, then alphabetical. */
    List<String> of(String title, String body, String language) {
        return List.copyOf(counts(title, body, language).keySet());
    }

    /** {@link #of}'s terms with their counts (a title term counts {@value #TITLE_WEIGHT}), in its order. */
    Map<String, Integer> counts(String title, String body, String language) {
        Map<String, Integer> counts = new HashMap<>();
        count(title, language, TITLE_WEIGHT, counts);
        String lead = body == null ? "" : body.substring(0, Math.min(body.length(), LEAD_CHARS));
        count(lead, language, 1, counts);
        return mostFrequent(counts, MAX_TERMS);
    }

    /** The {@code limit} most frequent of {@code counts} with their counts, most frequent first, then alphabetical. */
    static Map<String, Integer> mostFrequent(Map<String, Integer> counts, int limit) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private void count(String text, String language, int weight, Map<String, Integer> counts) {
        stemmer.terms(text, language, term -> {
            if (term.length() >= MIN_LENGTH && !isNumber(term)) {
                counts.merge(term.toString(), weight, Integer::sum);
            }
        });
    }

    private static boolean isNumber(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) && s.charAt(i) != '.' && s.charAt(i) != ',') {
                return false;
            }
        }
        return true;
    }
}
