package io.newsweave.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameLexiconTest {

    private final NameLexicon lexicon = NameLexicon.get();

    @Test
    void givenNamesMatchFoldedAndInflectedForms() {
        assertThat(lexicon.isGivenName("vladimir")).isTrue();
        assertThat(lexicon.isGivenName("владимира")).isTrue();
        assertThat(lexicon.isGivenName("donaldem")).isTrue();
        assertThat(lexicon.isGivenName("françois")).isTrue();
        assertThat(lexicon.isGivenName("however")).isFalse();
    }

    @Test
    void headWordsAndTitlesMatchExactlyOrByTheirListedStems() {
        assertThat(lexicon.isTitle("president")).isTrue();
        assertThat(lexicon.isTitle("prezydenta")).isTrue();
        assertThat(lexicon.isOrgHead("ministerstvo")).isTrue();
        assertThat(lexicon.isLocHead("street")).isTrue();
        assertThat(lexicon.isLocHead("ulica")).isTrue();
        assertThat(lexicon.isOrgHead("street")).isFalse();
    }

    @Test
    void smallWordListsAnswerForTheirOwnWordsOnly() {
        assertThat(lexicon.isNotName("january")).isTrue();
        assertThat(lexicon.isNotName("paris")).isFalse();
        assertThat(lexicon.isConnector("van")).isTrue();
        assertThat(lexicon.isLocationPreposition("nach")).isTrue();
        assertThat(lexicon.isStop("the")).isTrue();
    }

    @Test
    void emptyAndOneLetterWordsAreInNoList() {
        for (String w : new String[] {"", "x", "—"}) {
            assertThat(lexicon.isGivenName(w) || lexicon.isTitle(w) || lexicon.isOrgHead(w) || lexicon.isLocHead(w)
                    || lexicon.isNotName(w) || lexicon.isConnector(w)).as(w).isFalse();
        }
    }
}
