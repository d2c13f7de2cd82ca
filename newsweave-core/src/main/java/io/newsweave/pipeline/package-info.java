/**
 * The composition root: wires the stages into an ingest run over a store, in parallel where
 * order does not matter and in arrival order where it does, and times every stage.
 */
package io.newsweave.pipeline;
