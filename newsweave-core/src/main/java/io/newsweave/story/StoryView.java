package io.newsweave.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a story shows so far: its articles and who covered it, in which languages, over which days.
 *
 * @param id        story id
 * @param title     the headline of its first article
 * @param articles  article ids in arrival order
 * @param languages articles per language
 * @param sources   articles per outlet
 * @param first     earliest publication date, or {@code null} when no article is dated
 * @param last      latest publication date, or {@code null}
 */
public record StoryView(String id, String title, List<String> articles, Map<String, Integer> languages,
                        Map<String, Integer> sources, LocalDate first, LocalDate last) {

    public StoryView {
        articles = List.copyOf(articles);
        languages = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(languages));
        sources = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sources));
    }
}
