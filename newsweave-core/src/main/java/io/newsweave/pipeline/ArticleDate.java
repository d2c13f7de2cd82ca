package io.newsweave.pipeline;

import io.newsweave.model.Published;
import io.newsweave.model.Timex;
import io.newsweave.text.WordRuns;

import java.util.List;
import java.util.Objects;

/**
 * An article's date as the parallel part of the recipe leaves it: {@link Dated} when it declares
 * one (its date expressions resolved against it), {@link Undated} when only the stream's order can
 * date it ({@link StreamDating}). Immutable.
 */
public sealed interface ArticleDate extends java.io.Serializable {

    /** A publication date and the date expressions resolved against it. */
    record Dated(Published published, List<Timex> timexes) implements ArticleDate {
        public Dated {
            Objects.requireNonNull(published, "published");
            timexes = List.copyOf(timexes);
        }
    }

    /**
     * No declared date: what {@link StreamDating} infers one from.
     *
     * @param words    the clean text's runs ({@link WordRuns#text()} is the text)
     * @param language ISO 639-1 code the language stage gave it
     * @param dropped lines the cleaner dropped (weaker evidence)
     * @param crawled the crawl date as declared, or {@code null}: the last resort
     */
    record Undated(WordRuns words, String language, List<String> dropped, String crawled) implements ArticleDate {
        public Undated {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(language, "language");
            dropped = List.copyOf(dropped);
        }
    }
}
