package io.newsweave.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    @Test
    void knownSiteNameIsStrippedAsSuffixOrPrefix() {
        assertThat(TitleCleaner.clean("Storm hits the coast | Daily Planet", "Daily Planet")).isEqualTo("Storm hits the coast");
        assertThat(TitleCleaner.clean("Daily Planet: Storm hits the coast", "Daily Planet")).isEqualTo("Storm hits the coast");
        assertThat(TitleCleaner.clean("Storm hits the coast – daily planet", "Daily Planet")).isEqualTo("Storm hits the coast");
    }

    @Test
    void unknownSuffixIsStrippedWhenTheRestIsAHeadline() {
        assertThat(TitleCleaner.clean("Storm hits the coast overnight - Planet", null)).isEqualTo("Storm hits the coast overnight");
    }

    @Test
    void shortTitlesAndTitlesWithoutSeparatorsAreLeftAlone() {
        assertThat(TitleCleaner.clean("Brexit - Ja oder Nein? Eine lange Debatte im Parlament", null))
                .isEqualTo("Brexit - Ja oder Nein? Eine lange Debatte im Parlament");
        assertThat(TitleCleaner.clean("Plain headline", null)).isEqualTo("Plain headline");
        assertThat(TitleCleaner.clean(null, "Site")).isNull();
    }
}
