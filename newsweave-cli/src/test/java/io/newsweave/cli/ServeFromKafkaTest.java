package io.newsweave.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsweave.bench.SyntheticArticle;
import io.newsweave.bench.SyntheticCorpus;
import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.placement.PlacementJson;
import io.newsweave.placement.PlacementRecord;
import io.newsweave.server.NewsweaveServer;
import io.newsweave.server.ServerConfig;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve --from-kafka}: the placements a runner decided, read from a topic (here a
 * {@link MockConsumer} over two partitions; the Flink module's tests use a real broker), make a
 * store whose stories, quarantine and HTTP API are those of the runner's own store.
 */
class ServeFromKafkaTest {

    private static final String TOPIC = "placements";

    @Test
    void placementsFromTheTopicGiveTheRunnersStoriesAndBadRecordsAreQuarantinedWithTheirPlace(@TempDir Path tmp) throws Exception {
        List<String> records = new ArrayList<>();
        Map<String, String> runnerStories = new HashMap<>();
        try (Store runner = Store.open(tmp.resolve("runner")); Pipeline pipeline = new Pipeline(PipelineConfig.defaults())) {
            pipeline.ingest(runner, List.of(write(tmp.resolve("in.jsonl"), 18).toString()), InputStream.nullInputStream(),
                    new IngestListener() {
                        @Override
                        public void placed(StoredArticle a) {
                            records.add(PlacementJson.write(new PlacementRecord.Placed("all", a.article(), a.story(), a.event(), a.keys())));
                        }

                        @Override
                        public void merged(String from, String into) {
                            records.add(PlacementJson.write(new PlacementRecord.Merged("all", from, into)));
                        }
                    });
            runner.forEach(s -> runnerStories.put(s.article().id(), s.story()));
        }
        assertThat(records).hasSizeGreaterThanOrEqualTo(18);

        MockConsumer<String, String> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
        Node node = new Node(0, "localhost", 9092);
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, node, null, null),
                new PartitionInfo(TOPIC, 1, node, null, null)));
        TopicPartition p0 = new TopicPartition(TOPIC, 0);
        TopicPartition p1 = new TopicPartition(TOPIC, 1);
        consumer.updateBeginningOffsets(Map.of(p0, 0L, p1, 0L));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path data = tmp.resolve("served");
        try (Store store = Store.open(data)) {
            KafkaPlacementFeed feed = new KafkaPlacementFeed(store, consumer, TOPIC, new PrintStream(err, true, StandardCharsets.UTF_8));
            feed.start();
            consumer.schedulePollTask(() -> {
                for (int i = 0; i < records.size(); i++) {
                    consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, i, "all", records.get(i)));
                }
                consumer.addRecord(new ConsumerRecord<>(TOPIC, 1, 0, "x", "{\"type\": \"placed\", \"story\": \"s\"}"));
                consumer.addRecord(new ConsumerRecord<>(TOPIC, 1, 1, "x", "not json"));
            });
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (feed.applied() < records.size() + 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(200); // the sync after the batch
            feed.close();

            Map<String, String> served = new HashMap<>();
            store.forEach(s -> served.put(s.article().id(), s.story()));
            assertThat(groups(served)).isEqualTo(groups(runnerStories));
            assertThat(store.quarantine().size()).as("one quarantine entry for the partition's two bad records").isEqualTo(1);
            try (var entries = Files.list(store.quarantine().dir())) {
                String entry = Files.readString(entries.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow());
                assertThat(entry).contains("kafka:placements/1").contains("not a placement record");
            }
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("kafka:placements/1#1: not a placement record: bad 'placed'")
                    .contains("kafka:placements/1#2: not a placement record: not valid JSON");
            assertThat(Files.readString(data.resolve(KafkaPlacementFeed.OFFSETS))).contains("placements 0 " + records.size())
                    .contains("placements 1 2");

            HttpClient client = HttpClient.newHttpClient();
            try (NewsweaveServer server = NewsweaveServer.start(store, ServerConfig.defaults().withPort(0))) {
                URI base = server.uri();
                String story = served.values().iterator().next();
                HttpResponse<String> list = client.send(HttpRequest.newBuilder(base.resolve("api/stories")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(list.statusCode()).isEqualTo(200);
                assertThat(list.body()).contains(story);
                HttpResponse<String> one = client.send(HttpRequest.newBuilder(base.resolve("api/stories/" + story)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(one.statusCode()).isEqualTo(200);
            }
        }
    }

    private static Set<Set<String>> groups(Map<String, String> storyOf) {
        Map<String, Set<String>> by = new HashMap<>();
        storyOf.forEach((article, story) -> by.computeIfAbsent(story, k -> new HashSet<>()).add(article));
        return new HashSet<>(by.values());
    }

    private static Path write(Path file, int n) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(3, n);
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            SyntheticArticle a = corpus.article(i);
            out.append(json.writeValueAsString(Map.of("title", a.title(), "maintext", a.body(), "date_publish",
                    a.published().toString(), "language", a.language(), "url", a.url()))).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }
}
