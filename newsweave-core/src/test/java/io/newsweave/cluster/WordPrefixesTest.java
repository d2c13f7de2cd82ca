package io.newsweave.cluster;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WordPrefixesTest {

    @Test
    void cognatesAndInflectionsMeetOnTheirFoldedPrefix() {
        assertThat(WordPrefixes.counts("", "Le président").keySet()).containsExactly("presi");
        assertThat(WordPrefixes.counts("", "The president").keySet()).containsExactly("presi");
        assertThat(WordPrefixes.counts("", "El presidente").keySet()).containsExactly("presi");
        assertThat(WordPrefixes.counts("", "nucléaire nuclear nucleare").get("nucle")).isEqualTo(3);
        assertThat(WordPrefixes.counts("", "Regierung Regierungen").get("regie")).isEqualTo(2);
    }

    @Test
    void countsTitleAndBodyAndOrdersByCount() {
        Map<String, Integer> counts = WordPrefixes.counts("Harbour strike", "The harbour workers strike again: harbour closed.");
        assertThat(counts.keySet()).containsExactly("harbo", "strik", "again", "close", "vorke");
        assertThat(counts.get("harbo")).isEqualTo(3);
    }

    @Test
    void shortWordsAndScriptsWithoutSpacesGiveNothing() {
        assertThat(WordPrefixes.counts("", "The cat sat on a mat. 12345 67890")).isEmpty();
        assertThat(WordPrefixes.counts("", "习近平在北京会见了普京总统")).isEmpty();
        assertThat(WordPrefixes.counts("", "東京でオリンピックが開かれた")).isEmpty();
    }

    @Test
    void otherAlphabetsAreKept() {
        // Cyrillic is read in its Latin skeleton, so that it meets the Latin spellings of the same words
        assertThat(WordPrefixes.counts("", "Президент Путин встретился").keySet()).contains("prezi", "putin", "vstre");
        assertThat(WordPrefixes.counts("", "Prezydent Putin").keySet()).contains("prezi", "putin");
        assertThat(WordPrefixes.counts("", "Ο πρωθυπουργός").keySet()).containsExactly("πρωθυ");
    }

    @Test
    void emptyInputGivesNothing() {
        assertThat(WordPrefixes.counts(null, (String) null)).isEmpty();
        assertThat(WordPrefixes.counts("", "")).isEmpty();
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
            Map<String, Integer> counts = WordPrefixes.counts(b.toString(), b.toString());
            assertThat(counts.size()).isLessThanOrEqualTo(WordPrefixes.MAX_WORDS);
            // a skeleton drops signs and joins digraphs, so a key of five letters' word may be shorter
            assertThat(counts.keySet()).allSatisfy(k -> assertThat(k.length()).isBetween(1, WordPrefixes.PREFIX))
                    .allSatisfy(k -> assertThat(k).doesNotContain(" "));
            assertThat(counts.values()).allSatisfy(c -> assertThat(c).isPositive());
        }
    }
}
