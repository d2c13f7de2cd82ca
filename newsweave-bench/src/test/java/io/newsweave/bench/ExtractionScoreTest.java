package io.newsweave.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

    @Test
    void snippetsAreMatchedAfterWhitespaceNormalisation() {
        var items = List.of(new ExtractionScore.Item("a.html", List.of("hello  world", "missing"), List.of("menu")),
                new ExtractionScore.Item("b.html", List.of("x"), List.of("y")));
        ExtractionScore s = ExtractionScore.score(items, Map.of("a.html", "say hello\n\u00a0world and menu"));
        assertThat(s).isEqualTo(new ExtractionScore(1, 2, 1, 1));
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void noMatchesGiveZeroRatherThanNaN() {
        ExtractionScore s = ExtractionScore.score(List.of(), Map.of());
        assertThat(s.f1()).isZero();
        assertThat(s.accuracy()).isZero();
    }
}
