package io.newsweave.pipeline;

import io.newsweave.clean.Cleaner;
import io.newsweave.cluster.Channel;
import io.newsweave.cluster.Clusterer;
import io.newsweave.cluster.embed.ArticleVectors;
import io.newsweave.cluster.embed.Encoders;
import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.language.LanguageIdentifier;
import io.newsweave.store.Store;
import io.newsweave.time.PublicationDater;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * The ingest recipe as data that any runner can ship and run, top to bottom:
 * <ol>
 *   <li>read: {@link io.newsweave.ingest.Inputs} turns files and streams into
 *       {@link io.newsweave.model.RawDocument}s (or rejections);</li>
 *   <li>{@link Analysis}, order-free and parallel: clean → text checks → content id (a stored id
 *       stops here) → language → entities within the article → declared date → the text's
 *       clustering keys → the dense vector; gives an {@link Outcome};</li>
 *   <li>{@link Placement}, in arrival order on one thread: dating against the stream → canonical
 *       entity ids → identity and day keys → event and story → store.</li>
 * </ol>
 * A recipe holds nothing but its {@link PipelineConfig}, so it is {@link Serializable}: a runner
 * on another machine (the scale-out issue's Flink job) deserializes it and {@link #open()}s the
 * stages there. {@link Pipeline} is the local runner. Immutable and thread-safe.
 */
public final class Recipe implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Vectors kept in memory (1.5 KB each for a 384-dimension model); others are encoded again when needed. */
    private static final int VECTORS_KEPT = 50_000;
    /** The dense channel's weight when an encoder is configured and the grouping does not weigh it. */
    static final double DENSE_WEIGHT = 1.0;

    private final PipelineConfig config;

    public Recipe(PipelineConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public PipelineConfig config() {
        return config;
    }

    /**
     * Builds the stages: loads the language models, the name lists and, when configured, the
     * encoder. Costs up to a few seconds: open once per runner process and share.
     *
     * @throws IllegalArgumentException when the encoder's files are missing or unusable
     * @throws IllegalStateException    when the encoder is configured but cannot run here
     */
    public Stages open() {
        return new Stages(config);
    }

    /**
     * The stages of one runner process, sharing its models. {@link #analysis()} is thread-safe;
     * each {@link #placement} is for one ordered stream on one thread. Close after the last use.
     */
    public static final class Stages implements AutoCloseable {

        private final PipelineConfig config;
        private final StageTimes times = new StageTimes();
        private final PublicationDater dater = new PublicationDater();
        /** The dense channel's vectors, or {@code null} when no encoder is configured. */
        private final ArticleVectors vectors;
        private final Analysis analysis;
        private final Clusterer clusterer;

        private Stages(PipelineConfig config) {
            this.config = config;
            this.vectors = Encoders.fromConfig(config.encoder())
                    .map(e -> new ArticleVectors(e, VECTORS_KEPT, config.encoder()::covers)).orElse(null);
            this.analysis = new Analysis(Cleaner.standard(), new LanguageIdentifier(config.language()),
                    new DeclaredDating(), new EntityRecognizer(), vectors, times);
            Clusterer.Config grouping = config.grouping();
            if (vectors != null && grouping.weights().of(Channel.DENSE) == 0) {
                grouping = grouping.withWeights(grouping.weights().with(Channel.DENSE, DENSE_WEIGHT));
            }
            this.clusterer = new Clusterer(grouping);
        }

        /** The order-free half. Thread-safe. */
        public Analysis analysis() {
            return analysis;
        }

        /**
         * The ordered half over {@code store}, one per stream: outcomes must be given to it in
         * arrival order from one thread. {@code registry} is the store's entity registry (its
         * snapshot plus the journal past it); the placement adds to it.
         */
        public Placement placement(Store store, EntityRegistry registry, IngestListener listener, Progress progress) {
            return new Placement(store, clusterer, new StreamDating(dater), registry, vectors, listener, progress, times,
                    config.syncEvery(), config.lineage());
        }

        /** Time spent per stage by every analysis and placement of these stages. */
        public StageTimes times() {
            return times;
        }

        @Override
        public void close() {
            if (vectors != null) {
                vectors.close();
            }
        }
    }
}
