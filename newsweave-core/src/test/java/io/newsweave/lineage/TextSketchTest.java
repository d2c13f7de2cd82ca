package io.newsweave.lineage;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextSketchTest {

    /** An article of our own, long enough to be compared. */
    static final String ARTICLE = io.newsweave.testing.OwnArticles.STRIKE;

    static final String OTHER = """
            The national weather service issued its highest flood warning for the lower Vistula on Tuesday as heavy \
            rain moved north from the mountains, and towns along the river began filling sandbags.

            Forecasters expect up to 120 millimetres of rain in some places by Thursday. The river in Toruń was \
            already half a metre above its usual level on Tuesday morning, the service said.

            "Residents of low-lying streets should prepare to leave their homes at short notice," the regional \
            governor, Piotr Nowicki, told reporters, adding that schools near the river would close on Wednesday.
            """;

    @Test
    void aTextIsItsOwnCopy() {
        TextSketch a = TextSketch.of(ARTICLE);
        assertThat(a.comparable()).isTrue();
        assertThat(a.resemblance(TextSketch.of(ARTICLE))).isEqualTo(1.0);
        assertThat(a.containedIn(TextSketch.of(ARTICLE))).isEqualTo(1.0);
        assertThat(a.bands()).hasSize(TextSketch.BANDS).containsExactly(TextSketch.of(ARTICLE).bands());
    }

    @Test
    void caseAccentsAndPunctuationDoNotCount() {
        String changed = ARTICLE.toUpperCase(java.util.Locale.ROOT).replace("ń", "n").replace(",", " ;").replace("\"", "«");
        assertThat(TextSketch.of(changed)).isEqualTo(TextSketch.of(ARTICLE));
    }

    @Test
    void aCutCopyIsContainedInItsOriginal() {
        String half = ARTICLE.substring(0, ARTICLE.length() / 2);
        TextSketch cut = TextSketch.of(half);
        TextSketch whole = TextSketch.of(ARTICLE);
        assertThat(cut.containedIn(whole)).isGreaterThan(0.8);
        assertThat(whole.containedIn(cut)).isCloseTo(0.5, within(0.2));
    }

    @Test
    void unrelatedTextsShareAlmostNothing() {
        TextSketch a = TextSketch.of(ARTICLE);
        TextSketch b = TextSketch.of(OTHER);
        assertThat(a.containedIn(b)).isLessThan(0.1);
        assertThat(b.containedIn(a)).isLessThan(0.1);
    }

    @Test
    void shortAndEmptyTextsAreNotCompared() {
        assertThat(TextSketch.of("")).isEqualTo(TextSketch.EMPTY);
        assertThat(TextSketch.of("Three words only")).isEqualTo(TextSketch.EMPTY);
        assertThat(TextSketch.EMPTY.bands()).isEmpty();
        TextSketch headline = TextSketch.of("Harbour workers in Gdańsk walk out after pay talks fail");
        assertThat(headline.shingles()).isPositive();
        assertThat(headline.comparable()).isFalse();
        assertThat(TextSketch.EMPTY.containedIn(headline)).isZero();
    }

    @Test
    void garbledInputGivesASketchWithoutFailing() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0, n = random.nextInt(3000); i < n; i++) {
                s.append((char) random.nextInt(0x3000));
            }
            TextSketch sketch = TextSketch.of(s.toString());
            assertThat(sketch.minHash().length).isIn(0, TextSketch.HASHES);
            assertThat(sketch.containedIn(sketch)).isIn(0.0, 1.0);
        }
    }
}
