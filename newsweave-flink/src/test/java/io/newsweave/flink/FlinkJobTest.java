package io.newsweave.flink;

import io.newsweave.placement.PlacementRecord;
import io.newsweave.store.Store;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The job end to end on a Flink MiniCluster between topics of a real Kafka broker. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FlinkJobTest extends WithKafkaBroker {

    @Test
    void atParallelismOneTheJobPlacesAsTheEmbeddedPipelineDoes(@TempDir Path tmp) throws Exception {
        List<String> lines = Fixtures.articles(7, 30);
        broker.createTopic("articles-p1", 1);
        broker.createTopic("placements-p1", 1);
        broker.produce("articles-p1", lines);

        JobFigures figures = FlinkRuns.run(FlinkRuns.settings(broker, "articles-p1", "placements-p1", 1, PartitionScheme.SINGLE, 500),
                FlinkRuns.config(1), s -> s);

        assertThat(figures.placed()).isEqualTo(30);
        try (Store job = FlinkRuns.materialize(broker, "placements-p1", tmp.resolve("job"));
             Store embedded = FlinkRuns.embedded(lines, FlinkRuns.config(1), tmp.resolve("embedded"))) {
            assertThat(job.size()).isEqualTo(embedded.size()).isEqualTo(30);
            assertThat(Fixtures.stories(job)).isEqualTo(Fixtures.stories(embedded));
            assertThat(Fixtures.events(job)).isEqualTo(Fixtures.events(embedded));
            assertThat(Fixtures.stories(job).size()).as("stories").isBetween(2, 29);
        }
    }

    @Test
    void atParallelismTwoEveryArticleIsPlacedOnceInItsLanguageAndBadRecordsAreRejectedWithTheirPlace(@TempDir Path tmp)
            throws Exception {
        List<String> lines = new ArrayList<>(Fixtures.articles(11, 40));
        lines.add(5, "{\"title\": \"unfinished");
        lines.add(17, "{\"title\": \"a title and no text\"}");
        lines.add(lines.get(30)); // the same article again
        broker.createTopic("articles-p2", 2);
        broker.createTopic("placements-p2", 2);
        broker.produce("articles-p2", lines);

        JobFigures figures = FlinkRuns.run(FlinkRuns.settings(broker, "articles-p2", "placements-p2", 2, PartitionScheme.LANGUAGE, 500),
                FlinkRuns.config(1), s -> s);

        List<ConsumerRecord<String, String>> committed = broker.readCommitted("placements-p2");
        List<PlacementRecord> records = Fixtures.records(committed.stream().map(ConsumerRecord::value).toList());
        List<PlacementRecord.Placed> placed = records.stream().filter(r -> r instanceof PlacementRecord.Placed)
                .map(r -> (PlacementRecord.Placed) r).toList();
        List<PlacementRecord.Rejected> rejected = records.stream().filter(r -> r instanceof PlacementRecord.Rejected)
                .map(r -> (PlacementRecord.Rejected) r).toList();
        assertThat(placed).hasSize(40);
        assertThat(placed.stream().map(p -> p.article().id()).distinct()).hasSize(40);
        assertThat(figures.documents()).as("inputs analysed or rejected").isEqualTo(lines.size());
        assertThat(records.stream().filter(r -> r instanceof PlacementRecord.Duplicate)).hasSize(1);
        assertThat(rejected).hasSize(2);
        assertThat(rejected).allSatisfy(r -> assertThat(r.rejection().origin().toString()).matches("kafka:articles-p2/[01]@\\d+#1"));
        assertThat(rejected.stream().map(r -> r.rejection().reason()).collect(Collectors.joining(" | ")))
                .contains("JSON").contains("no article text");

        Map<String, Set<Integer>> kafkaPartitionsOfKey = new HashMap<>();
        for (ConsumerRecord<String, String> r : committed) {
            kafkaPartitionsOfKey.computeIfAbsent(r.key(), k -> new HashSet<>()).add(r.partition());
        }
        assertThat(kafkaPartitionsOfKey.values()).as("a placement partition's records stay in one Kafka partition")
                .allSatisfy(p -> assertThat(p).hasSize(1));

        try (Store job = FlinkRuns.materialize(broker, "placements-p2", tmp.resolve("job"));
             Store embedded = FlinkRuns.embedded(lines, FlinkRuns.config(1), tmp.resolve("embedded"))) {
            Set<String> jobIds = new HashSet<>();
            Map<String, String> language = new HashMap<>();
            job.forEach(s -> {
                jobIds.add(s.article().id());
                language.put(s.article().id(), s.article().language());
            });
            Set<String> embeddedIds = new HashSet<>();
            embedded.forEach(s -> embeddedIds.add(s.article().id()));
            assertThat(jobIds).isEqualTo(embeddedIds);
            assertThat(Fixtures.stories(job)).allSatisfy(story ->
                    assertThat(story.stream().map(language::get).distinct()).as("languages of one story").hasSize(1));
            assertThat(job.quarantine().size()).isEqualTo(2);
        }
    }
}
