package io.newsweave.pipeline;

import io.newsweave.clean.CleanDocument;
import io.newsweave.entity.LocalEntity;
import io.newsweave.language.DetectedLanguage;
import io.newsweave.model.Origin;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the parallel part of the recipe ({@link Analysis}) makes of one input, handed in arrival
 * order to the ordered part ({@link Placement}). Immutable and {@link java.io.Serializable}, so that a
 * runner may ship it from the parallel part to the ordered one across machines.
 */
public sealed interface Outcome extends java.io.Serializable {

    /** Not an article; quarantined with its reason. */
    record Rejected(Rejection rejection) implements Outcome {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /**
     * An article whose id the store already holds: cleaned and hashed, not analyzed further; with
     * the URL, outlet and publication day (ISO) it declares, each {@code null} when it declares
     * none, so that the store can record it as a sighting of the stored article.
     */
    record Duplicate(Origin origin, String id, String url, String source, String published) implements Outcome {
        public Duplicate {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(id, "id");
        }

        public Duplicate(Origin origin, String id) {
            this(origin, id, null, null, null);
        }
    }

    /**
     * An article new to the store, analyzed as far as it can be without the stream's order.
     *
     * @param id       content hash of its title and body
     * @param entities names found in the article, not yet given canonical ids
     * @param date     its declared date, or what dates it in order
     * @param textKeys the clustering keys of its text (identity and day keys come in order)
     * @param dense    the dense channel's vector when that channel covers its language, else empty
     * @param sketch   its body's text sketch, what copies are found by
     */
    record Fresh(RawDocument raw, String id, CleanDocument clean, DetectedLanguage language, List<LocalEntity> entities,
                 ArticleDate date, List<String> textKeys, float[] dense, io.newsweave.lineage.TextSketch sketch)
            implements Outcome {

        /** {@code dense} of an article without a vector (no encoder, or one that does not cover its language). */
        static final float[] NO_VECTOR = new float[0];

        public Fresh {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(clean, "clean");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(date, "date");
            entities = List.copyOf(entities);
            textKeys = List.copyOf(textKeys);
            Objects.requireNonNull(dense, "dense");
            Objects.requireNonNull(sketch, "sketch");
        }

        /** The dense vector, when the encoder made one. */
        public Optional<float[]> vector() {
            return dense.length == 0 ? Optional.empty() : Optional.of(dense);
        }
    }
}
