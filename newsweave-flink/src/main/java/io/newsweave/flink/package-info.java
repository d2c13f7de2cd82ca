/**
 * The ingest recipe as an Apache Flink job between Kafka topics: articles (JSON Lines records)
 * in, placements ({@link io.newsweave.placement.PlacementRecord}) out, exactly once. The stages
 * are the core's own ({@link io.newsweave.pipeline.Recipe}); this package only adapts them to
 * Flink operators: {@link io.newsweave.flink.AnalyseFunction} (parallel, stateless),
 * {@link io.newsweave.flink.PlaceFunction} (keyed by placement partition, its state in Flink
 * state) and {@link io.newsweave.flink.PlacementJob} (the wiring and the entry point). See
 * {@code docs/SCALE-OUT.md} for the partitioning, the state and the recovery.
 */
package io.newsweave.flink;
