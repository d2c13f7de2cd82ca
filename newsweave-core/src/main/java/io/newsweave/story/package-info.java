/**
 * Story: what a reader sees of a story. Its articles, languages, outlets, dates and entities, and
 * its events ({@link io.newsweave.story.EventView}: the articles of one happening, with its day);
 * the story-views issue adds timeline, summary and quotes.
 */
package io.newsweave.story;
