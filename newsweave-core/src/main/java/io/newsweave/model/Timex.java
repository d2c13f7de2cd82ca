package io.newsweave.model;

/**
 * A temporal expression in an article's text.
 *
 * @param start       char offset of the first char in the article text
 * @param end         char offset after the last char
 * @param text        the surface text
 * @param value       normalized ISO 8601 value ({@code 2021-12-07}, {@code 2021-12}, {@code 2022})
 * @param granularity {@code day}, {@code month} or {@code year}
 * @param anchor      how it was anchored: {@code absolute}, {@code published} (relative to the
 *                    publication date) or {@code context} (relative to another date in the text)
 */
public record Timex(int start, int end, String text, String value, String granularity, String anchor) {
}
