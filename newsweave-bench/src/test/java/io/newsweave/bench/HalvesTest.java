package io.newsweave.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class HalvesTest {

    @Test
    void theRuleIsFixedAndSplitsIdsAboutEvenly() {
        assertThat(Halves.of("1484084337_1484110209")).isEqualTo(Halves.of("1484084337_1484110209"));
        long report = IntStream.range(0, 10_000).mapToObj(i -> "doc-" + i).filter(Halves::report).count();
        assertThat(report).isBetween(4_700L, 5_300L);
        assertThat(Halves.tuning("x")).isNotEqualTo(Halves.report("x"));
        assertThat(Halves.of("")).isEqualTo(Halves.Half.TUNING); // CRC-32 of no bytes is 0
    }
}
