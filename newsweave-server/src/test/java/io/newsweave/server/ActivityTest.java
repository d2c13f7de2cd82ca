package io.newsweave.server;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityTest {

    private static final LocalDate REF = LocalDate.of(2026, 3, 11);

    private static SortedMap<LocalDate, Integer> days(Object... dayAndCount) {
        SortedMap<LocalDate, Integer> m = new TreeMap<>();
        for (int i = 0; i < dayAndCount.length; i += 2) {
            m.put(REF.minusDays((Integer) dayAndCount[i]), (Integer) dayAndCount[i + 1]);
        }
        return m;
    }

    @Test
    void aStoryThatBeganInTheRecentDaysIsNew() {
        Activity a = Activity.of(days(0, 3, 1, 1), REF);
        assertThat(a).isEqualTo(new Activity(4, 0, Activity.Trend.NEW));
    }

    @Test
    void twiceTheDailyRateOfTheWeekBeforeIsRising() {
        // 6 in the last 2 days (3 a day) against 7 in the 7 days before (1 a day)
        assertThat(Activity.of(days(0, 4, 1, 2, 2, 1, 3, 1, 4, 1, 5, 1, 6, 1, 7, 1, 8, 1), REF).trend())
                .isEqualTo(Activity.Trend.RISING);
        // 2 in the last 2 days (1 a day) against 7 before (1 a day): steady
        assertThat(Activity.of(days(0, 1, 1, 1, 2, 1, 3, 1, 4, 1, 5, 1, 6, 1, 7, 1, 8, 1), REF))
                .isEqualTo(new Activity(2, 7, Activity.Trend.STEADY));
        // one recent article is never rising
        assertThat(Activity.of(days(0, 1, 30, 5), REF).trend()).isEqualTo(Activity.Trend.STEADY);
    }

    @Test
    void articlesBeforeButNoneLatelyIsFading() {
        assertThat(Activity.of(days(3, 2, 9, 5), REF)).isEqualTo(new Activity(0, 2, Activity.Trend.FADING));
        // older than the week before: no longer fading, just quiet
        assertThat(Activity.of(days(20, 5), REF)).isEqualTo(new Activity(0, 0, Activity.Trend.STEADY));
    }

    @Test
    void articlesAfterTheReferenceDayDoNotCount() {
        assertThat(Activity.of(days(-3, 9, 1, 1), REF).recent()).isEqualTo(1);
    }

    @Test
    void noDaysOrNoReferenceIsNoActivity() {
        assertThat(Activity.of(Collections.emptySortedMap(), REF)).isEqualTo(Activity.NONE);
        assertThat(Activity.of(days(0, 4), null)).isEqualTo(Activity.NONE);
    }
}
