package io.newsweave.quote;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A quote left open at a paragraph end and closed, with its attribution, in the next one. Texts written for this test. */
class ParagraphQuoteTest {

    private final QuoteFinder finder = new QuoteFinder();
    private final Articles articles = new Articles();

    private List<Quote> find(String text) {
        return finder.find(articles.of("t", text, "en", LocalDate.of(2026, 3, 10)));
    }

    @Test
    void aQuoteClosedWithItsSpeakerInTheNextParagraphIsOneQuote() {
        String text = "The two leaders greeted each other in Lisbon.\n\n\"It is good to see you again.\n\n"
                + "We did not meet at the summit, I hope we will see each other soon, \u201dsaid Helena Duarte.";
        List<Quote> quotes = find(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).startsWith("It is good to see you again.").contains("We did not meet at the summit");
        assertThat(quotes.get(0).speakerName()).isEqualTo("Helena Duarte");
    }

    @Test
    void aPronounAttributionAlsoClosesIt() {
        assertThat(Marks.closedWithAttribution("and we will stay,\u201d he said.", 0, '\u201c')).isTrue();
        assertThat(Marks.closedWithAttribution("and we will stay,\u201d she added.", 0, '"')).isTrue();
    }

    @Test
    void aStrayMarkDoesNotSwallowTheNextParagraph() {
        String text = "He called the plan \"absurd and left.\n\nThe talks ended on Monday without a deal.\n\n"
                + "\u201cWe will come back,\u201d said Marek Kowalczyk.";
        List<Quote> quotes = find(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("We will come back,");
        assertThat(Marks.closedWithAttribution("Later \"we will sue,\" he said.", 0, '"')).isFalse();
        assertThat(Marks.closedWithAttribution("No mark here at all.", 0, '"')).isFalse();
        assertThat(Marks.closedWithAttribution("", 0, '"')).isFalse();
    }
}
