/**
 * Benchmarks and evaluation harnesses: quality figures on labelled data
 * ({@link io.newsweave.bench.ExtractionEval} for main-text extraction) and speed. Not used at run
 * time by the engine.
 */
package io.newsweave.bench;
