package io.newsweave.lineage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineageWindowTest {

    private static LineageFeatures features(String text, String language, String published, long[] findBy) {
        return new LineageFeatures(TextSketch.of(text), new int[0], "https://example.org/" + text.hashCode(),
                "example.org", published, language, findBy);
    }

    private static LineageFeatures features(String text) {
        return features(text, "en", "2026-03-03", new long[0]);
    }

    private static List<String> ids(List<LineageWindow.Found> found) {
        return found.stream().map(f -> f.report().id()).toList();
    }

    @Test
    void findsACopyByItsTextBandsAndRanksByBandsShared() {
        LineageWindow window = new LineageWindow(100);
        window.add("strike", 1, features(TextSketchTest.ARTICLE));
        window.add("flood", 2, features(TextSketchTest.OTHER));
        String half = TextSketchTest.ARTICLE.substring(0, TextSketchTest.ARTICLE.length() / 2);
        window.add("strike-half", 3, features(half));

        List<LineageWindow.Found> found = window.byText(TextSketch.of(TextSketchTest.ARTICLE).bands(), 10);

        assertThat(ids(found)).startsWith("strike").contains("strike-half").doesNotContain("flood");
        assertThat(found.get(0).shared()).isEqualTo(TextSketch.BANDS);
        assertThat(found.get(1).shared()).isLessThan(TextSketch.BANDS);
        assertThat(window.byText(TextSketch.of(TextSketchTest.ARTICLE).bands(), 1)).hasSize(1);
    }

    @Test
    void textAndAnchorBandsAreKeptApart() {
        LineageWindow window = new LineageWindow(10);
        long[] textBands = TextSketch.of(TextSketchTest.ARTICLE).bands();
        // an article whose anchor bands happen to equal another's text bands
        window.add("anchored", 1, features("short", "fr", "2026-03-03", textBands));
        window.add("text", 2, features(TextSketchTest.ARTICLE));

        assertThat(ids(window.byText(textBands, 10))).containsExactly("text");
        assertThat(ids(window.byAnchors(textBands, "en", Integer.MIN_VALUE, 10, 10))).containsExactly("anchored");
        // not in the same language, and within the days asked for
        assertThat(window.byAnchors(textBands, "fr", Integer.MIN_VALUE, 10, 10)).isEmpty();
        int day = (int) java.time.LocalDate.parse("2026-03-03").toEpochDay();
        assertThat(ids(window.byAnchors(textBands, "de", day + 10, 10, 10))).containsExactly("anchored");
        assertThat(window.byAnchors(textBands, "de", day + 11, 10, 10)).isEmpty();
    }

    @Test
    void theOldestArePushedOut() {
        LineageWindow window = new LineageWindow(3);
        long[] bands = TextSketch.of(TextSketchTest.ARTICLE).bands();
        for (int i = 0; i < 5; i++) {
            window.add("copy-" + i, i, features(TextSketchTest.ARTICLE));
        }
        assertThat(window.size()).isEqualTo(3);
        // newest first among equals, and nothing the window no longer holds
        assertThat(ids(window.byText(bands, 10))).containsExactly("copy-4", "copy-3", "copy-2");
    }

    @Test
    void aGrownWindowFindsWhatTheSmallOneHeld() {
        LineageWindow small = new LineageWindow(2);
        small.add("flood", 1, features(TextSketchTest.OTHER));
        small.add("strike", 2, features(TextSketchTest.ARTICLE));
        LineageWindow grown = small.grown(8);
        grown.add("strike-again", 3, features(TextSketchTest.ARTICLE));
        assertThat(grown.size()).isEqualTo(3);
        assertThat(ids(grown.byText(TextSketch.of(TextSketchTest.ARTICLE).bands(), 10))).containsExactly("strike-again", "strike");
        assertThat(ids(grown.byText(TextSketch.of(TextSketchTest.OTHER).bands(), 10))).containsExactly("flood");
        assertThatThrownBy(() -> grown.grown(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBandSharedByManyYieldsOnlyTheNewest() {
        LineageWindow window = new LineageWindow(1_000);
        for (int i = 0; i < 500; i++) {
            window.add("template-" + i, i, features(TextSketchTest.ARTICLE));
        }
        List<LineageWindow.Found> found = window.byText(TextSketch.of(TextSketchTest.ARTICLE).bands(), 1_000);
        assertThat(found).hasSizeLessThanOrEqualTo(LineageWindow.WAYS);
        assertThat(found.get(0).report().id()).isEqualTo("template-499");
    }

    @Test
    void emptyAndUncomparableTextsAreNeverFound() {
        LineageWindow window = new LineageWindow(10);
        window.add("empty", 1, features(""));
        window.add("headline", 2, features("Strike at the port"));
        assertThat(window.byText(new long[0], 10)).isEmpty();
        assertThat(window.byText(TextSketch.of(TextSketchTest.ARTICLE).bands(), 10)).isEmpty();
        assertThat(new LineageWindow(1).byAnchors(new long[] {1, 2, 3}, "en", Integer.MIN_VALUE, 10, 5)).isEmpty();
    }

    @Test
    void randomTextsFindOnlyThemselves() {
        Random random = new Random(7);
        LineageWindow window = new LineageWindow(200);
        String[] texts = new String[300];
        for (int i = 0; i < texts.length; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 80; w++) {
                b.append(Integer.toString(random.nextInt(1_000_000), 36)).append(' ');
            }
            texts[i] = b.toString();
            window.add("r" + i, i, features(texts[i]));
        }
        for (int i = 100; i < texts.length; i++) {
            assertThat(ids(window.byText(TextSketch.of(texts[i]).bands(), 5))).containsExactly("r" + i);
        }
        // pushed out of the window of 200: no longer found
        assertThat(window.byText(TextSketch.of(texts[0]).bands(), 5)).isEmpty();
    }

    @Test
    void readsIsoDaysAsTheGeneralParserDoes() {
        for (String day : new String[] {"2021-12-07", "2024-02-29", "1999-12-31", "2030-01-01"}) {
            assertThat(LineageWindow.epochDay(day)).isEqualTo(java.time.LocalDate.parse(day).toEpochDay());
        }
        assertThatThrownBy(() -> LineageWindow.epochDay("2021-02-30")).isInstanceOf(java.time.DateTimeException.class);
    }

    @Test
    void aWindowNeedsRoom() {
        assertThatThrownBy(() -> new LineageWindow(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
