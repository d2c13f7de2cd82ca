package io.newsweave.cluster;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void cognatesAndInflectionsMeetOnTheirFoldedPrefix() {
        assertThat(Words.counts("", "Le président").keySet()).containsExactly("presi");
        assertThat(Words.counts("", "The president").keySet()).containsExactly("presi");
        assertThat(Words.counts("", "El presidente").keySet()).containsExactly("presi");
        assertThat(Words.counts("", "nucléaire nuclear nucleare").get("nucle")).isEqualTo(3);
        assertThat(Words.counts("", "Regierung Regierungen").get("regie")).isEqualTo(2);
    }

    @Test
    void countsTitleAndBodyAndOrdersByCount() {
        Map<String, Integer> counts = Words.counts("Harbour strike", "The harbour workers strike again: harbour closed.");
        assertThat(counts.keySet()).containsExactly("harbo", "strik", "again", "close", "worke");
        assertThat(counts.get("harbo")).isEqualTo(3);
    }

    @Test
    void shortWordsAndScriptsWithoutSpacesGiveNothing() {
        assertThat(Words.counts("", "The cat sat on a mat. 12345 67890")).isEmpty();
        assertThat(Words.counts("", "习近平在北京会见了普京总统")).isEmpty();
        assertThat(Words.counts("", "東京でオリンピックが開かれた")).isEmpty();
    }

    @Test
    void otherAlphabetsAreKept() {
        assertThat(Words.counts("", "Президент Путин встретился").keySet()).contains("прези", "встре");
        assertThat(Words.counts("", "Ο πρωθυπουργός").keySet()).containsExactly("πρωθυ");
    }

    @Test
    void emptyInputGivesNothing() {
        assertThat(Words.counts(null, null)).isEmpty();
        assertThat(Words.counts("", "")).isEmpty();
    }

    @Test
    void randomInputNeverFailsAndStaysBounded() {
        Random random = new Random(11);
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(2_000);
            for (int i = 0; i < len; i++) {
                b.append(random.nextInt(8) == 0 ? ' ' : (char) random.nextInt(0x3000));
            }
            Map<String, Integer> counts = Words.counts(b.toString(), b.toString());
            assertThat(counts.size()).isLessThanOrEqualTo(Words.MAX_WORDS);
            assertThat(counts.keySet()).allSatisfy(k -> assertThat(k).hasSize(Words.PREFIX).doesNotContain(" "));
            assertThat(counts.values()).allSatisfy(c -> assertThat(c).isPositive());
        }
    }
}
