package io.newsweave.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ProcessIngest} reads its figures back from the ingest summary, and leaves unknown what the summary lacks. */
class ProcessIngestTest {

    @Test
    void theSummaryGivesCountsCpuPerStageAndTheOrderedStepsShare() {
        List<String> err = List.of(
                "\r12 articles read\r",
                "1,204 new articles, 3 duplicates, 2 rejected in 9.1 s (132 articles/s); store: 1,204 articles in 99 stories",
                "rejected inputs are in /tmp/q with their reasons",
                "time per stage (summed over threads): read 0.20 s clean 0.40 s",
                "cpu per stage (thread CPU, ms per document): read 0.081 clean 0.169 language 1.592; ordered step busy 83% of the wall time (CPU 71%)");
        ProcessIngest.Result r = ProcessIngest.parse(1, 10_000_000_000L, 1L << 30, err, Path.of("e"));
        assertThat(r.ingested()).isEqualTo(1204);
        assertThat(r.duplicates()).isEqualTo(3);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(r.documents()).isEqualTo(1209);
        assertThat(r.articlesPerSecond()).isEqualTo(120.7);
        assertThat(r.cpuPerDocument()).containsExactly(java.util.Map.entry("read", 0.081), java.util.Map.entry("clean", 0.169),
                java.util.Map.entry("language", 1.592));
        assertThat(r.orderedBusy()).isEqualTo(83);
        assertThat(r.orderedCpu()).isEqualTo(71);
    }

    @Test
    void aRunWithoutSummaryIsUnknownNotZero() {
        ProcessIngest.Result r = ProcessIngest.parse(2, 1_000_000_000L, -1, List.of("newsweave: no such file", ""), Path.of("e"));
        assertThat(r.ingested()).isEqualTo(-1);
        assertThat(r.documents()).isEqualTo(-1);
        assertThat(r.cpuPerDocument()).isEmpty();
        assertThat(r.orderedBusy()).isEqualTo(-1);
        assertThat(r.articlesPerSecond()).isZero();
    }
}
