package io.newsweave.story;

import io.newsweave.entity.EntitySummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a story shows so far: its articles and who covered it, in which languages, over which days.
 *
 * @param id        story id
 * @param title     the headline of its first report in its main language and largest event ({@link StoryTitle})
 * @param articles  article ids in arrival order
 * @param languages articles per language
 * @param sources   articles per outlet
 * @param first     earliest publication date, or {@code null} when no article is dated
 * @param last      latest publication date, or {@code null}
 * @param entities  who and what the story names, most mentioned first (ids after aliases)
 * @param events    its events, by date (undated last), then id
 * @param headlines language → that language's own headline, for the languages with a headline other
 *                  than {@code title} ({@link #title(String)})
 */
public record StoryView(String id, String title, List<String> articles, Map<String, Integer> languages,
                        Map<String, Integer> sources, LocalDate first, LocalDate last, List<EntitySummary> entities,
                        List<EventView> events, Map<String, String> headlines) {

    /** A view with no headline in another language. */
    public StoryView(String id, String title, List<String> articles, Map<String, Integer> languages,
                     Map<String, Integer> sources, LocalDate first, LocalDate last, List<EntitySummary> entities,
                     List<EventView> events) {
        this(id, title, articles, languages, sources, first, last, entities, events, Map.of());
    }

    /** A view without events. */
    public StoryView(String id, String title, List<String> articles, Map<String, Integer> languages,
                     Map<String, Integer> sources, LocalDate first, LocalDate last, List<EntitySummary> entities) {
        this(id, title, articles, languages, sources, first, last, entities, List.of());
    }

    /** A view without entities. */
    public StoryView(String id, String title, List<String> articles, Map<String, Integer> languages,
                     Map<String, Integer> sources, LocalDate first, LocalDate last) {
        this(id, title, articles, languages, sources, first, last, List.of());
    }

    public StoryView {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        articles = List.copyOf(articles);
        languages = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(languages));
        sources = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sources));
        headlines = headlines.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(headlines));
    }

    /**
     * The title a reader of {@code language} (ISO 639-1, or {@code null} for none) sees: the
     * story's headline in that language when one of its articles has one, else {@link #title()}.
     */
    public String title(String language) {
        return language == null ? title : headlines.getOrDefault(language, title);
    }

    /** This view titled for a reader of {@code language} ({@link #title(String)}). */
    public StoryView inLanguage(String language) {
        String t = title(language);
        return t.equals(title) ? this : new StoryView(id, t, articles, languages, sources, first, last, entities, events, headlines);
    }
}
