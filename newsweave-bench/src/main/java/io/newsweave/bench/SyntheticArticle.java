package io.newsweave.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated article. Immutable.
 *
 * @param index      position in the corpus, from 0
 * @param topic      the story it belongs to; articles of one topic share people, place and theme
 * @param language   ISO 639-1 code
 * @param title      headline
 * @param paragraphs body paragraphs
 * @param published  publication date
 * @param url        its own URL
 * @param source     outlet domain
 */
public record SyntheticArticle(int index, int topic, String language, String title, List<String> paragraphs,
                               LocalDate published, String url, String source) {

    public SyntheticArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraphs joined by blank lines, as written to {@code maintext}. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
