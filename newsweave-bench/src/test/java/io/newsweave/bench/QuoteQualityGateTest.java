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
 * them): span and speaker precision/recall at the default configuration. Floors sit a little under
 * the measured figures (docs/QUALITY.md) and only move up. Skips when ../shared is absent.
 */
class QuoteQualityGateTest {

    /** Measured: exact spans P 0.961 R 0.903; overlap F1 0.946; speakers P 0.795 R 0.628. */
    static final double FLOOR_EXACT_PRECISION = 0.94;
    static final double FLOOR_EXACT_RECALL = 0.88;
    static final double FLOOR_OVERLAP_F1 = 0.93;
    static final double FLOOR_SPEAKER_PRECISION = 0.77;
    static final double FLOOR_SPEAKER_RECALL = 0.61;

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
    void quoteSpansAndSpeakersOnPolnearDevStayAboveTheirFloors() throws IOException {
        QuoteEval.Result r = QuoteEval.evaluate(dev(), QuoteFinder.Config.defaults());
        assertThat(r.documents()).isGreaterThanOrEqualTo(80);
        assertThat(r.gold()).isGreaterThan(700);
        assertThat(r.exact().precision()).as("exact span precision").isGreaterThanOrEqualTo(FLOOR_EXACT_PRECISION);
        assertThat(r.exact().recall()).as("exact span recall").isGreaterThanOrEqualTo(FLOOR_EXACT_RECALL);
        assertThat(r.overlap().f1()).as("overlap span F1").isGreaterThanOrEqualTo(FLOOR_OVERLAP_F1);
        assertThat(r.speaker().precision()).as("speaker precision").isGreaterThanOrEqualTo(FLOOR_SPEAKER_PRECISION);
        assertThat(r.speaker().recall()).as("speaker recall").isGreaterThanOrEqualTo(FLOOR_SPEAKER_RECALL);
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
