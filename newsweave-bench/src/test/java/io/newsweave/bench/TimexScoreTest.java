package io.newsweave.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsweave.model.Timex;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScoreTest {

    private static Timex sys(int s, int e, String value, String type) {
        return new Timex(s, e, "x", value, "day", "published", type, null);
    }

    @Test
    void sameSpanAndValueCountsStrictRelaxedAndValue() {
        var g = List.of(new TimexScore.Gold(0, 5, "DATE", "2021"));
        TimexScore s = TimexScore.of(g, List.of(sys(0, 5, "2021", "DATE")), TimexEval.ALL);
        assertThat(s).isEqualTo(new TimexScore(1, 1, 1, 1, 1));
        assertThat(s.strictF1()).isEqualTo(1.0);
    }

    @Test
    void overlapWithAnotherValueIsRelaxedOnly() {
        var g = List.of(new TimexScore.Gold(0, 10, "DATE", "2021"));
        assertThat(TimexScore.of(g, List.of(sys(3, 12, "2020", "DATE")), TimexEval.ALL))
                .isEqualTo(new TimexScore(1, 1, 0, 1, 0));
    }

    @Test
    void systemTimexOverAGoldOfAnUnscoredTypeIsIgnored() {
        var g = List.of(new TimexScore.Gold(0, 10, "DURATION", "P3D"));
        assertThat(TimexScore.of(g, List.of(sys(0, 10, "P3D", null)), TimexEval.DATE_TIME))
                .isEqualTo(new TimexScore(0, 0, 0, 0, 0));
    }

    @Test
    void emptyInputsScoreZeroWithoutDividingByZero() {
        TimexScore s = TimexScore.of(List.of(), List.of(), TimexEval.ALL);
        assertThat(s.strictF1()).isZero();
        assertThat(s.valueF1()).isZero();
    }

    @Test
    void eachSystemTimexMatchesAtMostOneGold() {
        var g = List.of(new TimexScore.Gold(0, 4, "DATE", "a"), new TimexScore.Gold(5, 9, "DATE", "b"));
        assertThat(TimexScore.of(g, List.of(sys(0, 9, "a", "DATE")), TimexEval.ALL))
                .isEqualTo(new TimexScore(2, 1, 0, 1, 1));
    }
}
