package io.newsweave.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TextMemoTest {

    private static final SentenceSplitter STANDARD = SentenceSplitter.standard();

    /** Counts the texts it is asked to split. */
    private static final class Counting implements SentenceSplitter {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<Sentence> split(String text, String language) {
            asked.add(text);
            return STANDARD.split(text, language);
        }
    }

    @Test
    void aTextIsSplitOnceAndGivesTheSplittersSentences() {
        Counting counting = new Counting();
        TextMemo memo = new TextMemo(counting);
        String text = "Mr. Smith arrived in Kyiv on Tuesday. He met the mayor. \"We will rebuild,\" he said.";
        List<Sentence> first = memo.split(text, "en");
        assertThat(first).isEqualTo(STANDARD.split(text, "en")).hasSize(3);
        assertThat(first.get(0).text()).isEqualTo("Mr. Smith arrived in Kyiv on Tuesday.");
        assertThat(memo.split(text, "en")).isSameAs(first);
        assertThat(counting.asked).hasSize(1);
        assertThat(memo.texts()).isEqualTo(1);
    }

    @Test
    void aTextIsTokenizedOnceAndAWordStemmedOncePerLanguage() {
        TextMemo memo = new TextMemo(STANDARD);
        String text = "The ministers negotiated; the negotiations went on.";
        WordRuns words = memo.words(text);
        assertThat(words.size()).isEqualTo(WordRuns.of(text).size()).isEqualTo(7);
        assertThat(memo.words(text)).isSameAs(words);
        assertThat(memo.tokenized()).isEqualTo(1);
        assertThat(memo.stem("negotiations", "en")).isEqualTo(Stemmer.standard().stem("negotiations", "en"))
                .isEqualTo("negoti");
        assertThat(memo.stem("negotiations", "en")).isSameAs(memo.stem("negotiations", "en"));
        assertThat(memo.stem("negotiations", "xx")).isEqualTo("negotiations");
        assertThat(memo.words(null).size()).isZero();
    }

    @Test
    void anotherLanguageSplitsAgain() {
        Counting counting = new Counting();
        TextMemo memo = new TextMemo(counting);
        String text = "Le Pr. Dupont est arrivé. Il a parlé.";
        memo.split(text, "fr");
        assertThat(memo.split(text, "en")).isEqualTo(STANDARD.split(text, "en"));
        assertThat(counting.asked).hasSize(2);
    }

    @Test
    void equalTextsThatAreDifferentObjectsAreEachSplit() {
        Counting counting = new Counting();
        TextMemo memo = new TextMemo(counting);
        String a = "One sentence here. Another one.";
        String b = new String(a.toCharArray());
        assertThat(memo.split(b, "en")).isEqualTo(memo.split(a, "en"));
        assertThat(counting.asked).hasSize(2);
    }

    @Test
    void emptyBlankAndNullTextsHaveNoSentences() {
        TextMemo memo = new TextMemo(STANDARD);
        assertThat(memo.split("", "en")).isEmpty();
        assertThat(memo.split("  \n\n ", "en")).isEmpty();
        assertThat(memo.split(null, "en")).isEmpty();
        assertThat(memo.split(null, null)).isEmpty();
    }

    @Test
    void garbledTextGivesWhatTheSplitterGives() {
        Random random = new Random(5);
        TextMemo memo = new TextMemo(STANDARD);
        for (int n = 0; n < 200; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                text.append((char) random.nextInt(0x3000));
            }
            String s = text.toString();
            assertThat(memo.split(s, "und")).isEqualTo(STANDARD.split(s, "und"));
            assertThat(memo.split(s, "und")).isSameAs(memo.split(s, "und"));
        }
    }
}
