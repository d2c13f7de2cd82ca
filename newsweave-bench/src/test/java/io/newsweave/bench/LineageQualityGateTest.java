package io.newsweave.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Quality gates of copy and translation detection ({@link LineageEval}, run in process: the same
 * recipe and export as {@code newsweave ingest} and {@code export}), on the report half; floors a
 * little under the figures of docs/QUALITY.md. The copy set needs {@code ../shared} (skips when
 * absent); the translation set is ours.
 */
class LineageQualityGateTest {

    @TempDir
    Path dir;

    @Test
    void copies() throws Exception {
        Path root = DatasetArticles.locate();
        assumeTrue(root != null, "../shared/datasets absent; skipping");
        Path csv = root.resolve("pairs-semeval2022-dev/training_set.csv");
        assumeTrue(Files.isRegularFile(csv), csv + " absent; skipping");
        Map<Halves.Half, LineageEval.Figures> figures = LineageEval.copies(csv, LineageEval.inProcess(), dir, 150);
        LineageEval.Figures report = figures.get(Halves.Half.REPORT);
        assertThat(report.positives()).as("republications in the report half").isGreaterThan(400);
        assertThat(report.precision()).as("copy links precision").isGreaterThanOrEqualTo(0.97);
        assertThat(report.recall()).as("copy links recall").isGreaterThanOrEqualTo(0.95);
        assertThat(report.apart()).as("same-event negatives kept apart").isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void translations() throws Exception {
        Map<Halves.Half, LineageEval.Figures> figures = LineageEval.translations(LineageEval.inProcess(), dir);
        LineageEval.Figures report = figures.get(Halves.Half.REPORT);
        assertThat(report.positives()).as("translation pairs in the report half").isGreaterThanOrEqualTo(20);
        assertThat(report.precision()).as("translation links precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.recall()).as("translation links recall").isGreaterThanOrEqualTo(0.90);
        assertThat(report.apart()).as("same-event negatives kept apart").isGreaterThanOrEqualTo(0.95);
    }
}
