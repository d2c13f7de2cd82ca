package io.newsweave.server;

import io.newsweave.story.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The orders of a story's timeline: by date as built, newest first, most important first. */
class TimelineOrderTest {

    /** An entry on {@code date} named {@code text}, with one source per language given. */
    private static TimelineEntry entry(String text, String date, String... languages) {
        List<TimelineEntry.Source> sources = new ArrayList<>();
        for (int i = 0; i < languages.length; i++) {
            sources.add(new TimelineEntry.Source(text + "-" + i, text, 0, text.length(), languages[i]));
        }
        return new TimelineEntry(date, date.length() == 10 ? "day" : "month", TimelineEntry.CURRENT, text, "en", sources, List.of());
    }

    /** A timeline in date order, as built: a month before its days, ties of date in the builder's order. */
    private static final List<TimelineEntry> TIMELINE = List.of(
            entry("month", "2021-12", "en"),
            entry("twoEnglish", "2021-12-04", "en", "en"),
            entry("englishFrench", "2021-12-07", "en", "fr"),
            entry("german", "2021-12-07", "de"),
            entry("dutch", "2021-12-07", "nl"),
            entry("threeEnglish", "2022-01-03", "en", "en", "en"),
            entry("laterEnglishFrench", "2022-01-03", "fr", "en"));

    private static List<String> texts(List<TimelineEntry> timeline) {
        return timeline.stream().map(TimelineEntry::text).toList();
    }

    @Test
    void byDateIsTheTimelineAsBuilt() {
        assertThat(TimelineOrder.DATE.sort(TIMELINE)).isSameAs(TIMELINE);
        assertThat(TimelineOrder.DATE.param()).isEqualTo("date");
    }

    @Test
    void newestFirstReversesTheDatesAndKeepsTiesInTheirOrder() {
        assertThat(texts(TimelineOrder.NEWEST.sort(TIMELINE))).containsExactly("threeEnglish", "laterEnglishFrench", "englishFrench",
                "german", "dutch", "twoEnglish", "month");
    }

    @Test
    void mostImportantFirstRanksBySourcesThenLanguagesThenDateThenPosition() {
        assertThat(texts(TimelineOrder.IMPORTANCE.sort(TIMELINE))).containsExactly(
                "threeEnglish", // three sources
                "englishFrench", "laterEnglishFrench", // two sources in two languages, the earlier first
                "twoEnglish", // two sources in one language
                "month", "german", "dutch"); // one source each: by date, the month before its days, then as built
        assertThat(TimelineOrder.IMPORTANCE.param()).isEqualTo("importance");
        assertThat(TIMELINE.getFirst().text()).as("the timeline itself is not reordered").isEqualTo("month");
    }
}
