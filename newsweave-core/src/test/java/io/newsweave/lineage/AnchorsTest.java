package io.newsweave.lineage;

import io.newsweave.model.Mention;
import io.newsweave.model.Timex;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AnchorsTest {

    @Test
    void namesDatesAndNumbersInTextOrder() {
        String text = "On 12 March, Anna Kowal said 1,500 people had left; the city paid 2.5 million to Acme.";
        List<Mention> mentions = List.of(new Mention(13, 23, "Anna Kowal", "p:kowal"), new Mention(82, 86, "Acme", "o:acme"),
                new Mention(60, 68, "the city", "l:city", true));
        List<Timex> timexes = List.of(new Timex(3, 11, "12 March", "2026-03-12", "day", "published"));
        assertThat(Anchors.of(text, mentions, timexes).terms())
                .containsExactly("d:2026-03-12", "e:p:kowal", "n:1500", "n:25", "e:o:acme");
    }

    @Test
    void numbersAgreeAcrossSeparatorConventions() {
        assertThat(Anchors.of("1,5 mln i 10 000 osób", List.of(), List.of()).terms()).containsExactly("n:15", "n:10000");
        assertThat(Anchors.of("1.5 million and 10,000 people", List.of(), List.of()).terms()).containsExactly("n:15", "n:10000");
        assertThat(Anchors.of("route A1 and 3rd place", List.of(), List.of()).terms()).isEmpty();
    }

    @Test
    void smallNumbersAreKeptButDoNotFindCandidates() {
        Anchors.Sequence s = Anchors.of("3 ships, 40 crew and 2,300 members", List.of(), List.of());
        assertThat(s.terms()).containsExactly("n:3", "n:40", "n:2300");
        assertThat(s.tellingCodes()).containsExactly(Anchors.code("n:2300"));
        assertThat(s.bands()).hasSize(Anchors.SET_BANDS);
    }

    @Test
    void emptyAndGarbledInput() {
        assertThat(Anchors.of("", List.of(), List.of()).terms()).isEmpty();
        assertThat(Anchors.of("", List.of(), List.of()).bands()).isEmpty();
        Random random = new Random(3);
        for (int round = 0; round < 50; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0, n = random.nextInt(2000); i < n; i++) {
                s.append(random.nextInt(4) == 0 ? (char) ('0' + random.nextInt(10)) : (char) random.nextInt(0x500));
            }
            assertThat(Anchors.of(s.toString(), List.of(), List.of()).size()).isBetween(0, Anchors.MAX);
        }
    }
}
