package io.newsweave.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeclaredDatesTest {

    private static final LocalDate DEC_6 = LocalDate.of(2021, 12, 6);

    @ParameterizedTest(name = "\"{0}\" is 6 December 2021")
    @ValueSource(strings = {
        "2021-12-06",
        "2021-12-06T10:00:00Z",
        "2021-12-06T10:00:00+01:00",
        "2021-12-06T10:00:00-0500",
        "2021-12-06T10:00:00",
        "2021-12-06T10:00",
        "2021-12-06T10:00:00.123456Z",
        "2021-12-06T10:00:00,5+01:00",
        "2021-12-06 10:00:00",
        "2021-12-06 10:00:00 UTC",
        "2021-12-06T10:00:00+01:00[Europe/Paris]",
        "2021/12/06",
        "  2021-12-06  ",
        "Mon, 06 Dec 2021 10:00:00 GMT",
        "Mon, 06 Dec 2021 10:00:00 +0100",
        "06 Dec 2021 10:00:00 -0800",
        "Mon, 6 Dec 2021 10:00 EST",
        "December 6, 2021",
        "Dec. 6, 2021",
        "6 December 2021",
        "6 décembre 2021",
        "lundi 6 décembre 2021",
        "6 de diciembre de 2021",
        "6. Dezember 2021",
        "6 dicembre 2021",
        "6 de dezembro de 2021",
        "20211206",
        "20211206T100000Z",
        "1638784800",
        "1638784800000",
        "1638784800.5"
    })
    void declaredFormatIsParsed(String raw) {
        assertThat(DeclaredDates.parse(raw)).as(raw).contains(DEC_6);
    }

    @Test
    void dateTimeKeepsTheLocalDateOfItsOwnOffset() {
        assertThat(DeclaredDates.parse("2021-12-06T23:30:00-05:00")).contains(DEC_6);
        assertThat(DeclaredDates.parse("2021-12-06T00:30:00+09:00")).contains(DEC_6);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", "not a date", "2021-13-06", "2021-02-30", "2021-12-32", "32 December 2021", "February 30, 2021",
        "1899-12-31", "2101-01-01", "1 January 1850", "2021-12-06Tgarbage", "2021-12-06T25:00:00",
        "2021-12-06T10:00:00+99:00", "Published by our staff December 6, 2021", "December 2021", "2021",
        "12345", "99999999999999999999", "-1638784800", "1638784800.", "2021-12-06 10:00:00 nonsense",
        "\u0000\uFFFF", "6 décembre", "20211306"
    })
    void nonsenseIsRejected(String raw) {
        assertThat(DeclaredDates.parse(raw)).as(String.valueOf(raw)).isEmpty();
    }

    @Test
    void yearBoundsAreInclusive() {
        assertThat(DeclaredDates.parse("1900-01-01")).contains(LocalDate.of(1900, 1, 1));
        assertThat(DeclaredDates.parse("2100-12-31")).contains(LocalDate.of(2100, 12, 31));
    }
}
