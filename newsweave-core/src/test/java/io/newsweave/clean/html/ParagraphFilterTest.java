package io.newsweave.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphFilterTest {

    private static Block text(String s) {
        return new Block(s, 0, Block.Kind.TEXT);
    }

    @Test
    void standaloneClutterWordsInSeveralLanguagesAreDropped() {
        for (String s : new String[] {"Advertisement", "Anzeige", "Publicité", "Publicidad", "Teilen", "» Partager"}) {
            assertThat(ParagraphFilter.keep(text(s))).as(s).isFalse();
        }
    }

    @Test
    void readAlsoLinesAreDropped() {
        for (String s : new String[] {"Lesen Sie auch: Neue Regeln für Mieter", "À lire aussi : la réforme",
                "Te puede interesar: el nuevo horario", "Read more: the full report"}) {
            assertThat(ParagraphFilter.keep(text(s))).as(s).isFalse();
        }
    }

    @Test
    void bylinesCreditsAndBareDatesAreDropped() {
        for (String s : new String[] {"By Jane Porter", "Von Petra Schulz und Max Maier", "Foto: dpa", "© Reuters 2024",
                "14.11.2023, 17:45 Uhr"}) {
            assertThat(ParagraphFilter.keep(text(s))).as(s).isFalse();
        }
    }

    @Test
    void mostlyLinkBlocksAreDropped() {
        assertThat(ParagraphFilter.keep(new Block("Council approves new ferry route", 32, Block.Kind.LIST_ITEM))).isFalse();
    }

    @Test
    void shortSentencesOfTheArticleAreKept() {
        for (String s : new String[] {"He said no.", "Wie geht es weiter?", "Von wegen.", "By then it was too late."}) {
            assertThat(ParagraphFilter.keep(text(s))).as(s).isTrue();
        }
    }
}
