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
        Map<String, Integer> outlets = new TreeMap<>();
        Map<String, Integer> languages = new TreeMap<>();
        Map<String, Integer> perDay = new TreeMap<>();
        int undated = 0;
        Article first = null;
        for (Article a : articles) {
            if (a.source() != null && !a.source().isBlank()) {
                outlets.merge(a.source(), 1, Integer::sum);
            }
            languages.merge(a.language(), 1, Integer::sum);
            LocalDate p = a.published().date();
            if (p == null) {
                undated++;
            } else {
                perDay.merge(p.toString(), 1, Integer::sum);
            }
            if (first == null || (p != null && (first.published().date() == null || p.isBefore(first.published().date())))) {
                first = a;
            }
        }
        return new Coverage(articles.size(), byCount(outlets), byCount(languages), perDay, undated,
                first == null ? null : first.id(), first == null ? null : first.source(),
                first == null ? null : first.published().date());
    }

    private static Map<String, Integer> byCount(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
