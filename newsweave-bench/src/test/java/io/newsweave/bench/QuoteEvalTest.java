package io.newsweave.bench;

import io.newsweave.quote.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@link QuoteEval} scores a speaker a quote took from the quote before it. */
class QuoteEvalTest {

    //                                 0         1         2         3         4
    //                                 0123456789012345678901234567890123456789012345
    private static final String TEXT = "\"We will win,\" he said. \"We are ready.\" Ann Lee";

    private static Quote quote(int start, int end, String name, int speakerStart, int speakerEnd) {
        return new Quote("a1", start, end, TEXT.substring(start, end), name, "e-kim", speakerStart, speakerEnd, "said", "en", null);
    }

    @Test
    void anInheritedSpeakerIsRightWhenTheLendingQuotesSpanIsTheGoldSource() {
        Quote first = quote(1, 12, "Tom Kim", 15, 17);
        Quote second = quote(25, 38, "Tom Kim", -1, -1);
        List<Quote> predicted = List.of(first, second);
        assertThat(QuoteEval.rightLender(second, predicted, List.of(new QuoteEval.Range(15, 17)))).isTrue();
        assertThat(QuoteEval.rightLender(second, predicted, List.of(new QuoteEval.Range(40, 47)))).isFalse();
        assertThat(QuoteEval.rightLender(first, predicted, List.of(new QuoteEval.Range(15, 17))))
                .as("a quote with its own span is scored by that span, not here").isFalse();
    }

    @Test
    void aSpeakerNotTakenFromTheQuoteBeforeIsNotCreditedToIt() {
        Quote first = quote(1, 12, "Tom Kim", 15, 17);
        Quote other = quote(25, 38, "Ann Lee", -1, -1);
        assertThat(QuoteEval.rightLender(other, List.of(first, other), List.of(new QuoteEval.Range(15, 17)))).isFalse();
        Quote alone = quote(25, 38, "Tom Kim", -1, -1);
        assertThat(QuoteEval.rightLender(alone, List.of(alone), List.of(new QuoteEval.Range(15, 17)))).isFalse();
    }
}
