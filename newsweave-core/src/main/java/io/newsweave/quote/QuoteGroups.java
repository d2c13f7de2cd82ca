package io.newsweave.quote;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the same quote reported by several articles or in several languages.
 *
 * <p>Same language: two quotes go together when the words of the shorter are nearly all in the
 * longer ({@link #CONTAINMENT} of its accent-folded, lower-cased words; a partial quote "colossal
 * mistake" joins the full sentence); a quote under {@link #MIN_WORDS} words needs all its words
 * in the other (and a one-word quote the same word). Across languages, conservatively, without translation: same speaker entity,
 * both dates known and at most {@link #MAX_DAYS} days apart, lengths within a factor of two, and
 * shared anchors: a number, or two capitalized names spelled alike, unless each quote is its
 * speaker's only one in its article (a report and its translation quoting one sentence). Groups
 * are closed transitively.
 *
 * <p>Cost is quadratic in the number of quotes given: meant for the quotes of one story, not of a
 * whole corpus. Stateless and thread-safe.
 */
public final class QuoteGroups {

    static final double CONTAINMENT = 0.8;
    static final int MIN_WORDS = 4;
    static final int MAX_DAYS = 3;

    /** A quote's words and anchors, computed once. */
    private record Keys(List<String> words, Set<String> set, Set<String> numbers, Set<String> names) {
    }

    /** The groups of {@code quotes}, in order of their first quote; every quote is in exactly one group. */
    public List<QuoteGroup> group(List<Quote> quotes) {
        int n = quotes.size();
        List<Keys> keys = new ArrayList<>(n);
        for (Quote q : quotes) {
            keys.add(keys(q.text()));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> perSpeaker = new HashMap<>();
        for (Quote q : quotes) {
            if (q.speakerEntity() != null) {
                perSpeaker.merge(q.articleId() + '\u0000' + q.speakerEntity(), 1, Integer::sum);
            }
        }
        boolean[] sole = new boolean[n];
        for (int i = 0; i < n; i++) {
            Quote q = quotes.get(i);
            sole[i] = q.speakerEntity() != null && perSpeaker.get(q.articleId() + '\u0000' + q.speakerEntity()) == 1;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (same(quotes.get(i), keys.get(i), quotes.get(j), keys.get(j), sole[i] && sole[j])) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Quote>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(quotes.get(i));
        }
        List<QuoteGroup> out = new ArrayList<>(byRoot.size());
        for (List<Quote> members : byRoot.values()) {
            Set<String> articles = new LinkedHashSet<>();
            Set<String> languages = new LinkedHashSet<>();
            for (Quote q : members) {
                articles.add(q.articleId());
                languages.add(q.language());
            }
            Quote representative = members.stream().min(Comparator
                    .comparing((Quote q) -> q.speakerEntity() == null)
                    .thenComparing(q -> -q.text().length())).orElseThrow();
            out.add(new QuoteGroup(representative, members, List.copyOf(articles), List.copyOf(languages)));
        }
        return out;
    }

    /**
     * Whether two quotes report the same words. Across languages the speaker entity must be the same,
     * the dates close and the lengths alike, and then a shared number or two shared names decide,
     * or {@code onlyOnes}: each is the only quote of that speaker in its article (a report and its
     * translation quoting one sentence).
     */
    private static boolean same(Quote a, Keys ka, Quote b, Keys kb, boolean onlyOnes) {
        if (ka.words().isEmpty() || kb.words().isEmpty()) {
            return false;
        }
        if (a.language().equals(b.language())) {
            int shorter = Math.min(ka.set().size(), kb.set().size());
            if (shorter < MIN_WORDS) {
                return shorter >= 2 ? shared(ka.set(), kb.set()) == shorter : ka.words().equals(kb.words());
            }
            return shared(ka.set(), kb.set()) >= CONTAINMENT * shorter;
        }
        if (a.speakerEntity() == null || !a.speakerEntity().equals(b.speakerEntity())) {
            return false;
        }
        if (!close(a.date(), b.date())) {
            return false;
        }
        int la = ka.words().size();
        int lb = kb.words().size();
        if (la > 2 * lb || lb > 2 * la) {
            return false;
        }
        return onlyOnes || shared(ka.numbers(), kb.numbers()) >= 1 || shared(ka.names(), kb.names()) >= 2;
    }

    private static boolean close(LocalDate a, LocalDate b) {
        return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) <= MAX_DAYS;
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int count = 0;
        for (String s : small) {
            if (large.contains(s)) {
                count++;
            }
        }
        return count;
    }

    private static Keys keys(String text) {
        List<String> words = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            String raw = text.substring(i, j);
            String folded = io.newsweave.text.Folding.fold(raw);
            words.add(folded);
            if (Character.isDigit(raw.charAt(0))) {
                numbers.add(folded);
            } else if (Character.isUpperCase(raw.charAt(0)) && raw.length() >= 3 && words.size() > 1) {
                names.add(folded);
            }
            i = j;
        }
        return new Keys(words, new HashSet<>(words), numbers, names);
    }


    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
