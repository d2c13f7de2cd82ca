/**
 * Benchmarks and evaluation harnesses, not used at run time by the engine: quality figures on
 * labelled data ({@link io.newsweave.bench.ExtractionEval} for main-text extraction); a
 * deterministic synthetic corpus ({@link io.newsweave.bench.SyntheticCorpus}, JSON Lines and HTML
 * pages); the durability acceptance test that kills the CLI with SIGKILL
 * ({@link io.newsweave.bench.CrashTest}); end-to-end throughput with per-stage times and peak heap
 * ({@link io.newsweave.bench.Throughput}); and JMH benchmarks ({@link io.newsweave.bench.CleanBenchmark}).
 * Commands and measured figures: {@code docs/BENCHMARKS.md}.
 */
package io.newsweave.bench;
