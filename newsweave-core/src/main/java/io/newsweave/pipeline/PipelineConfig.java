package io.newsweave.pipeline;

import io.newsweave.cluster.Clusterer;
import io.newsweave.cluster.embed.EncoderConfig;
import io.newsweave.ingest.IngestConfig;
import io.newsweave.language.LanguageConfig;

/**
 * Everything the pipeline is configured with, validated once. Immutable and serializable, so the
 * same stages can be configured the same way inside a stream processor.
 *
 * @param ingest    reader limits
 * @param language  language identification
 * @param grouping  clustering into events and stories
 * @param threads   analysis threads (clean, language, dates run in parallel; placement and storage
 *                  run in arrival order on one thread)
 * @param syncEvery articles between two journal syncs (also synced at least once a second)
 * @param encoder   the optional sentence encoder of the clustering's dense channel (off by default)
 * @param lineage   when reports are linked as copies, reuse or translations
 */
public record PipelineConfig(IngestConfig ingest, LanguageConfig language, Clusterer.Config grouping, int threads,
                             int syncEvery, EncoderConfig encoder, io.newsweave.lineage.LineageRules lineage)
        implements java.io.Serializable {

    /** A configuration with the default lineage rules. */
    public PipelineConfig(IngestConfig ingest, LanguageConfig language, Clusterer.Config grouping, int threads, int syncEvery,
                          EncoderConfig encoder) {
        this(ingest, language, grouping, threads, syncEvery, encoder, io.newsweave.lineage.LineageRules.DEFAULT);
    }

    /** A configuration without the dense channel. */
    public PipelineConfig(IngestConfig ingest, LanguageConfig language, Clusterer.Config grouping, int threads, int syncEvery) {
        this(ingest, language, grouping, threads, syncEvery, EncoderConfig.off());
    }

    /** This configuration with the dense channel's encoder set to {@code encoder}. */
    public PipelineConfig withEncoder(EncoderConfig encoder) {
        return new PipelineConfig(ingest, language, grouping, threads, syncEvery, encoder, lineage);
    }

    /** This configuration with the lineage rules set to {@code rules}. */
    public PipelineConfig withLineage(io.newsweave.lineage.LineageRules rules) {
        return new PipelineConfig(ingest, language, grouping, threads, syncEvery, encoder, rules);
    }

    public PipelineConfig {
        java.util.Objects.requireNonNull(lineage, "lineage");
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be in 1..256: " + threads);
        }
        java.util.Objects.requireNonNull(encoder, "encoder");
        if (syncEvery < 1) {
            throw new IllegalArgumentException("syncEvery must be >= 1: " + syncEvery);
        }
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(IngestConfig.defaults(), LanguageConfig.defaults(), Clusterer.Config.defaults(),
                Math.max(1, Runtime.getRuntime().availableProcessors()), 512);
    }
}
