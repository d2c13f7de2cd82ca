package io.newsweave.server;

import java.time.LocalDate;
import java.util.SortedMap;

/**
 * How active a story is at the reference day (the newest publication day in the store, never
 * after today): its articles of the last {@value #RECENT_DAYS} days against those of the
 * {@value #BEFORE_DAYS} days before. A story is {@link Trend#NEW} when it began within the recent
 * days, {@link Trend#RISING} when its recent daily rate is at least twice the rate before (and it
 * has at least two recent articles), {@link Trend#FADING} when it had articles before but none
 * lately. Publication days only: the store dates articles by day. Immutable.
 *
 * @param recent articles published in the last {@value #RECENT_DAYS} days up to the reference day
 * @param before articles published in the {@value #BEFORE_DAYS} days before those
 * @param trend  what the counts say
 */
public record Activity(int recent, int before, Trend trend) {

    public static final int RECENT_DAYS = 2;
    public static final int BEFORE_DAYS = 7;
    static final Activity NONE = new Activity(0, 0, Trend.STEADY);

    /** What a story's recent counts say; {@link #STEADY} is not shown. */
    public enum Trend { NEW, RISING, STEADY, FADING }

    /** The activity of a story with {@code days} (articles per publication day) at {@code reference}. */
    static Activity of(SortedMap<LocalDate, Integer> days, LocalDate reference) {
        if (reference == null || days.isEmpty()) {
            return NONE;
        }
        LocalDate recentStart = reference.minusDays(RECENT_DAYS - 1);
        LocalDate beforeStart = recentStart.minusDays(BEFORE_DAYS);
        int recent = sum(days.subMap(recentStart, reference.plusDays(1)));
        int before = sum(days.subMap(beforeStart, recentStart));
        Trend trend;
        if (recent > 0 && !days.firstKey().isBefore(recentStart)) {
            trend = Trend.NEW;
        } else if (recent >= 2 && (double) recent / RECENT_DAYS >= 2.0 * before / BEFORE_DAYS) {
            trend = Trend.RISING;
        } else if (recent == 0 && before > 0) {
            trend = Trend.FADING;
        } else {
            trend = Trend.STEADY;
        }
        return new Activity(recent, before, trend);
    }

    private static int sum(SortedMap<LocalDate, Integer> days) {
        int n = 0;
        for (int c : days.values()) {
            n += c;
        }
        return n;
    }
}
