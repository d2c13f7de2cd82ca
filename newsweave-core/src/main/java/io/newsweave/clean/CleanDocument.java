package io.newsweave.clean;

import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;

import java.util.List;
import java.util.Objects;

/**
 * A document with its clutter removed: headline, news paragraphs and what the input declared.
 * Immutable.
 *
 * @param origin              where it came from
 * @param url                 the article's own URL (canonical when the page names one), or {@code null}
 * @param source              outlet or domain, or {@code null}
 * @param title               the headline; when the input has none, the lead's first sentence; "" if no text
 * @param titleFound          whether {@code title} was found as a headline rather than taken from the lead
 * @param paragraphs          news paragraphs in order, Unicode-normalized, never blank
 * @param declaredPublished   the publication date as the input writes it, or {@code null}
 * @param publishedProvenance where {@code declaredPublished} came from ({@code METADATA} or {@code HEADER}),
 *                            {@code NONE} when nothing was declared
 * @param crawled             the crawl date as written, or {@code null}
 * @param declaredLanguage    the language the input declares, or {@code null}
 * @param dropped             the lines removed as clutter, kept as weak evidence (a tweet's date)
 */
public record CleanDocument(Origin origin, String url, String source, String title, boolean titleFound,
                            List<String> paragraphs, String declaredPublished, Provenance publishedProvenance,
                            String crawled, String declaredLanguage, List<String> dropped) implements java.io.Serializable {

    public CleanDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedProvenance, "publishedProvenance");
        paragraphs = List.copyOf(paragraphs);
        dropped = List.copyOf(dropped);
    }

    /** The body: paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
