package io.newsweave.store;

import java.time.LocalDate;

/**
 * What the index knows of one article of a story without reading its record: enough to order,
 * count and sample a story's articles before decoding any of them. Immutable.
 *
 * @param id        article id
 * @param seq       arrival sequence number
 * @param source    outlet, or {@code null} when unknown
 * @param language  ISO 639-1 code, or {@code null} for an article indexed before facets existed
 * @param published publication date, or {@code null} when undated (or indexed before facets existed)
 */
public record StoryMember(String id, long seq, String source, String language, LocalDate published) {
}
