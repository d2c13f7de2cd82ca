package io.newsweave.pipeline;

import io.newsweave.clean.CleanDocument;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.text.WordRuns;
import io.newsweave.time.DeclaredDates;
import io.newsweave.time.TimexResolver;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The parallel dating step: an article that declares its publication date (metadata, header) is
 * dated by it and its date expressions are resolved against it; any other is left
 * {@link ArticleDate.Undated} for {@link StreamDating}. Thread-safe.
 */
final class DeclaredDating {

    ArticleDate date(CleanDocument clean, WordRuns body, String language) {
        if (clean.declaredPublished() != null) {
            Optional<LocalDate> date = DeclaredDates.parse(clean.declaredPublished());
            if (date.isPresent()) {
                Provenance provenance = clean.publishedProvenance() == Provenance.NONE ? Provenance.METADATA
                        : clean.publishedProvenance();
                return new ArticleDate.Dated(new Published(date.get(), provenance, 1.0), TimexResolver.resolve(body, date.get(), language));
            }
        }
        return new ArticleDate.Undated(body, language, clean.dropped() == null ? List.of() : clean.dropped(), clean.crawled());
    }
}
