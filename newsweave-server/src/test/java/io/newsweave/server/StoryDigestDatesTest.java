package io.newsweave.server;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Dates mentioned" keeps the dates that matter to a story, not every year its articles name. */
class StoryDigestDatesTest {

    private static StoryDigest.DatedMention m(String value, String article) {
        return new StoryDigest.DatedMention(value, "day", "said " + value, article, "en");
    }

    @Test
    void datesInsideTheSpanStayOutsideOnlyWhenSeveralArticlesCiteThem() {
        List<StoryDigest.DatedMention> dated = List.of(m("1911", "a1"), m("1973", "a1"), m("1973", "a2"), m("2011-03-17", "a1"),
                m("2011-01", "a2"), m("2010-06-01", "a3"), m("P3D", "a1"), m("PRESENT_REF", "a2"), m("2011-W10", "a3"), m("201", "a3"));
        List<String> values = StoryDigest.groups(dated, LocalDate.of(2011, 2, 15), LocalDate.of(2011, 8, 16)).stream()
                .map(StoryDigest.DateGroup::value).toList();
        assertThat(values).containsExactlyInAnyOrder("1973", "2011-03-17", "2011-01", "2011-W10", "201");
    }

    @Test
    void aStoryWithoutDatesKeepsEveryCalendarDate() {
        List<String> values = StoryDigest.groups(List.of(m("1911", "a1"), m("P1Y", "a1")), null, null).stream()
                .map(StoryDigest.DateGroup::value).toList();
        assertThat(values).containsExactly("1911");
    }

    @Test
    void rangesOfEveryValueShapeAndNothingForTheRest() {
        assertThat(StoryDigest.range("2021-12-07T15:07")).containsExactly(LocalDate.of(2021, 12, 7), LocalDate.of(2021, 12, 7));
        assertThat(StoryDigest.range("192")).containsExactly(LocalDate.of(1920, 1, 1), LocalDate.of(1929, 12, 31));
        assertThat(StoryDigest.range("19")).containsExactly(LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31));
        assertThat(StoryDigest.range("2021-FA")).containsExactly(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        for (String none : new String[] {null, "", "P3D", "XXXX-12-07", "PRESENT_REF", "2021-13-45", "9", "abc"}) {
            assertThat(StoryDigest.range(none)).as(none).isNull();
        }
    }
}
