package io.newsweave.story.timeline;

import java.util.List;
import java.util.Objects;

/**
 * One dated development of a story: the same development reported by several outlets, in any
 * language, is one entry with one source per article. Immutable.
 *
 * @param date        {@code 2021-12-07}, {@code 2021-12} or {@code 2014}
 * @param granularity {@code day}, {@code month} or {@code year}
 * @param kind        {@link #CURRENT} (happened in the story's time span), {@link #SCHEDULED}
 *                    (announced for later) or {@link #BACKGROUND} (earlier history)
 * @param text        the representative sentence, in the preferred language when a source offers one
 * @param language    the representative sentence's language
 * @param sources     one supporting sentence per article, in the story's article order
 * @param entities    canonical ids of the entities involved, most mentioned first
 */
public record TimelineEntry(String date, String granularity, String kind, String text, String language,
                            List<Source> sources, List<String> entities) {

    public static final String CURRENT = "current";
    static final String SCHEDULED = "scheduled";
    public static final String BACKGROUND = "background";

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
    }

    /**
     * A sentence of an article: {@code sentence} equals the article text between {@code start}
     * and {@code end}.
     *
     * @param article  article id
     * @param sentence the sentence text
     * @param start    char offset into the article text
     * @param end      char offset after the sentence
     * @param language the article's language
     */
    public record Source(String article, String sentence, int start, int end, String language) {
    }
}
