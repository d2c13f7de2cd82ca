package io.newsweave.pipeline;

import io.newsweave.clean.CleanDocument;
import io.newsweave.clean.Cleaner;
import io.newsweave.clean.NotLanguage;
import io.newsweave.cluster.ArticleFeatures;
import io.newsweave.cluster.embed.ArticleVectors;
import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.LocalEntity;
import io.newsweave.language.DetectedLanguage;
import io.newsweave.language.LanguageIdentifier;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import io.newsweave.text.WordRuns;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * The order-free part of the recipe, run in parallel, top to bottom: clean → text checks →
 * content id (stops here when the store has it) → language → the body's words (tokenized once,
 * {@link WordRuns}) → entities within the article →
 * declared date and the dates relative to it → the text's clustering keys → the dense vector.
 * Everything that needs the stream's order is left to {@link Placement}. Built by
 * {@link Recipe#open()}. Thread-safe: one instance serves every worker thread.
 */
public final class Analysis {

    private final Cleaner cleaner;
    private final LanguageIdentifier languages;
    private final DeclaredDating dating;
    private final EntityRecognizer entities;
    private final StageTimes times;
    private final ArticleFeatures features = new ArticleFeatures();
    /** The dense channel's vectors, or {@code null}. */
    private final ArticleVectors vectors;

    Analysis(Cleaner cleaner, LanguageIdentifier languages, DeclaredDating dating, EntityRecognizer entities,
             ArticleVectors vectors, StageTimes times) {
        this.vectors = vectors;
        this.cleaner = cleaner;
        this.entities = entities;
        this.languages = languages;
        this.dating = dating;
        this.times = times;
    }

    /**
     * Analyzes one document; stops after cleaning when {@code known} says its id is already
     * stored, so that re-reading an input costs little. Never throws on bad content: a stage that
     * fails on it gives a {@link Outcome.Rejected} naming the failure, so that one article never
     * stops the stream.
     */
    public Outcome analyze(RawDocument raw, Predicate<String> known) {
        try {
            return analyzeOrThrow(raw, known);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Rejected(new Rejection(raw.origin(), -1, "could not be analyzed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), null));
        }
    }

    private Outcome analyzeOrThrow(RawDocument raw, Predicate<String> known) {
        StageTimes.Lap lap = times.lap();
        CleanDocument clean = cleaner.clean(raw);
        lap.end(Stage.CLEAN);
        if (clean.paragraphs().isEmpty()) {
            return rejected(raw, "no article text found (nothing left after removing page clutter)");
        }
        String body = clean.body();
        String notLanguage = NotLanguage.reason(body);
        if (notLanguage != null) {
            return rejected(raw, notLanguage);
        }
        String id = ContentHash.of(clean.title(), body);
        if (known.test(id)) {
            // a headline or a line or two is the same text by chance as often as by copying: no sighting on that alone
            boolean substantial = io.newsweave.lineage.TextSketch.of(body).comparable();
            return substantial ? new Outcome.Duplicate(raw.origin(), id, clean.url(), Placement.source(clean), declaredDay(clean))
                    : new Outcome.Duplicate(raw.origin(), id);
        }
        DetectedLanguage language = languages.identify(clean.title(), body, clean.declaredLanguage());
        lap.end(Stage.LANGUAGE);
        WordRuns words = WordRuns.of(body); // the one tokenization of the body, read by the next three steps
        lap.end(Stage.WORDS);
        List<LocalEntity> named = entities.recognize(words, language.code());
        lap.end(Stage.ENTITY);
        ArticleDate date = dating.date(clean, words, language.code());
        lap.end(Stage.TIME);
        List<String> keys = features.of(clean.title(), words, language.code());
        lap.end(Stage.FEATURES);
        float[] vector = Outcome.Fresh.NO_VECTOR;
        if (vectors != null && vectors.covers(language.code())) {
            float[] encoded = vectors.of(id, clean.title(), body);
            vector = encoded == null ? Outcome.Fresh.NO_VECTOR : encoded;
            lap.end(Stage.ENCODE);
        }
        io.newsweave.lineage.TextSketch sketch = io.newsweave.lineage.TextSketch.of(body);
        lap.end(Stage.LINEAGE);
        return new Outcome.Fresh(raw, id, clean, language, named, date, keys, vector, sketch);
    }

    /** The day a document declares it was published (ISO), when it declares one in a form read without the stream. */
    static String declaredDay(CleanDocument clean) {
        String declared = clean.declaredPublished();
        if (declared == null) {
            return null;
        }
        java.util.regex.Matcher m = ISO_DAY.matcher(declared.strip());
        if (!m.lookingAt()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(m.group()).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static Outcome rejected(RawDocument raw, String reason) {
        return new Outcome.Rejected(new Rejection(raw.origin(), -1, reason, raw.content().getBytes(StandardCharsets.UTF_8)));
    }
}
