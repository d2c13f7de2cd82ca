/**
 * Story: what a reader sees of a story. For now its articles, languages, outlets and dates; the
 * story-views issue adds timeline, summary and quotes.
 */
package io.newsweave.story;
