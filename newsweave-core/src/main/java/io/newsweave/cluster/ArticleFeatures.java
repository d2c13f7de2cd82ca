package io.newsweave.cluster;

import io.newsweave.text.WordRuns;

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
        return of(title, WordRuns.of(body), language);
    }

    /** {@link #of(String, String, String)} of a body already tokenized ({@link WordRuns#text()}). */
    public List<String> of(String title, WordRuns body, String language) {
        String text = body.text();
        List<String> out = new ArrayList<>(GroupingKeys.of(body));
        Channel.TERMS.addRepeated(terms.counts(title, text, language), out);
        Channel.WORDS.addRepeated(WordPrefixes.counts(title, body), out);
        for (String number : numbers(body)) {
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
        return numbers(WordRuns.of(text));
    }

    /**
     * {@link #numbers(String)} of runs: a number starts a run with an ASCII digit and runs on over
     * a separator into a next run of exactly three digits; one that ends in a letter (57m, 5G) is
     * no number.
     */
    static List<String> numbers(WordRuns runs) {
        String text = runs.text();
        Set<String> out = new LinkedHashSet<>();
        int n = text.length();
        int r = 0;
        while (r < runs.size() && out.size() < MAX_NUMBERS) {
            int i = runs.start(r);
            if (!isDigits(text, i, i + 1)) {
                r++;
                continue;
            }
            StringBuilder digits = new StringBuilder();
            while (true) {
                int end = runs.end(r);
                while (i < end && isDigits(text, i, i + 1)) {
                    digits.append(text.charAt(i));
                    i++;
                }
                char c = i < n ? text.charAt(i) : 0;
                if (i == end && (c == ',' || c == '.' || c == '\u00a0' || c == '\u202f') && i + 3 < n
                        && isDigits(text, i + 1, i + 4) && (i + 4 == n || !Character.isDigit(text.charAt(i + 4)))) {
                    i++;
                    r++;
                } else {
                    break;
                }
            }
            r++;
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
