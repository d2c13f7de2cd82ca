package io.newsweave.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned and analyzed article: the record that the store keeps and the export shows.
 * Immutable; lists are unmodifiable copies.
 *
 * @param id         stable id: a hash of the normalized body, so copies share it
 * @param origin     where it came from
 * @param url        its own URL, or {@code null}
 * @param source     outlet or domain, or {@code null}
 * @param title      headline ("" when none could be found)
 * @param text       clean body text, paragraphs separated by a blank line; offsets point into it
 * @param language   ISO 639-1 code, or {@code und}
 * @param languageConfidence confidence of {@code language} in [0, 1]
 * @param published  publication date with provenance
 * @param mentions   entity mentions (offsets into {@code text})
 * @param timexes    temporal expressions (offsets into {@code text})
 * @param decoding   how its bytes were decoded, when worth knowing (a legacy charset, replaced bytes), else {@code null}
 */
public record Article(String id, Origin origin, String url, String source, String title, String text,
                      String language, double languageConfidence, Published published,
                      List<Mention> mentions, List<Timex> timexes, Decoding decoding) implements java.io.Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(published, "published");
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
        decoding = decoding == null ? null : decoding.orNullIfPlain();
    }

    public Article(String id, Origin origin, String url, String source, String title, String text, String language,
                   double languageConfidence, Published published, List<Mention> mentions, List<Timex> timexes) {
        this(id, origin, url, source, title, text, language, languageConfidence, published, mentions, timexes, null);
    }

    /** The body paragraphs, in order. */
    List<String> paragraphs() {
        return List.of(text.split("\n\n"));
    }
}
