package io.newsweave.quote;

import io.newsweave.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Random, garbled and hostile input: no exception, offsets inside the text, linear time. */
class HostileInputTest {

    private static final String ALPHABET = "ab cd\u00e9 XY, .:;!?\n\n\"'\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a\u2014\u2013-said dijo sagte he il \u00a0";

    private final QuoteFinder finder = new QuoteFinder();

    private static void assertSane(Article a, List<Quote> quotes) {
        int previous = -1;
        for (Quote q : quotes) {
            assertThat(q.start()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(q.end());
            assertThat(q.end()).isLessThanOrEqualTo(a.text().length());
            assertThat(q.start()).isGreaterThan(previous);
            previous = q.start();
            if (q.speakerStart() >= 0) {
                assertThat(q.speakerEnd()).isLessThanOrEqualTo(a.text().length());
            }
        }
    }

    @Test
    void randomTextsNeverBreakTheFinder() {
        Random random = new Random(42);
        for (String language : new String[] {"en", "fr", "es", "de", "ru", "und"}) {
            for (int round = 0; round < 300; round++) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(400);
                for (int i = 0; i < length; i++) {
                    b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                Article a = Articles.bare(b.toString(), language);
                assertSane(a, finder.find(a));
            }
        }
    }

    @Test
    void garbledMojibakeAndControlCharactersAreHarmless() {
        String text = "Ã©tÃ© \u00e2\u20ac\u0153said\u00e2\u20ac\u009d \u0000\u0001 \uFFFD\uFFFD \u201c\u201c\u201c\u201d \uD83D\uDE00 \u201cok then\u201d";
        Article a = Articles.bare(text, "en");
        assertSane(a, finder.find(a));
    }

    @Test
    void oneMegabyteOfQuoteMarksStaysFast() {
        for (String unit : new String[] {"\"", "\u201c", "\u00ab", "\u201e\u201c", "'a", "\u2014 ", "\u201c said \u201d "}) {
            String text = unit.repeat(1_000_000 / unit.length());
            Article a = Articles.bare(text, "fr");
            long t0 = System.nanoTime();
            List<Quote> quotes = finder.find(a);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertSane(a, quotes);
            assertThat(ms).as("1 MB of %s", unit).isLessThan(2_000);
        }
    }

    @Test
    void unbalancedMarksOverALongParagraphStayFast() {
        String text = "\u201cHe said " + "word \u2018nested ".repeat(100_000) + "and never closed";
        Article a = Articles.bare(text, "en");
        long t0 = System.nanoTime();
        assertThat(finder.find(a)).isEmpty();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000);
    }
}
