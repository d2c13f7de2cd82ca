package io.newsweave.story.timeline;

import io.newsweave.model.Article;
import io.newsweave.text.Sentence;

/**
 * One sentence of one article tied to one calendar date: by a DATE expression in it, or, for a
 * lead sentence without one, by the article's publication date.
 *
 * @param article  the article
 * @param order    the article's position in the story (arrival order), for stable ties
 * @param sentence the sentence
 * @param day      the calendar date ({@code 2021-12-07}, {@code 2021-12}, {@code 2014})
 * @param explicit true when the sentence writes the date, false for a lead dated by publication
 * @param future   true when the sentence speaks of the date as still to come (see {@link DatedSentences})
 * @param features what the sentence is compared on
 * @param whole    whether the sentence reads as a whole sentence ({@link DatedSentences#whole}), decided once
 */
record Dated(Article article, int order, Sentence sentence, CalendarDate day, boolean explicit, boolean future,
             SentenceFeatures features, boolean whole) {
}
