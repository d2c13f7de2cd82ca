package io.newsweave.cluster;

import io.newsweave.model.Mention;
import io.newsweave.model.Timex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the clustering compares an article by, as one list of keys prefixed by their
 * {@link Channel}. A key may repeat: stemmed terms, words and entities appear {@link #level} times
 * of their count, the repeats next to each other, a sublinear term frequency that {@link Similarity} weighs them by; sets of keys (the
 * index, document frequencies) see each once. Built in two steps because canonical entity ids and the dates of undated
 * articles are known only in arrival order: {@link #of} (parallel analysis: name keys, stemmed
 * terms, numbers, language) then {@link #complete} (placement: days mentioned, entity ids).
 * Thread-safe; holds only shared analyzers.
 */
public final class ArticleFeatures {

    /** At most this many numbers per article, in order of first appearance. */
    static final int MAX_NUMBERS = 16;
    private static final int MIN_DIGITS = 2;

    private final Terms terms = new Terms();

    /** Most repeats of one key: a word said 33 times or more weighs 5 times one said once. */
    static final int MAX_LEVEL = 5;

    /** The features known before placement: names, terms of {@code language}, words, numbers and the language. */
    public List<String> of(String title, String body, String language) {
        String text = body == null ? "" : body;
        List<String> out = new ArrayList<>(GroupingKeys.of(text));
        repeated(Channel.TERMS, terms.counts(title, text, language), out);
        repeated(Channel.WORDS, WordPrefixes.counts(title, text), out);
        for (String number : numbers(text)) {
            out.add(Channel.NUMBERS.key(number));
        }
        if (language != null && !language.isEmpty()) {
            out.add(Channel.LANGUAGE.key(language));
        }
        return List.copyOf(out);
    }

    /** {@code base} (repeats kept) with the days its timexes name and the canonical ids of its mentions, repeated by their count. */
    public static List<String> complete(List<String> base, List<Timex> timexes, List<Mention> mentions) {
        Set<String> added = new LinkedHashSet<>();
        for (Timex t : timexes) {
            if ("day".equals(t.granularity()) && t.value() != null && t.value().length() == 10) {
                added.add(Channel.DATES.key(t.value()));
            }
        }
        java.util.Map<String, Integer> entities = new java.util.LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.entity() != null && !m.entity().isEmpty()) {
                entities.merge(m.entity().replaceAll("\\s", "_"), 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>(base);
        added.removeAll(new java.util.HashSet<>(base));
        out.addAll(added);
        repeated(Channel.ENTITIES, entities, out);
        return List.copyOf(out);
    }

    /** How many times a key said {@code count} times is listed: 1 + ln(count), rounded, at most {@value #MAX_LEVEL}. */
    static int level(int count) {
        return count <= 1 ? 1 : (int) Math.min(MAX_LEVEL, Math.round(1 + Math.log(count)));
    }

    private static void repeated(Channel channel, java.util.Map<String, Integer> counts, List<String> out) {
        counts.forEach((value, count) -> {
            String key = channel.key(value);
            for (int i = level(count); i > 0; i--) {
                out.add(key);
            }
        });
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
