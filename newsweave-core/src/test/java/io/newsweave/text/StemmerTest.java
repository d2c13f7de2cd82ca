package io.newsweave.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StemmerTest {

    private final Stemmer stemmer = Stemmer.standard();

    private List<String> terms(String text, String language) {
        List<String> out = new ArrayList<>();
        stemmer.terms(text, language, t -> out.add(t.toString()));
        return out;
    }

    @Test
    void inflectionsMeetOnOneStemInTheirLanguage() {
        assertThat(stemmer.stem("negotiations", "en")).isEqualTo(stemmer.stem("negotiation", "en"));
        assertThat(stemmer.stem("présidents", "fr")).isEqualTo(stemmer.stem("président", "fr"));
        assertThat(stemmer.stem("Путина", "ru")).isEqualTo(stemmer.stem("Путину", "ru"));
        assertThat(stemmer.stems("en")).isTrue();
        assertThat(stemmer.stems("xx")).isFalse();
        assertThat(stemmer.stems(null)).isFalse();
    }

    @Test
    void termsLeaveStopWordsOutAndAStopWordStemsToItself() {
        assertThat(terms("The ministers met in the capital", "en")).containsExactly("minist", "met", "capit");
        assertThat(stemmer.stem("The", "en")).isEqualTo("the");
        assertThat(stemmer.stem("Ministers", "xx")).isEqualTo("ministers");
    }

    @Test
    void hanTextGivesBigramsAndNoSingleStem() {
        assertThat(terms("北京会议", "zh")).containsExactly("北京", "京会", "会议");
        assertThat(stemmer.stem("北京会议", "zh")).isEqualTo("北京会议");
    }

    @Test
    void emptyAndNullTextsHaveNoTerms() {
        assertThat(terms("", "en")).isEmpty();
        assertThat(terms(null, "en")).isEmpty();
        assertThat(terms(" ,.;", null)).isEmpty();
        assertThat(stemmer.stem("", "en")).isEmpty();
    }

    @Test
    void garbledTextNeverThrowsAndGivesNonEmptyTerms() {
        Random random = new Random(11);
        String[] languages = {"en", "fr", "ru", "zh", "ar", "und", null};
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                b.append((char) random.nextInt(0xFFFF));
            }
            for (String term : terms(b.toString(), languages[round % languages.length])) {
                assertThat(term).isNotEmpty();
            }
        }
    }
}
