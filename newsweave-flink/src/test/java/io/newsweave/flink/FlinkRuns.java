package io.newsweave.flink;

import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.pipeline.Recipe;
import io.newsweave.placement.PlacementJson;
import io.newsweave.placement.StorePlacements;
import io.newsweave.store.Store;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** Runs the job on a Flink MiniCluster in this JVM, and the embedded pipeline, for tests and measurements. */
final class FlinkRuns {

    private FlinkRuns() {
    }

    /** Settings of a bounded job over {@code broker}'s topics, checkpointing every {@code checkpointMs}. */
    static JobSettings settings(KafkaBroker broker, String articles, String placements, int parallelism,
                                PartitionScheme scheme, long checkpointMs) {
        Path checkpoints;
        try {
            checkpoints = Files.createTempDirectory("newsweave-checkpoints-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // file checkpoints: the job manager's heap storage refuses states past 5 MB (the placement logs pass it)
        return new JobSettings(broker.bootstrap(), articles, placements, "test-" + placements, parallelism, scheme,
                Duration.ofMillis(checkpointMs), true, "hashmap", checkpoints.toUri().toString(), null);
    }

    /** Runs the job of {@code settings} to its end on a MiniCluster with restarts allowed; returns its figures. */
    static JobFigures run(JobSettings settings, PipelineConfig config, UnaryOperator<DataStream<KafkaArticle>> tap) throws Exception {
        Configuration conf = PlacementJob.configuration(settings);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(settings.parallelism(), conf);
        PlacementJob.build(env, settings, new Recipe(config), tap);
        try {
            JobExecutionResult result = env.execute("newsweave placement (test) " + settings.placements());
            return JobFigures.of(result);
        } finally {
            if (settings.checkpointDir() != null) {
                Fixtures.deleteTree(Path.of(java.net.URI.create(settings.checkpointDir())));
            }
        }
    }

    /** The placements topic of {@code broker}, read committed, taken into a fresh store in {@code dir}. */
    static Store materialize(KafkaBroker broker, String placements, Path dir) throws IOException {
        Store store = Store.open(dir);
        StorePlacements applier = new StorePlacements(store);
        for (ConsumerRecord<String, String> r : broker.readCommitted(placements)) {
            applier.apply(PlacementJson.read(r.value()));
        }
        store.sync();
        return store;
    }

    /** The same lines through the embedded pipeline into a fresh store in {@code dir}. */
    static Store embedded(List<String> lines, PipelineConfig config, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path input = dir.resolveSibling(dir.getFileName() + "-input.jsonl");
        Files.write(input, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        Store store = Store.open(dir);
        try (Pipeline pipeline = new Pipeline(config)) {
            pipeline.ingest(store, List.of(input.toString()), InputStream.nullInputStream(), IngestListener.NONE);
        }
        return store;
    }

    /** The defaults with {@code threads} analysis threads. */
    static PipelineConfig config(int threads) {
        PipelineConfig d = PipelineConfig.defaults();
        return new PipelineConfig(d.ingest(), d.language(), d.grouping(), threads, d.syncEvery(), d.encoder(), d.lineage());
    }
}
