package io.newsweave.story.timeline;

import io.newsweave.model.Article;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who covered a story and when. Maps keep a stable order: outlets and languages by count (most
 * first, then by name), days by date. Immutable.
 *
 * @param articles       number of articles
 * @param outlets        articles per outlet; articles without a known outlet are not counted here
 * @param languages      articles per language
 * @param perDay         articles per publication day ({@code 2021-12-07}); undated ones are not counted here
 * @param undated        articles without a publication date
 * @param firstArticle   id of the first reporter: the earliest published article, ties (and an
 *                       all-undated story) going to the first arrival; {@code null} for no article
 * @param firstOutlet    its outlet, or {@code null}
 * @param firstPublished its publication date, or {@code null}
 */
public record Coverage(int articles, Map<String, Integer> outlets, Map<String, Integer> languages,
                       Map<String, Integer> perDay, int undated, String firstArticle, String firstOutlet,
                       LocalDate firstPublished) {

    public Coverage {
        outlets = Collections.unmodifiableMap(new LinkedHashMap<>(outlets));
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
        perDay = Collections.unmodifiableMap(new LinkedHashMap<>(perDay));
    }

    /** The coverage of a story whose articles are {@code articles}, in arrival order. */
    public static Coverage of(List<Article> articles) {
        Tally tally = new Tally();
        for (Article a : articles) {
            tally.add(a.id(), a.source(), a.language(), a.published().date());
        }
        return tally.coverage();
    }

    /** Counts a story's articles one at a time, in arrival order, into its {@link Coverage}. Not thread-safe. */
    public static final class Tally {
        private final Map<String, Integer> outlets = new TreeMap<>();
        private final Map<String, Integer> languages = new TreeMap<>();
        private final Map<String, Integer> perDay = new TreeMap<>();
        private int articles;
        private int undated;
        private String firstArticle;
        private String firstOutlet;
        private LocalDate firstPublished;

        /** Counts one article: its id, outlet ({@code null} when unknown), language and publication date ({@code null} when undated). */
        public void add(String id, String source, String language, LocalDate published) {
            articles++;
            if (source != null && !source.isBlank()) {
                outlets.merge(source, 1, Integer::sum);
            }
            languages.merge(language, 1, Integer::sum);
            if (published == null) {
                undated++;
            } else {
                perDay.merge(published.toString(), 1, Integer::sum);
            }
            if (firstArticle == null || (published != null && (firstPublished == null || published.isBefore(firstPublished)))) {
                firstArticle = id;
                firstOutlet = source;
                firstPublished = published;
            }
        }

        public Coverage coverage() {
            return new Coverage(articles, byCount(outlets), byCount(languages), perDay, undated, firstArticle, firstOutlet,
                    firstPublished);
        }
    }

    private static Map<String, Integer> byCount(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
