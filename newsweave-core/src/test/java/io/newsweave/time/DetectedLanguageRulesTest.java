package io.newsweave.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The time stage reads language-bound rules by the language it is told, not by its own guess. */
class DetectedLanguageRulesTest {

    @Test
    void frenchVerbEndingsCountOnlyInATextToldToBeFrench() {
        // "dira", "viendra": French futures, and no function word of any language to vote with
        String sentence = "Bellini dira tout, Duarte viendra.";
        assertThat(FutureCue.in(sentence, "fr")).isTrue();
        assertThat(FutureCue.in(sentence, "es")).isFalse();
        assertThat(FutureCue.in(sentence, "en")).isFalse();
    }

    @Test
    void anUnknownOrMissingLanguageFallsBackToTheTextsOwnWords() {
        String sentence = "Le ministre dira demain ce qu'il prévoit pour les ports.";
        assertThat(FutureCue.in(sentence, null)).isEqualTo(FutureCue.in(sentence));
        assertThat(FutureCue.in(sentence, "und")).isEqualTo(FutureCue.in(sentence));
        assertThat(FutureCue.in(sentence, "ru")).isEqualTo(FutureCue.in(sentence));
        assertThat(FutureCue.in("", "fr")).isFalse();
    }

    @Test
    void resolvingWithTheLanguageFindsTheSameDatesInATextOfThatLanguage() {
        PublicationDater dater = new PublicationDater();
        LocalDate published = LocalDate.of(2026, 3, 10);
        String text = "Le sommet aura lieu le 12 mars. Les ministres se sont vus mardi.";
        assertThat(dater.resolve(text, published, "fr")).isEqualTo(dater.resolve(text, published));
        assertThat(dater.resolve(text, published, "fr")).extracting(t -> t.value()).contains("2026-03-12");
        assertThat(dater.resolve("", published, "fr")).isEmpty();
    }
}
