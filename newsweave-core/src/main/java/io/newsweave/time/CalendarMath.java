package io.newsweave.time;

import io.newsweave.time.DateExpression.Direction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Calendar arithmetic for resolving partial dates. Pure functions. */
final class CalendarMath {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;
    private static final int[] MAX_DAY = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private CalendarMath() {
    }

    static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Longest month length, counting February 29. */
    static int maxDay(int month) {
        return month >= 1 && month <= 12 ? MAX_DAY[month - 1] : 0;
    }

    static boolean valid(int y, int m, int d) {
        return inRange(y) && m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth();
    }

    /** The instance of {@code wd} that a weekday mention with direction {@code dir} names from {@code p}. */
    static LocalDate weekday(LocalDate p, DayOfWeek wd, Direction dir) {
        int back = Math.floorMod(p.getDayOfWeek().getValue() - wd.getValue(), 7);
        int ahead = Math.floorMod(wd.getValue() - p.getDayOfWeek().getValue(), 7);
        return switch (dir) {
            case PAST_STRICT -> p.minusDays(back == 0 ? 7 : back);
            case PAST, UNMARKED -> p.minusDays(back);
            case FUTURE -> p.plusDays(ahead);
            case FUTURE_STRICT -> p.plusDays(ahead == 0 ? 7 : ahead);
        };
    }

    /** The {@code month}-{@code day} nearest to {@code ref}, or {@code null} if none is valid. */
    static LocalDate nearest(int month, int day, LocalDate ref) {
        LocalDate best = null;
        long bestDist = Long.MAX_VALUE;
        for (int y = ref.getYear() - 4; y <= ref.getYear() + 4; y++) {
            if (valid(y, month, day)) {
                LocalDate d = LocalDate.of(y, month, day);
                long dist = Math.abs(ChronoUnit.DAYS.between(ref, d));
                if (dist < bestDist) {
                    best = d;
                    bestDist = dist;
                }
            }
        }
        return best;
    }

    /** Past: latest on or before {@code ref}; future: earliest on or after; unmarked: nearest. */
    static LocalDate directed(int month, int day, LocalDate ref, Direction dir) {
        if (dir == Direction.UNMARKED) {
            return nearest(month, day, ref);
        }
        boolean future = dir.future();
        int step = future ? 1 : -1;
        for (int y = ref.getYear(), n = 0; n < 9; y += step, n++) {
            if (valid(y, month, day)) {
                LocalDate d = LocalDate.of(y, month, day);
                if (future ? !d.isBefore(ref) : !d.isAfter(ref)) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The {@code month}-{@code day} falling on {@code wd} nearest to {@code ref}, within 14 years. */
    static LocalDate matchingWeekday(int month, int day, DayOfWeek wd, LocalDate ref) {
        LocalDate best = null;
        long bestDist = Long.MAX_VALUE;
        for (int y = ref.getYear() - 14; y <= ref.getYear() + 14; y++) {
            if (valid(y, month, day)) {
                LocalDate d = LocalDate.of(y, month, day);
                long dist = Math.abs(ChronoUnit.DAYS.between(ref, d));
                if (d.getDayOfWeek() == wd && dist < bestDist) {
                    best = d;
                    bestDist = dist;
                }
            }
        }
        return best;
    }

    /** The month a bare month name names from {@code p}. */
    static YearMonth month(int month, LocalDate p, Direction dir) {
        int pm = p.getMonthValue();
        int y = p.getYear();
        return switch (dir) {
            case PAST, UNMARKED -> YearMonth.of(month <= pm ? y : y - 1, month);
            case PAST_STRICT -> YearMonth.of(month < pm ? y : y - 1, month);
            case FUTURE -> YearMonth.of(month >= pm ? y : y + 1, month);
            case FUTURE_STRICT -> YearMonth.of(month > pm ? y : y + 1, month);
        };
    }
}
