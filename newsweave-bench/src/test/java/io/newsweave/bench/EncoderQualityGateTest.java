package io.newsweave.bench;

import io.newsweave.cluster.embed.Encoder;
import io.newsweave.cluster.embed.Encoders;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Quality gate for the optional dense encoder (bundled all-MiniLM-L6-v2-q, loaded from files on
 * disk) on the English pairs of SemEval-2022 Task 8 dev: Pearson correlation of the cosine with the
 * Overall rating. Only en-en pairs, to keep the gate to seconds; the full table is in
 * docs/QUALITY.md. Floors only move up. Skips when ../shared is absent.
 */
class EncoderQualityGateTest {

    /** Measured 0.865 on the 161 en-en pairs (docs/QUALITY.md). */
    static final double FLOOR_PEARSON_EN = 0.84;

    @TempDir
    Path dir;

    private static Path csv() {
        for (String base : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(base, "datasets", "pairs-semeval2022-dev", "training_set.csv");
            if (Files.exists(p)) {
                return p;
            }
        }
        Assumptions.assumeTrue(false, "pairs-semeval2022-dev absent; skipping");
        return null;
    }

    @Test
    void englishPairsCorrelateWithHumanRatingsAboveTheFloor() throws IOException {
        Path csv = csv();
        try (Encoder encoder = Encoders.fromConfig(BundledMiniLm.copyTo(dir)).orElseThrow()) {
            List<EncoderPairsEval.Rated> pairs = EncoderPairsEval.score(csv, encoder, "en-en"::equals);
            assertThat(pairs).hasSizeGreaterThan(150);
            assertThat(EncoderPairsEval.pearson(pairs, p -> true)).as("Pearson en-en").isGreaterThanOrEqualTo(FLOOR_PEARSON_EN);
        }
    }

    @Test
    void pearsonIsNegatedSoThatCloserRatingsScoreHigher() {
        List<EncoderPairsEval.Rated> line = List.of(new EncoderPairsEval.Rated("en-en", 1, 0.9),
                new EncoderPairsEval.Rated("en-en", 2, 0.6), new EncoderPairsEval.Rated("en-de", 4, 0.0));
        assertThat(EncoderPairsEval.pearson(line, p -> true)).isCloseTo(1.0, within(1e-9));
        assertThat(EncoderPairsEval.pearson(line, EncoderPairsEval.Rated::crossLingual)).isZero();
        assertThat(EncoderPairsEval.labelled(line)).hasSize(2);
    }

    @Test
    void anArticleIsReadAsItsTitleAndTheStartOfItsBody() {
        assertThat(EncoderBench.lead("Title", "short body")).isEqualTo("Title\nshort body");
        assertThat(EncoderBench.lead("", "")).isEqualTo("\n");
        String body = "word ".repeat(200);
        String lead = EncoderBench.lead("Title", body);
        assertThat(lead).startsWith("Title\nword").doesNotEndWith(" ");
        assertThat(lead.length()).isBetween(6 + EncoderBench.LEAD_CHARS - 5, 6 + EncoderBench.LEAD_CHARS);
        assertThat(EncoderBench.lead("T", "x".repeat(900))).hasSize(2 + EncoderBench.LEAD_CHARS);
    }
}
