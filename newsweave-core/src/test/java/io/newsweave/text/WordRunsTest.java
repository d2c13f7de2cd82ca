package io.newsweave.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WordRunsTest {

    private static List<String> runs(WordRuns w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            out.add(w.run(i));
        }
        return out;
    }

    @Test
    void runsAreTheLettersAndDigitsBetweenEverythingElse() {
        WordRuns w = WordRuns.of("U.S. President Joe Biden's 1,500 troops — l'Élysée, a-t-il dit. Путину 2021年");
        assertThat(runs(w)).containsExactly("U", "S", "President", "Joe", "Biden", "s", "1", "500", "troops", "l", "Élysée",
                "a", "t", "il", "dit", "Путину", "2021年");
        assertThat(w.start(0)).isZero();
        assertThat(w.end(0)).isEqualTo(1);
        assertThat(w.text().substring(w.start(4), w.end(4))).isEqualTo("Biden");
        assertThat(w.gapEnd(0)).isEqualTo(w.start(1));
        assertThat(w.gapEnd(w.size() - 1)).isEqualTo(w.text().length());
    }

    @Test
    void combiningMarksSeparateRuns() {
        // a decomposed accent and a Devanagari vowel sign are not letters: they lie in the gaps
        assertThat(runs(WordRuns.of("Rene\u0301e"))).containsExactly("Rene", "e");
        assertThat(runs(WordRuns.of("\u092D\u093E\u0930\u0924"))).containsExactly("\u092D", "\u0930\u0924");
    }

    @Test
    void findsTheRunAtAnOffsetAndCutsTheTextShort() {
        WordRuns w = WordRuns.of("one two three");
        assertThat(w.firstEndingAfter(0)).isZero();
        assertThat(w.firstEndingAfter(3)).isEqualTo(1);
        assertThat(w.firstEndingAfter(5)).isEqualTo(1);
        assertThat(w.firstEndingAfter(13)).isEqualTo(3);
        assertThat(runs(w.upTo(6))).containsExactly("one", "tw");
        assertThat(runs(w.upTo(7))).containsExactly("one", "two");
        assertThat(runs(w.upTo(0))).isEmpty();
        assertThat(w.upTo(100)).isSameAs(w);
    }

    @Test
    void emptyAndNullTextsHaveNoRuns() {
        assertThat(WordRuns.of(null).size()).isZero();
        assertThat(WordRuns.of("").size()).isZero();
        assertThat(WordRuns.of(" \n\t—…«»").size()).isZero();
        assertThat(WordRuns.of("").text()).isEmpty();
        assertThat(WordRuns.of("").firstEndingAfter(0)).isZero();
    }

    @Test
    void garbledTextIsCoveredExactly() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) {
                b.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0xFFFF)));
            }
            String text = b.toString();
            WordRuns w = WordRuns.of(text);
            int covered = 0;
            for (int i = 0; i < w.size(); i++) {
                assertThat(w.start(i)).isGreaterThanOrEqualTo(covered).isLessThan(w.end(i));
                for (int k = covered; k < w.end(i); k++) {
                    assertThat(Character.isLetterOrDigit(text.charAt(k))).isEqualTo(k >= w.start(i));
                }
                covered = w.end(i);
            }
            for (int k = covered; k < text.length(); k++) {
                assertThat(Character.isLetterOrDigit(text.charAt(k))).isFalse();
            }
        }
    }
}
