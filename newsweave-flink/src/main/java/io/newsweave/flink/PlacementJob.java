package io.newsweave.flink;

import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.pipeline.Recipe;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The job, top to bottom: Kafka source (articles, read_committed) → {@link AnalyseFunction}
 * (parallel) → key by placement partition → {@link PlaceFunction} (ordered per partition, state
 * in Flink state) → Kafka sink of placement records, exactly once (checkpoints plus Kafka
 * transactions); rejected records join the placements as {@code rejected} records. The sink keys
 * each record by its partition, so a partition's records keep their order in one Kafka
 * partition of the placements topic.
 *
 * <p>Usage (on a Flink cluster: {@code flink run -c io.newsweave.flink.PlacementJob
 * newsweave-flink.jar ...}): {@value JobSettings#USAGE}.
 */
public final class PlacementJob {

    /** Kafka's default {@code transaction.max.timeout.ms} is 15 minutes; the sink's transactions must stay below it. */
    static final String TRANSACTION_TIMEOUT_MS = "600000";

    private PlacementJob() {
    }

    public static void main(String[] args) throws Exception {
        JobSettings settings;
        try {
            settings = JobSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsweave-flink: " + e.getMessage());
            System.exit(2);
            return;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration(settings));
        build(env, settings, new Recipe(PipelineConfig.defaults()));
        JobExecutionResult result = env.execute("newsweave placement " + settings.articles() + " -> " + settings.placements());
        if (settings.bounded()) {
            System.out.println(JobFigures.of(result));
        }
    }

    /** The configuration a job of {@code settings} needs beyond the cluster's: checkpoints and the state backend. */
    public static Configuration configuration(JobSettings settings) {
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, settings.stateBackend());
        if (settings.checkpointDir() != null) {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, settings.checkpointDir());
        }
        return conf;
    }

    /** Adds the job's operators to {@code env}. */
    public static void build(StreamExecutionEnvironment env, JobSettings settings, Recipe recipe) {
        build(env, settings, recipe, UnaryOperator.identity());
    }

    /**
     * As {@link #build(StreamExecutionEnvironment, JobSettings, Recipe)}, with {@code tap} between
     * the source and the analysis (tests put a failing or slowing operator there).
     */
    static void build(StreamExecutionEnvironment env, JobSettings settings, Recipe recipe,
                      UnaryOperator<DataStream<KafkaArticle>> tap) {
        env.setParallelism(settings.parallelism());
        env.enableCheckpointing(settings.checkpoints().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        var builder = KafkaSource.<KafkaArticle>builder()
                .setBootstrapServers(settings.bootstrap())
                .setTopics(settings.articles())
                .setGroupId(settings.group())
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new ArticleDeserializer())
                .setProperty("isolation.level", "read_committed");
        if (settings.bounded()) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        KafkaSource<KafkaArticle> source = builder.build();
        DataStream<KafkaArticle> articles = tap.apply(env.fromSource(source, WatermarkStrategy.noWatermarks(), "articles")
                .uid("articles-source"));
        SingleOutputStreamOperator<Analysed> analysed = articles.process(new AnalyseFunction(recipe, settings.scheme()))
                .uid("analysis").name("analysis");
        DataStream<String> placed = analysed.keyBy(a -> a.partition)
                .process(new PlaceFunction(recipe, settings.scratch()))
                .uid("placement").name("placement");
        DataStream<String> records = placed.union(analysed.getSideOutput(AnalyseFunction.REJECTED));
        records.sinkTo(sink(settings)).uid("placements-sink").name("placements");
    }

    private static KafkaSink<String> sink(JobSettings settings) {
        return KafkaSink.<String>builder()
                .setBootstrapServers(settings.bootstrap())
                .setRecordSerializer(KafkaRecordSerializationSchema.<String>builder()
                        .setTopic(settings.placements())
                        .setKeySerializationSchema(PlacementJob::partitionKey)
                        .setValueSerializationSchema(new SimpleStringSchema())
                        .build())
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("newsweave-" + settings.placements())
                .setProperty("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS)
                .build();
    }

    /** The Kafka key of a placement record: its partition, read from the record's head without parsing the whole article. */
    static byte[] partitionKey(String record) {
        int at = record.indexOf("\"partition\":\"");
        if (at < 0) {
            return new byte[0];
        }
        int from = at + 13;
        int to = record.indexOf('"', from);
        return record.substring(from, to).getBytes(StandardCharsets.UTF_8);
    }
}
