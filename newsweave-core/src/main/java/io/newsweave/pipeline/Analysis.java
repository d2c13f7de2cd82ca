package io.newsweave.pipeline;

import io.newsweave.clean.CleanDocument;
import io.newsweave.clean.Cleaner;
import io.newsweave.clean.NotLanguage;
import io.newsweave.cluster.Features;
import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.LocalEntity;
import io.newsweave.cluster.embed.ArticleVectors;
import io.newsweave.language.DetectedLanguage;
import io.newsweave.language.LanguageIdentifier;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import io.newsweave.model.Timex;
import io.newsweave.time.DeclaredDates;
import io.newsweave.time.PublicationDater;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The order-free part of the pipeline, run in parallel: clean, language, entities within the
 * article, declared date and the dates relative to it, content hash and clustering features (all but those known only in arrival order). Thread-safe.
 */
final class Analysis {

    /** One document analyzed: either a rejection or everything an article needs but, when undated, its date. */
    record Analyzed(RawDocument raw, Rejection rejection, String id, CleanDocument clean, DetectedLanguage language,
                    Published published, List<Timex> timexes, List<String> keys, List<LocalEntity> entities, float[] vector) {

        static Analyzed rejected(Rejection rejection) {
            return new Analyzed(null, rejection, null, null, null, null, null, null, null, null);
        }

        /** An article already stored: cleaned and hashed, not analyzed further. */
        static Analyzed known(RawDocument raw, String id) {
            return new Analyzed(raw, null, id, null, null, null, null, null, null, null);
        }

        boolean isKnown() {
            return rejection == null && clean == null;
        }

        boolean undated() {
            return published != null && !published.known();
        }
    }

    private final Cleaner cleaner;
    private final LanguageIdentifier languages;
    private final PublicationDater dater;
    private final EntityRecognizer entities;
    private final StageTimes times;
    private final Features features = new Features();
    /** The dense channel's vectors, or {@code null}. */
    private final ArticleVectors vectors;

    Analysis(Cleaner cleaner, LanguageIdentifier languages, PublicationDater dater, EntityRecognizer entities,
             ArticleVectors vectors, StageTimes times) {
        this.vectors = vectors;
        this.cleaner = cleaner;
        this.entities = entities;
        this.languages = languages;
        this.dater = dater;
        this.times = times;
    }

    /**
     * Analyzes one document; stops after cleaning when {@code known} says its id is already
     * stored, so that re-reading an input costs little.
     */
    Analyzed analyze(RawDocument raw, java.util.function.Predicate<String> known) {
        long t0 = System.nanoTime();
        CleanDocument clean = cleaner.clean(raw);
        long t1 = System.nanoTime();
        times.add("clean", t1 - t0);
        if (clean.paragraphs().isEmpty()) {
            return Analyzed.rejected(new Rejection(raw.origin(), -1, "no article text found (nothing left after removing page clutter)",
                    raw.content().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        String body = clean.body();
        String notLanguage = NotLanguage.reason(body);
        if (notLanguage != null) {
            return Analyzed.rejected(new Rejection(raw.origin(), -1, notLanguage,
                    raw.content().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        String id = ContentHash.of(clean.title(), body);
        if (known.test(id)) {
            return Analyzed.known(raw, id);
        }
        DetectedLanguage language = languages.identify(clean.title(), body, clean.declaredLanguage());
        long t2 = System.nanoTime();
        times.add("language", t2 - t1);
        List<LocalEntity> named = entities.recognize(body, language.code());
        long te = System.nanoTime();
        times.add("entity", te - t2);
        t2 = te;
        Published published = declaredDate(clean);
        List<Timex> timexes = published.known() ? dater.resolve(body, published.date()) : List.of();
        long t3 = System.nanoTime();
        times.add("time", t3 - t2);
        List<String> keys = features.of(clean.title(), body, language.code());
        long t4 = System.nanoTime();
        times.add("features", t4 - t3);
        float[] vector = null;
        if (vectors != null && vectors.covers(language.code())) {
            vector = vectors.of(id, clean.title(), body);
            times.add("encode", System.nanoTime() - t4);
        }
        return new Analyzed(raw, null, id, clean, language, published, timexes, keys, named, vector);
    }

    /** Dates an undated article from its text, in arrival order, given the stream's latest known date. */
    PublicationDater.Dating infer(Analyzed analyzed, LocalDate contextDate) {
        long t0 = System.nanoTime();
        PublicationDater.Dating dating = dater.date(analyzed.clean().body(), analyzed.clean().dropped(), contextDate);
        times.add("time", System.nanoTime() - t0);
        return dating;
    }

    private static Published declaredDate(CleanDocument clean) {
        if (clean.declaredPublished() != null) {
            Optional<LocalDate> date = DeclaredDates.parse(clean.declaredPublished());
            if (date.isPresent()) {
                Provenance provenance = clean.publishedProvenance() == Provenance.NONE ? Provenance.METADATA : clean.publishedProvenance();
                return new Published(date.get(), provenance, 1.0);
            }
        }
        return Published.UNKNOWN;
    }

    /** The outlet: the declared source, else the URL's host without {@code www.}. */
    static String source(CleanDocument clean) {
        if (clean.source() != null && !clean.source().isBlank()) {
            return clean.source().strip();
        }
        if (clean.url() != null) {
            try {
                String host = URI.create(clean.url().strip()).getHost();
                if (host != null) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
