package io.newsweave.lineage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentTest {

    @Test
    void longestCommonSubsequence() {
        assertThat(Alignment.common(new int[] {1, 2, 3, 4, 5}, new int[] {1, 3, 9, 4, 5})).isEqualTo(4);
        assertThat(Alignment.common(new int[] {1, 2, 3}, new int[] {3, 2, 1})).isEqualTo(1);
        assertThat(Alignment.common(new int[0], new int[] {1})).isZero();
    }

    @Test
    void sharedCountBoundsTheCommonSubsequence() {
        int[] a = {5, 1, 8, 3, 7, 2, 6, 4, 4};
        int[] b = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(Alignment.sharedCount(a, b)).isEqualTo(8).isGreaterThanOrEqualTo(Alignment.common(a, b));
        assertThat(Alignment.sharedCount(new int[] {1, 1}, new int[] {1})).isEqualTo(1);
        LineageRules rules = LineageRules.DEFAULT;
        assertThat(rules.mayTranslate(b, b)).isTrue();
        assertThat(rules.mayTranslate(b, new int[] {9, 10, 11, 12, 13, 14, 15, 16})).isFalse();
        assertThat(rules.mayTranslate(new int[] {1, 2}, new int[] {1, 2})).as("too few anchors").isFalse();
    }

    @Test
    void scoreIsTheShareOfBothLengths() {
        assertThat(Alignment.score(new int[] {1, 2, 3, 4}, new int[] {1, 2, 3, 4})).isEqualTo(1.0);
        assertThat(Alignment.score(new int[] {1, 2, 3, 4}, new int[] {4, 3, 2, 1})).isEqualTo(0.25);
        assertThat(Alignment.score(new int[0], new int[0])).isZero();
    }

    @Test
    void theSameAnchorsInAnotherOrderScoreLowerThanATranslation() {
        int[] original = {1, 2, 3, 4, 5, 6, 7, 8};
        int[] translation = {1, 2, 3, 5, 4, 6, 7, 8};
        int[] independent = {5, 1, 8, 3, 7, 2, 6, 4};
        assertThat(Alignment.score(original, translation)).isGreaterThan(0.8);
        assertThat(Alignment.score(original, independent)).isLessThan(0.5);
    }
}
