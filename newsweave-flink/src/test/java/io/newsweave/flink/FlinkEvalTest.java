package io.newsweave.flink;

import io.newsweave.bench.EvalSets;
import io.newsweave.model.Origin;
import io.newsweave.placement.PlacementRecord;
import io.newsweave.store.Store;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measurements for the closing note, run on demand ({@code -Dnewsweave.eval=equivalence,throughput});
 * each skips when {@code ../shared/datasets} is absent. <b>Equivalence</b>: SemEval dev and
 * SlavicNER dev through the embedded pipeline and through the job (one partition at parallelism
 * 1 and 2, per language at 2), scored as {@code ClusteringEval} scores them; the job with one
 * placement partition at parallelism 1 must be within 0.01 of the embedded pipeline.
 * <b>Throughput</b>: the real-news stream of {@code RealNewsBench} at parallelism 1 and 2, with
 * CPU per input per operator.
 */
@EnabledIfSystemProperty(named = "newsweave.eval", matches = ".+")
class FlinkEvalTest extends WithKafkaBroker {

    private static Path shared() {
        Path shared = Path.of(System.getProperty("newsweave.shared", "../../shared")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(shared.resolve("datasets/pairs-semeval2022-dev")), shared + "/datasets absent; skipping");
        return shared;
    }

    @Test
    void theJobGivesTheEmbeddedPipelinesStoriesOnTheLabelledSets(@TempDir Path tmp) throws Exception {
        assumeTrue(System.getProperty("newsweave.eval").contains("equivalence"), "equivalence not asked for");
        Path shared = shared();
        for (EvalSets.LabelledSet set : List.of(EvalSets.semeval(shared), EvalSets.slavicner(shared))) {
            Map<String, String> embeddedStories = EvalSets.embedded(shared, set, tmp.resolve(set.name() + "-embedded"));
            Map<String, Double> embedded = set.scorer().score(embeddedStories);
            System.out.printf(Locale.ROOT, "%s (%d documents), embedded: %s%n", set.name(), set.ids().size(), format(embedded));
            Map<String, Double> reference = null;
            for (Object[] run : new Object[][] {{PartitionScheme.SINGLE, 1}, {PartitionScheme.SINGLE, 2}, {PartitionScheme.LANGUAGE, 2}}) {
                PartitionScheme scheme = (PartitionScheme) run[0];
                int parallelism = (Integer) run[1];
                String name = set.name() + "-" + scheme.name().toLowerCase(Locale.ROOT) + "-p" + parallelism;
                long t0 = System.nanoTime();
                Map<String, String> stories = jobStories(set, scheme, parallelism, name, tmp.resolve(name));
                Map<String, Double> job = set.scorer().score(stories);
                System.out.printf(Locale.ROOT, "%s, job %s at parallelism %d (%.1f s): %s%n", set.name(), scheme, parallelism,
                        (System.nanoTime() - t0) / 1e9, format(job));
                if (reference == null) {
                    reference = job;
                    assertThat(stories.keySet()).as("the documents placed").isEqualTo(embeddedStories.keySet());
                }
            }
            for (var e : embedded.entrySet()) {
                assertThat(reference.get(e.getKey())).as(set.name() + " " + e.getKey() + ", one partition, parallelism 1")
                        .isCloseTo(e.getValue(), org.assertj.core.data.Offset.offset(0.01));
            }
        }
    }

    @Test
    void throughputOnTheRealNewsStream(@TempDir Path tmp) throws Exception {
        assumeTrue(System.getProperty("newsweave.eval").contains("throughput"), "throughput not asked for");
        List<String> lines = EvalSets.realNews();
        assumeTrue(lines != null, "../shared/datasets absent; skipping");
        long t0 = System.nanoTime();
        try (Store store = FlinkRuns.embedded(lines, FlinkRuns.config(2), tmp.resolve("embedded"))) {
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "real news, %d lines, embedded pipeline (2 analysis threads, models loaded in the run): "
                    + "%d stored in %.1f s, %.1f articles/s%n", lines.size(), store.size(), s, lines.size() / s);
        }
        broker.createTopic("realnews", 2);
        broker.produce("realnews", lines, 2);
        for (int parallelism : new int[] {1, 2}) {
            String placements = "realnews-placements-p" + parallelism;
            broker.createTopic(placements, 2);
            JobFigures f = FlinkRuns.run(FlinkRuns.settings(broker, "realnews", placements, parallelism, PartitionScheme.LANGUAGE, 10_000),
                    FlinkRuns.config(1), s -> s);
            System.out.printf(Locale.ROOT, "real news, %d lines, parallelism %d, per language: %s%n", lines.size(), parallelism, f);
            assertThat(f.documents()).isEqualTo(lines.size());
        }
    }

    /** The story (after merges) of each document of {@code set}, placed by the job. */
    private static Map<String, String> jobStories(EvalSets.LabelledSet set, PartitionScheme scheme, int parallelism, String name,
                                                  Path dir) throws Exception {
        int partitions = parallelism;
        broker.createTopic(name, partitions);
        broker.createTopic(name + "-placements", 2);
        broker.produce(name, set.lines(), partitions);
        FlinkRuns.run(FlinkRuns.settings(broker, name, name + "-placements", parallelism, scheme, 2_000), FlinkRuns.config(1), s -> s);
        Map<Integer, String> articleOfDoc = new HashMap<>();
        for (ConsumerRecord<String, String> r : broker.readCommitted(name + "-placements")) {
            PlacementRecord record = io.newsweave.placement.PlacementJson.read(r.value());
            if (record instanceof PlacementRecord.Placed p) {
                articleOfDoc.put(doc(p.article().origin(), partitions), p.article().id());
            } else if (record instanceof PlacementRecord.Duplicate d) {
                articleOfDoc.put(doc(d.origin(), partitions), d.article());
            }
        }
        Map<String, String> storyOfArticle = new HashMap<>();
        try (Store store = FlinkRuns.materialize(broker, name + "-placements", dir)) {
            store.forEach(s -> storyOfArticle.put(s.article().id(), s.story()));
        }
        Map<String, String> out = new HashMap<>();
        articleOfDoc.forEach((doc, article) -> out.put(set.ids().get(doc), storyOfArticle.get(article)));
        return out;
    }

    /** The index of the document an origin {@code kafka:topic/partition@offset} names, line {@code i} having gone to partition {@code i % partitions}. */
    private static int doc(Origin origin, int partitions) {
        String path = origin.path();
        int slash = path.lastIndexOf('/');
        int at = path.lastIndexOf('@');
        int partition = Integer.parseInt(path.substring(slash + 1, at));
        long offset = Long.parseLong(path.substring(at + 1));
        return (int) (offset * partitions + partition);
    }

    private static String format(Map<String, Double> scores) {
        StringBuilder out = new StringBuilder();
        scores.forEach((k, v) -> out.append(out.isEmpty() ? "" : "; ").append(k).append(' ').append(String.format(Locale.ROOT, "%.3f", v)));
        return out.toString();
    }
}
