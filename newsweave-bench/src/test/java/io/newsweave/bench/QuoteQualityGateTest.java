package io.newsweave.bench;

import io.newsweave.quote.QuoteFinder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality gate for the quote stage on PolNeAR dev (direct quotes as {@link QuoteEval} defines
 * them): span and speaker precision/recall at the default configuration. Scored on both
 * {@link Halves} by document (the article's name) and printed, report half first; the floors gate
 * the report half, each at its measured figure (docs/QUALITY.md) rounded down to two decimals
 * minus 0.01, and only move up. The set has 84 documents, so a half has 42: its figures move
 * more with one article than the whole set's did. Skips when ../shared is absent.
 */
class QuoteQualityGateTest {

    // Report half (42 documents, 394 gold quotes), measured 2026-12-02; tuning half (42, 406) in brackets.
    static final double FLOOR_EXACT_PRECISION = 0.95;   // measured 0.961 (0.962)
    static final double FLOOR_EXACT_RECALL = 0.91;      // measured 0.929 (0.877)
    static final double FLOOR_OVERLAP_F1 = 0.94;        // measured 0.955 (0.938)
    // Speakers, precision first (2026-12-02, issue 17): phrase speakers must name someone, a
    // definite role phrase refers back, a pronoun with two people it could be gets no name. Report
    // half 0.826 / 0.668 -> 0.871 / 0.656 (tuning 0.790 / 0.568 -> 0.845 / 0.548): precision rose,
    // so its floor moved up; recall fell by that trade, and its floor moved down by as much.
    // Scorer corrected the same day: a quote that takes the previous quote's speaker is right when
    // the lending quote's speaker span is the gold source, as an own span is scored (a quote after
    // "“A,” he said." could not be right before). Same predictions: 0.871 / 0.656 -> 0.925 / 0.696.
    static final double FLOOR_SPEAKER_PRECISION = 0.92; // measured 0.936 (0.918), 2026-12-03 night
    static final double FLOOR_SPEAKER_RECALL = 0.69;    // measured 0.704 (0.588)

    private static Path dev() {
        for (String base : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(base, "datasets", "quotes-polnear-dev", "dev");
            if (Files.exists(p)) {
                return p;
            }
        }
        Assumptions.assumeTrue(false, "quotes-polnear-dev absent; skipping");
        return null;
    }

    @Test
    void quoteSpansAndSpeakersOnPolnearDevsReportHalfStayAboveTheirFloors() throws IOException {
        Path dev = dev();
        QuoteEval.Result r = QuoteEval.evaluate(dev, QuoteFinder.Config.defaults(), Halves::report);
        QuoteEval.Result tuning = QuoteEval.evaluate(dev, QuoteFinder.Config.defaults(), Halves::tuning);
        System.out.println("PolNeAR dev, report half: " + r);
        System.out.println("PolNeAR dev, tuning half: " + tuning);
        assertThat(r.documents() + tuning.documents()).as("documents, both halves").isGreaterThanOrEqualTo(80);
        assertThat(r.gold() + tuning.gold()).as("gold direct quotes, both halves").isGreaterThan(700);
        assertThat(r.exact().precision()).as("exact span precision, report half").isGreaterThanOrEqualTo(FLOOR_EXACT_PRECISION);
        assertThat(r.exact().recall()).as("exact span recall, report half").isGreaterThanOrEqualTo(FLOOR_EXACT_RECALL);
        assertThat(r.overlap().f1()).as("overlap span F1, report half").isGreaterThanOrEqualTo(FLOOR_OVERLAP_F1);
        assertThat(r.speaker().precision()).as("speaker precision, report half").isGreaterThanOrEqualTo(FLOOR_SPEAKER_PRECISION);
        assertThat(r.speaker().recall()).as("speaker recall, report half").isGreaterThanOrEqualTo(FLOOR_SPEAKER_RECALL);
    }

    @Test
    void goldDirectQuotesAreQuotedStretchesInsideContent() {
        String text = "He said \u201cwe will win\u201d today.\nThe \u201cBig Show\u201d aired.";
        List<QuoteEval.GoldQuote> gold = QuoteEval.gold(text, List.of(
                "T1\tSource 0 2\tHe", "T2\tCue 3 7\tsaid", "T3\tContent 8 21\t\u201cwe will win\u201d",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"));
        assertThat(gold).hasSize(1);
        assertThat(text.substring(gold.get(0).span().start(), gold.get(0).span().end())).isEqualTo("we will win");
        assertThat(gold.get(0).source()).containsExactly(new QuoteEval.Range(0, 2));
        assertThat(QuoteEval.quoted(text)).hasSize(2);
        assertThat(QuoteEval.quoted("")).isEmpty();
        assertThat(QuoteEval.gold("", List.of())).isEmpty();
    }
}
