package io.newsweave.story.timeline;

import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Timex;
import io.newsweave.text.TextMemo;
import io.newsweave.text.WordRuns;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What two sentences are compared on: canonical entity ids (language-independent), numbers
 * outside date expressions ("7.5", "57m", "400,000"; separators dropped so that "4,5" and "4.5"
 * agree), and stemmed content words (compared only
 * within one language). Immutable.
 */
record SentenceFeatures(String language, Set<String> entities, Set<String> numbers, Set<String> terms) {

    /** Words of four letters or more that carry no content, in the languages we stem. */
    private static final Set<String> STOP = Set.of("that", "with", "have", "were", "said", "from", "this", "will",
            "which", "their", "would", "about", "been", "there", "they", "also", "after", "than", "them", "into",
            "more", "over", "when", "what", "some", "other", "could", "should", "these", "those", "while", "where",
            "dans", "pour", "avec", "sont", "cette", "mais", "leur", "leurs", "selon", "elle", "ils", "comme", "aussi",
            "para", "como", "pero", "este", "esta", "entre", "sobre", "desde", "según", "también", "nicht", "eine",
            "einen", "sich", "auch", "wird", "werden", "dass", "nach", "sein", "della", "delle", "sono", "anche",
            "questo", "essere");

    /** The least similarity of two sentences sharing an entity and a number. */
    static final double NUMBER_AND_ENTITY = 0.5;

    SentenceFeatures {
        entities = Set.copyOf(entities);
        numbers = Set.copyOf(numbers);
        terms = Set.copyOf(terms);
    }

    /**
     * The features of {@code article.text()[start, end)}, read from the article's runs in
     * {@code text}: a run with a digit, joined over a "." or "," to a next run of digits, is a
     * number; a run of four letters or more is a term, stemmed in the article's language.
     */
    static SentenceFeatures of(Article article, int start, int end, TextMemo text) {
        Set<String> entities = new HashSet<>();
        for (Mention m : article.mentions()) {
            if (m.start() >= start && m.end() <= end && m.entity() != null) {
                entities.add(m.entity());
            }
        }
        Set<String> numbers = new HashSet<>();
        Set<String> terms = new HashSet<>();
        String s = article.text();
        WordRuns runs = text.words(s);
        String language = article.language();
        int r = runs.firstEndingAfter(start);
        while (r < runs.size() && runs.start(r) < end) {
            int b = Math.max(start, runs.start(r));
            int i = Math.min(end, runs.end(r));
            boolean digit = hasDigit(s, b, i);
            while (digit && i == runs.end(r) && i + 1 < end && (s.charAt(i) == '.' || s.charAt(i) == ',')
                    && Character.isDigit(s.charAt(i + 1))) {
                r++;
                i = Math.min(end, runs.end(r));
            }
            r++;
            if (digit) {
                if (!inTimex(article, b, i)) {
                    numbers.add(s.substring(b, i).replace(",", "").replace(".", "").toLowerCase(Locale.ROOT));
                }
            } else if (i - b >= 4) {
                String lower = s.substring(b, i).toLowerCase(Locale.ROOT);
                if (!STOP.contains(lower)) {
                    terms.add(text.stem(lower, language));
                }
            }
        }
        return new SentenceFeatures(language, entities, numbers, terms);
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inTimex(Article article, int start, int end) {
        for (Timex t : article.timexes()) {
            if (t.start() < end && t.end() > start) {
                return true;
            }
        }
        return false;
    }

    /** Entity ids shared with {@code other}. */
    int sharedEntities(SentenceFeatures other) {
        return intersection(entities, other.entities);
    }

    /**
     * How alike two sentences are, in [0, 1]: the better of {@link #entitySimilarity} and
     * {@link #termSimilarity}.
     */
    double similarity(SentenceFeatures other) {
        return Math.max(entitySimilarity(other), termSimilarity(other));
    }

    /**
     * Shared entity ids over the smaller set, counted only when two ids are shared; a shared id
     * with a shared number ("13,000 dead") scores at least {@value #NUMBER_AND_ENTITY}. Works
     * across languages.
     */
    double entitySimilarity(SentenceFeatures other) {
        int shared = sharedEntities(other);
        if (shared == 0) {
            return 0;
        }
        double overlap = (double) shared / Math.min(entities.size(), other.entities.size());
        if (intersection(numbers, other.numbers) >= 1) {
            return Math.max(overlap, NUMBER_AND_ENTITY);
        }
        return shared >= 2 ? overlap : 0;
    }

    /** The Dice coefficient of stemmed terms when both sentences are in the same language, else 0. */
    double termSimilarity(SentenceFeatures other) {
        if (!language.equals(other.language) || terms.isEmpty() || other.terms.isEmpty()) {
            return 0;
        }
        return 2.0 * intersection(terms, other.terms) / (terms.size() + other.terms.size());
    }

    private static int intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String x : small) {
            if (large.contains(x)) {
                n++;
            }
        }
        return n;
    }
}
