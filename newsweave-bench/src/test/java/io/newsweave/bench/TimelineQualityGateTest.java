package io.newsweave.bench;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality gate for story timelines on Timeline17 ({@code timeline-t17-dev}): mean date F1 and
 * concatenated ROUGE-1 over its six gold timelines, each topic ingested through the real pipeline
 * and taken as one story (docs/QUALITY.md). Scored on both {@link Halves} by topic (its
 * {@code articles/<topic>} name) and printed, report half first. The dev set has four topics and
 * all four ({@code egypt}, {@code finan}, {@code h1n1}, {@code haiti}) have an even CRC-32: the
 * report half is empty, so there is no report-half figure to gate. Until the set has a topic in
 * the report half, the floors below are regression floors on the tuning half (which is the whole
 * set), not published held-out figures; the test fails when a report-half topic appears, so that
 * report-half floors get set then. Floors only move up. Skips when ../shared is absent.
 */
class TimelineQualityGateTest {

    /**
     * Tuning half (= whole set, 6 timelines): measured 0.645 mean date F1 and 0.315 mean ROUGE-1 F1
     * (publication-count baseline: 0.628); each floor is that rounded down to two decimals, minus 0.01
     * (the date floor stays at 0.64, set when 0.650 was measured: floors only move up). Since a date's
     * salience counts the articles that write it also in sentences too poor to show (2026-12-03,
     * night): 0.656 mean date F1, 0.318 ROUGE-1, so the date floor is 0.64 still (0.65 - 0.01).
     */
    static final double FLOOR_DATE_F1 = 0.64;
    static final double FLOOR_ROUGE1 = 0.30;

    /**
     * Through the real clustering, each topic's largest story with its default timeline (no T
     * given): measured 0.570 mean date F1 on the tuning half (= whole set) on 2026-12-03; the floor is
     * that rounded down minus 0.01 (0.567 after the salience change of 2026-12-03, night). It was 0.590 (floor 0.58) before story profiles, when each
     * topic's largest story was a shorter part of it (Timeline17 stories vs topics BCubed F1 0.539 ->
     * 0.845): a story that spans a whole topic asks its timeline for more dates. The issue's
     * acceptance asks for at least 0.45.
     */
    static final double FLOOR_CLUSTERED_DATE_F1 = 0.56;

    @TempDir
    Path work;

    private static Path dataset() {
        for (String base : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(base, "datasets", "timeline-t17-dev");
            if (Files.isDirectory(p.resolve("articles"))) {
                return p;
            }
        }
        Assumptions.assumeTrue(false, "timeline-t17-dev absent; skipping");
        return null;
    }

    @Test
    void meanDateF1AndRougeAreMeasuredOnBothHalvesAndStayAboveTheirFloors() throws IOException {
        Path dataset = dataset();
        List<TimelineEval.Result> report = TimelineEval.run(dataset, work, Halves::report);
        List<TimelineEval.Result> tuning = TimelineEval.run(dataset, work, Halves::tuning);
        print(Halves.Half.REPORT, report);
        print(Halves.Half.TUNING, tuning);
        assertThat(report).as("Timeline17 dev's four topics are all in the tuning half: no report-half timeline yet").isEmpty();
        assertThat(tuning).hasSize(6);
        assertThat(TimelineEval.mean(tuning, TimelineEval.Result::dateF1)).as("mean date F1, tuning half")
                .isGreaterThanOrEqualTo(FLOOR_DATE_F1);
        assertThat(TimelineEval.mean(tuning, TimelineEval.Result::rouge1)).as("mean ROUGE-1 F1, tuning half")
                .isGreaterThanOrEqualTo(FLOOR_ROUGE1);
    }

    @Test
    void defaultTimelinesOfTheClusteredStoriesStayAboveTheirFloor() throws IOException {
        Path dataset = dataset();
        assertThat(TimelineEval.clustered(dataset, work, Halves::report)).as("no report-half topic yet").isEmpty();
        List<TimelineEval.StoryResult> tuning = TimelineEval.clustered(dataset, work, Halves::tuning);
        tuning.forEach(r -> System.out.println("tuning half, clustered: " + r));
        assertThat(tuning).hasSize(6);
        assertThat(tuning).allSatisfy(r -> assertThat(r.ofTopic()).as(r.topic() + ": articles of the topic in its story").isPositive());
        double mean = tuning.stream().mapToDouble(TimelineEval.StoryResult::dateF1).average().orElse(0);
        System.out.printf(Locale.ROOT, "Timeline17 dev through the clustering, tuning half: mean date F1 %.3f%n", mean);
        assertThat(mean).as("mean date F1 of the default timelines, tuning half").isGreaterThanOrEqualTo(FLOOR_CLUSTERED_DATE_F1);
    }

    private static void print(Halves.Half half, List<TimelineEval.Result> results) {
        if (results.isEmpty()) {
            System.out.println("Timeline17 dev, " + half.label() + ": no topic");
            return;
        }
        results.forEach(r -> System.out.println(half.label() + ": " + r));
        System.out.printf(Locale.ROOT, "Timeline17 dev, %s (%d timelines): mean date F1 %.3f, ROUGE-1 F1 %.3f; publication-count baseline %.3f%n",
                half.label(), results.size(), TimelineEval.mean(results, TimelineEval.Result::dateF1),
                TimelineEval.mean(results, TimelineEval.Result::rouge1), TimelineEval.mean(results, TimelineEval.Result::pubCountF1));
    }

    @Test
    void goldTimelinesAreReadAsDatesWithTheirSentences() throws IOException {
        Path file = work.resolve("tl.txt");
        Files.writeString(file, "2010-01-12\nA quake hits . \nIt is strong . \n-----\n2010-01-13\nAid arrives . \n-----\n");
        Map<String, List<String>> gold = TimelineEval.readGold(file);
        assertThat(gold).containsOnlyKeys("2010-01-12", "2010-01-13");
        assertThat(gold.get("2010-01-12")).containsExactly("A quake hits .", "It is strong .");
        Files.writeString(file, "");
        assertThat(TimelineEval.readGold(file)).isEmpty();
    }

    @Test
    void treebankTokensAreJoinedBack() {
        assertThat(TimelineEval.detokenize("The quake -LRB- magnitude 7 -RRB- hit Haiti 's capital , "
                + "`` badly '' . \nAid did n't arrive . \n"))
                .isEqualTo("The quake (magnitude 7) hit Haiti's capital, \"badly\". Aid didn't arrive.");
        assertThat(TimelineEval.detokenize("")).isEmpty();
    }

    @Test
    void rougeOneCountsClippedUnigramOverlap() {
        assertThat(TimelineEval.rouge1(List.of("the cat sat"), List.of("the cat sat"))).isEqualTo(1.0);
        assertThat(TimelineEval.rouge1(List.of("the the the"), List.of("the cat"))).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TimelineEval.rouge1(List.of(), List.of("x"))).isZero();
        assertThat(TimelineEval.rouge1(List.of("!!"), List.of())).isZero();
    }
}
