package io.newsweave.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.Timex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationDaterTest {

    private final PublicationDater dater = new PublicationDater();

    private static Timex timex(List<Timex> timexes, String text) {
        return timexes.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no timex '" + text + "' in " + timexes));
    }

    @Test
    void undatedFrenchArticleIsDatedByItsPastSaturdayBeforeAFutureTuesdaySeventh() {
        String text = "Macron et Scholz s\u2019exprimeront mardi sur la crise \u00e9nerg\u00e9tique\n"
                + "Les deux dirigeants parleront ensuite Mardi au milieu des tensions, a confirm\u00e9 l\u2019\u00c9lys\u00e9e "
                + "ce samedi, pr\u00e9cisant que les deux hommes organiseraient une r\u00e9union virtuelle 7 d\u00e9cembre.\n"
                + "Ce vendredi le pr\u00e9sident a annonc\u00e9 qu\u2019il pr\u00e9parait \u00ab des mesures \u00bb.\n"
                + "Les prix pourraient encore grimper d\u00e9but 2022.";
        PublicationDater.Dating d = dater.date(text, List.of(), LocalDate.of(2021, 12, 6));
        assertThat(d.published().date()).isEqualTo(LocalDate.of(2021, 12, 4));
        assertThat(d.published().provenance()).isEqualTo(Provenance.INFERRED);
        assertThat(timex(d.timexes(), "ce samedi").value()).isEqualTo("2021-12-04");
        assertThat(timex(d.timexes(), "7 d\u00e9cembre").value()).isEqualTo("2021-12-07");
        assertThat(timex(d.timexes(), "mardi").value()).isEqualTo("2021-12-07");
        assertThat(timex(d.timexes(), "Mardi").value()).isEqualTo("2021-12-07");
        assertThat(timex(d.timexes(), "Ce vendredi").value()).isEqualTo("2021-12-03");
        assertThat(timex(d.timexes(), "début 2022").value()).isEqualTo("2022");
    }

    @Test
    void undatedEnglishArticleIsDatedByADroppedPostDateAndItsWeekdays() {
        String text = "It was a tense call.\n"
                + "The two leaders held a ninety-minute exchange on Tuesday, with trade as the main issue.\n"
                + "The call began at 3:07 p.m. GMT sharp.\n"
                + "Officials had briefed allies on Monday and agreed to stay in close contact, the ministry "
                + "announced on Monday.\n"
                + "The leaders last met in June at a summit in Vienna.\n"
                + "The dispute is reminiscent of 2014 and of the annexation that followed.";
        PublicationDater.Dating d = dater.date(text, List.of("- jane doe (@janedoe) December 7, 2021"), null);
        assertThat(d.published().date()).isEqualTo(LocalDate.of(2021, 12, 7));
        assertThat(d.published().provenance()).isEqualTo(Provenance.INFERRED);
        assertThat(d.published().confidence()).isGreaterThan(0.5);
        assertThat(timex(d.timexes(), "June").value()).isEqualTo("2021-06");
        assertThat(timex(d.timexes(), "2014").value()).isEqualTo("2014");
        assertThat(d.timexes()).extracting(Timex::text).doesNotContain("December 7, 2021", "3", "07");
    }

    @Test
    void declaredDateResolvesAheadOfTuesdayAsTheNextTuesday() {
        String text = "Ahead of his Tuesday video call with the chancellor on Tuesday, the president was scheduled "
                + "to brief allies on Monday. They first met in Geneva on June 16, 2021. "
                + "The conflict has killed thousands since 2014.";
        List<Timex> t = dater.resolve(text, LocalDate.of(2021, 12, 6));
        assertThat(t).filteredOn(x -> x.text().equals("Tuesday")).extracting(Timex::value)
                .containsExactly("2021-12-07", "2021-12-07");
        assertThat(timex(t, "Monday").value()).isEqualTo("2021-12-06");
        assertThat(timex(t, "June 16, 2021").value()).isEqualTo("2021-06-16");
        assertThat(timex(t, "June 16, 2021").anchor()).isEqualTo("absolute");
        assertThat(timex(t, "2014").value()).isEqualTo("2014");
        assertThat(timex(t, "2014").granularity()).isEqualTo("year");
    }

    @Test
    void declaredNewYearDateResolvesLastThursdayAndDecemberDaysIntoThePreviousYear() {
        String text = "The two presidents spoke by phone late on Sunday, three days after the talks of last "
                + "Thursday. They had also met by video on December 7. A summit was held December 21 in Brussels.";
        List<Timex> t = dater.resolve(text, LocalDate.of(2022, 1, 3));
        assertThat(timex(t, "late on Sunday").value()).isEqualTo("2022-01-02");
        assertThat(timex(t, "last Thursday").value()).isEqualTo("2021-12-30");
        assertThat(timex(t, "December 7").value()).isEqualTo("2021-12-07");
        assertThat(timex(t, "December 21").value()).isEqualTo("2021-12-21");
        assertThat(timex(t, "December 21").anchor()).isEqualTo("published");
    }

    @Test
    void undatedArticleAboutScheduledJanuaryTalksIsDatedBeforeThemWithLowConfidence() {
        String text = "The leaders spoke during a telephone exchange Thursday, the Kremlin said. "
                + "Security guarantees will soon be discussed in bilateral talks. January 10 in Geneva. "
                + "The minister met his counterpart Wednesday. "
                + "The Geneva talks will be followed on January 12 by a NATO meeting.";
        PublicationDater.Dating d = dater.date(text, List.of(), LocalDate.of(2021, 12, 7));
        assertThat(timex(d.timexes(), "January 10").value()).isEqualTo("2022-01-10");
        assertThat(timex(d.timexes(), "January 12").value()).isEqualTo("2022-01-12");
        Published p = d.published();
        assertThat(p.provenance()).isEqualTo(Provenance.INFERRED);
        assertThat(p.date()).isBefore(LocalDate.of(2022, 1, 10));
        assertThat(p.confidence()).isLessThan(0.5);
    }

    @Test
    void emptyTextIsUnknownWithNoTimexes() {
        PublicationDater.Dating d = dater.date("", List.of(), LocalDate.of(2021, 12, 6));
        assertThat(d.published()).isEqualTo(Published.UNKNOWN);
        assertThat(d.timexes()).isEmpty();
        assertThat(dater.resolve("", LocalDate.of(2021, 12, 6))).isEmpty();
    }

    @Test
    void contextDateAloneNeverDatesAnArticle() {
        PublicationDater.Dating d = dater.date("The minister spoke on Tuesday about the budget.", null,
                LocalDate.of(2021, 12, 6));
        assertThat(d.published()).isEqualTo(Published.UNKNOWN);
        assertThat(timex(d.timexes(), "Tuesday").value()).isEqualTo("XXXX-WXX-2");
    }

    @Test
    void dayMonthWithoutAnyReferenceStaysUnresolved() {
        PublicationDater.Dating d = dater.date("Talks are planned. January 10 in Geneva.", List.of(), null);
        assertThat(d.published()).isEqualTo(Published.UNKNOWN);
        assertThat(timex(d.timexes(), "January 10").value()).isEqualTo("XXXX-01-10");
    }

    @Test
    void weekdayNextToADayMonthChoosesTheYearWhereItMatches() {
        PublicationDater.Dating d = dater.date("Le sommet du mardi 7 d\u00e9cembre a \u00e9t\u00e9 bref.", List.of(),
                LocalDate.of(2023, 3, 1));
        assertThat(timex(d.timexes(), "mardi 7 d\u00e9cembre").value()).isEqualTo("2021-12-07");
    }

    @Test
    void datelineAtTheStartOfTheTextIsTheTextDate() {
        PublicationDater.Dating d = dater.date("PARIS, Dec. 7, 2021 \u2014 Ministers met on Monday.", List.of(), null);
        assertThat(d.published().date()).isEqualTo(LocalDate.of(2021, 12, 7));
        assertThat(d.published().provenance()).isEqualTo(Provenance.TEXT);
        assertThat(timex(d.timexes(), "Monday").value()).isEqualTo("2021-12-06");
        PublicationDater.Dating fr = dater.date("7 d\u00e9cembre 2021 - Les ministres se sont r\u00e9unis.",
                List.of(), null);
        assertThat(fr.published().provenance()).isEqualTo(Provenance.TEXT);
    }

    @Test
    void timexOffsetsPointIntoTheText() {
        String text = "\u00ab Hier \u00bb, dit-il, le 1er d\u00e9cembre 2021 \u00e9tait un mercredi ; demain sera mardi.";
        for (Timex t : dater.resolve(text, LocalDate.of(2021, 12, 6))) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void nullTextFailsFast() {
        assertThatThrownBy(() -> dater.date(null, List.of(), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> dater.resolve("x", null)).isInstanceOf(NullPointerException.class);
    }
}
