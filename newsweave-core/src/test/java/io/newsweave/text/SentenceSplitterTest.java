package io.newsweave.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = SentenceSplitter.standard();

    private List<String> texts(String text, String language) {
        return splitter.split(text, language).stream().map(Sentence::text).toList();
    }

    @Test
    void englishTitlesAcronymsInitialsAndDecimalsDoNotEndASentence() {
        String text = "Mr. Biden met Dr. Jane R. Smith in the U.S. capital on Tuesday. The quake measured 7.5 on "
                + "the scale. U.S. officials said No. 3 was next. She left the U.S. The talks resumed.";
        assertThat(texts(text, "en")).containsExactly(
                "Mr. Biden met Dr. Jane R. Smith in the U.S. capital on Tuesday.",
                "The quake measured 7.5 on the scale.",
                "U.S. officials said No. 3 was next.",
                "She left the U.S.",
                "The talks resumed.");
    }

    @Test
    void frenchSpanishAndGermanAbbreviations() {
        assertThat(texts("M. Poutine a parlé à M. Biden mardi. Les deux dirigeants ont échangé.", "fr"))
                .containsExactly("M. Poutine a parlé à M. Biden mardi.", "Les deux dirigeants ont échangé.");
        assertThat(texts("La Sra. García llegó el 7 de dic. de 2021. ¿Qué dijo? Nada.", "es"))
                .containsExactly("La Sra. García llegó el 7 de dic. de 2021.", "¿Qué dijo?", "Nada.");
        assertThat(texts("Das Treffen ist z.B. am 7. Dezember geplant. Dr. Müller kommt.", "de"))
                .containsExactly("Das Treffen ist z.B. am 7. Dezember geplant.", "Dr. Müller kommt.");
    }

    @Test
    void lineAndParagraphBreaksAlwaysEndASentence() {
        String text = "A headline without a period\n\nThe body starts here. It goes on\nA new line";
        assertThat(texts(text, "en")).containsExactly("A headline without a period", "The body starts here.",
                "It goes on", "A new line");
        assertThat(texts("He met Mr.\nSmith", "en")).containsExactly("He met Mr.", "Smith");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  First one.   Second one!\n\n  Third?  ";
        List<Sentence> sentences = splitter.split(text, "en");
        assertThat(sentences).hasSize(3);
        for (Sentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(sentences.get(0).start()).isEqualTo(2);
    }

    @Test
    void unknownLanguageAndNonLatinScripts() {
        assertThat(texts("Путин и Байден говорили. Переговоры продолжатся.", "ru")).hasSize(2);
        assertThat(texts("One. Two.", "und")).containsExactly("One.", "Two.");
        assertThat(texts("One. Two.", "xx")).containsExactly("One.", "Two.");
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(splitter.split("", "en")).isEmpty();
        assertThat(splitter.split("   \n\n\t ", "fr")).isEmpty();
        assertThat(splitter.split(null, null)).isEmpty();
    }

    @Test
    void garbledInputGivesValidNonOverlappingSpans() {
        Random random = new Random(7);
        String alphabet = "aZ .!?\n\"'«»()0123456789M.U.S.\u00e9\u0416\ud83d\ude00\u200b\t-";
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int last = 0;
            for (Sentence s : splitter.split(text, random.nextBoolean() ? "en" : "fr")) {
                assertThat(s.start()).isGreaterThanOrEqualTo(last);
                assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end())).isNotBlank();
                last = s.end();
            }
        }
    }
}
