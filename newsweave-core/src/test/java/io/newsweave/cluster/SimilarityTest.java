package io.newsweave.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SimilarityTest {

    private final Similarity similarity = new Similarity(new Similarity.Weights(Map.of(Channel.NAMES, 1.0, Channel.TERMS, 1.0)));

    @Test
    void identicalFeaturesScoreOneAndDisjointScoreZero() {
        List<String> a = List.of("kowal", "t:harbour", "l:en");
        assertThat(similarity.of(a, a, k -> 1.0)).isCloseTo(1.0, within(1e-9));
        assertThat(similarity.of(a, List.of("other", "t:thing", "l:en"), k -> 1.0)).isZero();
    }

    @Test
    void isTheWeightedMeanOfTheChannelsBothArticlesHave() {
        List<String> a = List.of("kowal", "veste", "t:harbour", "l:en");
        List<String> b = List.of("kowal", "veste", "t:ship", "l:en");
        assertThat(similarity.of(a, b, k -> 1.0)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void termsOfDifferentLanguagesAreNotCompared() {
        List<String> en = List.of("kowal", "t:port", "l:en");
        List<String> fr = List.of("kowal", "t:port", "l:fr");
        assertThat(similarity.of(en, fr, k -> 1.0)).isCloseTo(1.0, within(1e-9));
        assertThat(similarity.of(List.of("t:port", "l:en"), List.of("t:port", "l:fr"), k -> 1.0)).isZero();
    }

    @Test
    void rareSharedKeysWeighMoreThanCommonOnes() {
        List<String> a = List.of("rare", "common", "l:en");
        double shareRare = similarity.of(a, List.of("rare", "x", "l:en"), k -> k.equals("common") ? 0.1 : 3.0);
        double shareCommon = similarity.of(a, List.of("common", "x", "l:en"), k -> k.equals("common") ? 0.1 : 3.0);
        assertThat(shareRare).isGreaterThan(shareCommon);
    }

    @Test
    void emptyFeaturesScoreZero() {
        assertThat(similarity.of(List.of(), List.of(), k -> 1.0)).isZero();
        assertThat(similarity.of(List.of("kowal"), List.of(), k -> 1.0)).isZero();
    }

    @Test
    void negativeWeightsAreRejected() {
        assertThatThrownBy(() -> new Similarity.Weights(Map.of(Channel.NAMES, -1.0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyKeyBelongsToTheChannelOfItsPrefix() {
        assertThat(Channel.of("kowal")).isEqualTo(Channel.NAMES);
        assertThat(Channel.of("t:port")).isEqualTo(Channel.TERMS);
        assertThat(Channel.of("e:PER-x")).isEqualTo(Channel.ENTITIES);
        assertThat(Channel.of("d:2021-12-07")).isEqualTo(Channel.DATES);
        assertThat(Channel.of("n:42")).isEqualTo(Channel.NUMBERS);
        assertThat(Channel.of("l:en")).isEqualTo(Channel.LANGUAGE);
        assertThat(Channel.of("w:presi")).isEqualTo(Channel.WORDS);
        assertThat(Channel.of("x:")).isEqualTo(Channel.NAMES);
        assertThat(Channel.of("")).isEqualTo(Channel.NAMES);
    }

    @Test
    void aRepeatedKeyWeighsByItsCount() {
        Similarity terms = new Similarity(new Similarity.Weights(Map.of(Channel.TERMS, 1.0)));
        List<String> a = List.of("t:harbour", "t:harbour", "t:harbour", "t:ship", "l:en");
        // cosine of (3, 1) with (1, 0) and with (0, 1)
        assertThat(terms.of(a, List.of("t:harbour", "l:en"), k -> 1.0)).isCloseTo(3 / Math.sqrt(10), within(1e-9));
        assertThat(terms.of(a, List.of("t:ship", "l:en"), k -> 1.0)).isCloseTo(1 / Math.sqrt(10), within(1e-9));
        assertThat(terms.of(a, a, k -> 1.0)).isCloseTo(1.0, within(1e-9));
        assertThat(terms.of(List.of("t:harbour", "l:en"), a, k -> 1.0)).isCloseTo(3 / Math.sqrt(10), within(1e-9));
    }

    @Test
    void aComparisonAcrossLanguagesIsScaledUpAndCappedAtOne() {
        Similarity scaled = new Similarity(new Similarity.Weights(Map.of(Channel.NAMES, 1.0, Channel.WORDS, 1.0), 1.5));
        List<String> en = List.of("kowal", "veste", "w:presi", "w:treat", "l:en");
        List<String> fr = List.of("kowal", "other", "w:presi", "w:trait", "l:fr");
        List<String> en2 = List.of("kowal", "other", "w:presi", "w:trait", "l:en");
        assertThat(scaled.of(en, en2, k -> 1.0)).isCloseTo(0.5, within(1e-9));
        assertThat(scaled.of(en, fr, k -> 1.0)).isCloseTo(0.75, within(1e-9));
        assertThat(scaled.of(en, List.of("kowal", "veste", "w:presi", "w:treat", "l:fr"), k -> 1.0)).isCloseTo(1.0, within(1e-9));
        // an article of unknown language is not scaled
        assertThat(scaled.of(en, List.of("kowal", "other", "w:presi", "w:trait"), k -> 1.0)).isCloseTo(0.5, within(1e-9));
        assertThatThrownBy(() -> new Similarity.Weights(Map.of(Channel.NAMES, 1.0), 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
