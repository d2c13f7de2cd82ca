package io.newsweave.bench;

import io.newsweave.cluster.Clusterer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Quality gates of the clustering with its default configuration, each set ingested through the
 * whole pipeline (docs/QUALITY.md, "Clustering"). Floors sit a little under what was measured and
 * only move up. Skips when ../shared is absent.
 */
class ClusteringQualityGateTest {

    /** Measured in the file's order: same story F1 0.796 all, 0.755 cross-lingual; same event F1 0.757. */
    static final double FLOOR_STORY_F1_ALL = 0.78;
    static final double FLOOR_STORY_F1_CROSS = 0.74;
    static final double FLOOR_EVENT_F1_ALL = 0.73;
    /** Random arrival orders the order-independent gate averages over (seeds 1..5). */
    static final int GATE_ORDERS = 5;
    /** Measured over seeds 1..5: same story F1 mean 0.811 all, 0.761 cross-lingual (the target is 0.80 and 0.70). */
    static final double FLOOR_STORY_F1_ORDERS = 0.80;
    static final double FLOOR_STORY_F1_CROSS_ORDERS = 0.74;
    /** Measured: BCubed F1 of stories against the Timeline17 topics 0.561. */
    static final double FLOOR_T17_BCUBED_F1 = 0.53;

    @TempDir
    Path work;

    private static Path dataset(String name) {
        for (String base : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(base, "datasets", name);
            if (Files.exists(p)) {
                return p;
            }
        }
        Assumptions.assumeTrue(false, name + " absent; skipping");
        return null;
    }

    @Test
    void sameStoryAndSameEventOnSemEvalDevPairsStayAboveTheirFloors() throws IOException {
        ClusteringEval.PairSet set = ClusteringEval.semeval(dataset("pairs-semeval2022-dev").resolve("training_set.csv"));
        assertThat(set.pairs()).hasSizeGreaterThan(800);
        Map<String, ClusterRun.Placed> placed = ClusterRun.run(set.docs(), Clusterer.Config.defaults(), work, 2);
        double[] all = ClusteringEval.prf(set.pairs(), placed, ClusterRun.Placed::story, p -> true);
        double[] cross = ClusteringEval.prf(set.pairs(), placed, ClusterRun.Placed::story, ClusteringEval.Pair::crossLingual);
        double[] event = ClusteringEval.prf(set.pairs(), placed, ClusterRun.Placed::event, p -> true);
        assertThat(all[3]).as("pairs scored").isGreaterThan(780);
        assertThat(all[2]).as("same story F1, all pairs").isGreaterThanOrEqualTo(FLOOR_STORY_F1_ALL);
        assertThat(cross[2]).as("same story F1, cross-lingual pairs").isGreaterThanOrEqualTo(FLOOR_STORY_F1_CROSS);
        assertThat(event[2]).as("same event F1, all pairs").isGreaterThanOrEqualTo(FLOOR_EVENT_F1_ALL);
    }

    @Test
    void sameStoryOverRandomArrivalOrdersStaysAboveItsFloor() throws IOException {
        ClusteringEval.PairSet set = ClusteringEval.semeval(dataset("pairs-semeval2022-dev").resolve("training_set.csv"));
        double sum = 0;
        double sumCross = 0;
        for (int seed = 1; seed <= GATE_ORDERS; seed++) {
            double[] scores = ClusteringEval.inOrder(set, seed, Clusterer.Config.defaults(), work.resolve("order-" + seed),
                    io.newsweave.cluster.embed.EncoderConfig.off());
            sum += scores[0];
            sumCross += scores[1];
        }
        assertThat(sum / GATE_ORDERS).as("same story F1, all pairs, mean over arrival orders").isGreaterThanOrEqualTo(FLOOR_STORY_F1_ORDERS);
        assertThat(sumCross / GATE_ORDERS).as("same story F1, cross-lingual pairs, mean over arrival orders")
                .isGreaterThanOrEqualTo(FLOOR_STORY_F1_CROSS_ORDERS);
    }

    @Test
    void storiesMatchTheTimeline17TopicsAboveTheirFloor() throws IOException {
        ClusteringEval.TopicSet set = ClusteringEval.timeline17(dataset("timeline-t17-dev").resolve("articles"));
        Map<String, String> stories = new HashMap<>();
        ClusterRun.run(set.docs(), Clusterer.Config.defaults(), work, 2).forEach((id, p) -> stories.put(id, p.story()));
        assertThat(stories).hasSizeGreaterThan(1_000);
        assertThat(ClusterScores.bcubed(stories, set.topics()).f1()).isGreaterThanOrEqualTo(FLOOR_T17_BCUBED_F1);
    }

    @Test
    void bcubedAndPairwiseScoresOnAHandMadeClustering() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "y");
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2");
        ClusterScores.Prf b = ClusterScores.bcubed(predicted, gold);
        assertThat(b.precision()).isEqualTo((1 + 1 + 0.5 + 0.5) / 4);
        assertThat(b.recall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-12));
        ClusterScores.Prf p = ClusterScores.pairwise(predicted, gold);
        assertThat(p.precision()).isEqualTo(0.5);
        assertThat(p.recall()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(ClusterScores.bcubed(predicted, gold).clusters()).isEqualTo(2);
        assertThat(ClusterScores.bcubed(Map.of(), gold).f1()).isZero();
        assertThat(ClusterScores.bcubed(gold, gold).f1()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void csvReaderKeepsQuotedCommasQuotesAndLineBreaks() throws IOException {
        List<Map<String, String>> rows = CsvRows.read(new java.io.StringReader("a,b\n\"x, \"\"y\"\"\nz\",2\n,\n"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("a", "x, \"y\"\nz").containsEntry("b", "2");
        assertThat(rows.get(1)).containsEntry("a", "").containsEntry("b", "");
        assertThat(CsvRows.read(new java.io.StringReader(""))).isEmpty();
    }
}
