package io.newsweave.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the clustering compares an article by that its text alone tells, as one list of keys
 * prefixed by their {@link Channel}: name keys, stemmed terms, word prefixes, numbers and the
 * language. A key may repeat: terms and words appear {@link Channel#level} times of their count,
 * the repeats next to each other, a sublinear term frequency that {@link Similarity} weighs them
 * by; sets of keys (the index, document frequencies) see each once. Computed in the parallel
 * analysis; the keys only the stream's order can give (canonical entity ids, days of undated
 * articles) are added by {@link IdentityKeys} in placement. Thread-safe; holds only shared
 * analyzers.
 */
public final class ArticleFeatures {

    /** At most this many numbers per article, in order of first appearance. */
    static final int MAX_NUMBERS = 16;
    private static final int MIN_DIGITS = 2;

    private final Terms terms = new Terms();

    /** The features known before placement: names, terms of {@code language}, words, numbers and the language. */
    public List<String> of(String title, String body, String language) {
        String text = body == null ? "" : body;
        List<String> out = new ArrayList<>(GroupingKeys.of(text));
        Channel.TERMS.addRepeated(terms.counts(title, text, language), out);
        Channel.WORDS.addRepeated(WordPrefixes.counts(title, text), out);
        for (String number : numbers(text)) {
            out.add(Channel.NUMBERS.key(number));
        }
        if (language != null && !language.isEmpty()) {
            out.add(Channel.LANGUAGE.key(language));
        }
        return List.copyOf(out);
    }

    /**
     * Numbers of at least {@value #MIN_DIGITS} digits, thousands separators removed (1,500 and
     * 1.500 meet), decimals dropped; at most {@value #MAX_NUMBERS}, first seen first.
     */
    static List<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < MAX_NUMBERS) {
            if (!isDigits(text, i, i + 1) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            StringBuilder digits = new StringBuilder();
            while (i < n) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                    i++;
                } else if ((c == ',' || c == '.' || c == '\u00a0' || c == '\u202f') && i + 3 < n
                        && isDigits(text, i + 1, i + 4) && (i + 4 == n || !Character.isDigit(text.charAt(i + 4)))) {
                    i++;
                } else {
                    break;
                }
            }
            if (i < n && Character.isLetter(text.charAt(i))) {
                continue;
            }
            String value = digits.toString().replaceFirst("^0+(?=.)", "");
            if (value.length() >= MIN_DIGITS) {
                out.add(value);
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
