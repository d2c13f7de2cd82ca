package io.newsweave.quote;

import java.util.List;
import java.util.Objects;

/**
 * One quote as reported by one or more articles, possibly in several languages. Immutable.
 *
 * @param representative the quote to show: attributed to an entity if any is, then the longest
 * @param quotes         every report of it, in input order
 * @param articles       ids of the articles reporting it, distinct, in input order
 * @param languages      their languages, distinct, in input order
 */
public record QuoteGroup(Quote representative, List<Quote> quotes, List<String> articles, List<String> languages) {

    public QuoteGroup {
        Objects.requireNonNull(representative, "representative");
        quotes = List.copyOf(quotes);
        articles = List.copyOf(articles);
        languages = List.copyOf(languages);
    }
}
