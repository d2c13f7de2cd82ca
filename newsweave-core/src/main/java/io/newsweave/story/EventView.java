package io.newsweave.story;

import java.time.LocalDate;
import java.util.List;

/**
 * One event of a story: the articles reporting one happening.
 *
 * @param id       event id
 * @param date     the day of the happening: the day its articles mention most within a few days of
 *                 their publication, else its earliest publication date; {@code null} when undated
 * @param title    the headline of its first article
 * @param articles article ids in arrival order
 */
public record EventView(String id, LocalDate date, String title, List<String> articles) {

    public EventView {
        articles = List.copyOf(articles);
    }
}
