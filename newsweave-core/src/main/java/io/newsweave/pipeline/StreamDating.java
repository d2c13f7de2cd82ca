package io.newsweave.pipeline;

import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.time.DeclaredDates;
import io.newsweave.time.PublicationDater;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The ordered dating step: keeps the latest publication date the stream has declared so far and
 * dates each {@link ArticleDate.Undated} article against it (from its text; else its crawl date,
 * with low confidence). Not thread-safe: one per ordered run.
 */
final class StreamDating {

    /** Confidence of a date taken from the crawl time. */
    static final double CRAWL_CONFIDENCE = 0.3;

    private final PublicationDater dater;
    private LocalDate latestKnown;

    StreamDating(PublicationDater dater) {
        this.dater = dater;
    }

    ArticleDate.Dated date(ArticleDate date) {
        return switch (date) {
            case ArticleDate.Dated dated -> {
                if (dated.published().provenance() != Provenance.CRAWL) {
                    LocalDate d = dated.published().date();
                    latestKnown = latestKnown == null || d.isAfter(latestKnown) ? d : latestKnown;
                }
                yield dated;
            }
            case ArticleDate.Undated undated -> {
                PublicationDater.Dating dating = dater.date(undated.words(), undated.dropped(), latestKnown, undated.language());
                Published published = dating.published();
                if (!published.known() && undated.crawled() != null) {
                    Optional<LocalDate> crawled = DeclaredDates.parse(undated.crawled());
                    if (crawled.isPresent()) {
                        published = new Published(crawled.get(), Provenance.CRAWL, CRAWL_CONFIDENCE);
                    }
                }
                yield new ArticleDate.Dated(published, dating.timexes());
            }
        };
    }
}
