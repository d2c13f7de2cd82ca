package io.newsweave.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsweave.model.Published;
import io.newsweave.model.Timex;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Random and hostile input: never throws, offsets stay inside the text, values stay well formed. */
class GarbledInputTest {

    /** The TIMEX3 value grammar the tagger may produce. */
    private static final Pattern VALUE = Pattern.compile("(?:\\d{4}|XXXX)(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?"
            + "|-W(?:\\d{2}|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI))?(?:T(?:\\d{2}:\\d{2}|MO|AF|EV|NI))?"
            + "|\\d{2,3}|PT?(?:\\d+|X)(?:S|M|H|D|W|Y|Q|DE|CE|WE)|(?:PAST|PRESENT|FUTURE)_REF");
    private static final String[] PIECES = {"December", "déc.", "7", "31", "32", "2021", "1899", "2101", ",", ".",
        "-", ":", "'", "’", " ", " ", "\n", "mardi", "last", "next", "Tuesday", "de", "el pasado", "hier", "mañana",
        "la", "1er", "7th", "99999999999999999999", "0", "00", "2021-13-45", "2021-02-29", "quinta", "-feira",
        "Morgen", "am", "in", "since", "aujourd", "hui", "30.02.2021", "\uD83D\uDE00", "\u0000", "é", "ß"};

    private final PublicationDater dater = new PublicationDater();

    @Test
    void randomUnicodeNeverThrowsAndKeepsOffsetsInsideTheText() {
        Random r = new Random(42);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(200);
            for (int i = 0; i < len; i++) {
                sb.append((char) r.nextInt(0x3000));
            }
            check(sb.toString(), r);
        }
    }

    @Test
    void randomDateShapedNoiseNeverThrowsAndYieldsWellFormedValues() {
        Random r = new Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(30);
            for (int i = 0; i < len; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextBoolean() ? " " : "");
            }
            check(sb.toString(), r);
        }
    }

    @Test
    void impossibleDaysAndHugeNumbersAreNotDates() {
        for (String s : List.of("32 December", "February 30", "30 février 2021", "31 April 2021",
                "December 99999999999999999999", "99999999999999999999 December", "2021-02-30", "0 January")) {
            assertThat(dater.resolve(s, LocalDate.of(2021, 12, 6))).as(s).isEmpty();
        }
    }

    @Test
    void leapDayResolvesOnlyInALeapYear() {
        assertThat(dater.resolve("on February 29, 2020", LocalDate.of(2021, 12, 6)))
                .extracting(Timex::value).containsExactly("2020-02-29");
        assertThat(dater.resolve("on February 29, 2021", LocalDate.of(2021, 12, 6))).isEmpty();
        assertThat(dater.resolve("on February 29", LocalDate.of(2021, 12, 6)))
                .extracting(Timex::value).containsExactly("2020-02-29");
    }

    @Test
    void whitespaceOnlyTextIsUnknown() {
        assertThat(dater.date(" \n\t ", List.of("", " "), null).published()).isEqualTo(Published.UNKNOWN);
    }

    private void check(String text, Random r) {
        LocalDate ctx = r.nextBoolean() ? null : LocalDate.of(1990 + r.nextInt(40), 1 + r.nextInt(12), 1);
        PublicationDater.Dating d = dater.date(text, List.of(text), ctx);
        assertThat(d.published()).isNotNull();
        validate(text, d.timexes());
        validate(text, dater.resolve(text, LocalDate.of(2021, 12, 6)));
        DeclaredDates.parse(text).ifPresent(x -> assertThat(x.getYear()).isBetween(1900, 2100));
    }

    private static void validate(String text, List<Timex> timexes) {
        for (Timex t : timexes) {
            assertThat(t.start()).isBetween(0, t.end());
            assertThat(t.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.value()).as(text).matches(VALUE);
        }
    }
}
