package io.newsweave.time;

import io.newsweave.time.DateExpression.Direction;
import io.newsweave.time.DateExpression.Extra;
import io.newsweave.time.Units.Unit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * TIMEX3 values of periods and durations: a unit counted from a reference day ("last week" is
 * {@code 2021-W48}), a quarter or season placed in the year it most plausibly names, a duration
 * such as {@code P3D} or {@code PXY}. Pure functions.
 */
final class PeriodValues {

    private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

    private PeriodValues() {
    }

    /** The value of a period mention {@code m} from reference day {@code p}; {@code null} p gives placeholders. */
    static String period(DateExpression m, LocalDate p) {
        Extra x = m.extra();
        Unit u = x.unit();
        int n = x.count();
        if (u == Unit.DECADE && x.literal() != null) {
            return x.literal();
        }
        if (u == Unit.QUARTER && x.literal() != null || u == Unit.HALF) {
            int q = x.literal().charAt(1) - '0';
            int per = u == Unit.QUARTER ? 3 : 6;
            int year = m.year() != 0 ? m.year() : p == null ? 0
                    : (q <= (p.getMonthValue() - 1) / per + 1 ? p.getYear() : p.getYear() - 1);
            return (year == 0 ? "XXXX" : Integer.toString(year)) + "-" + x.literal();
        }
        if (u == Unit.SEASON) {
            return season(m, p);
        }
        if (p == null) {
            return placeholder(u);
        }
        return switch (u) {
            case SECOND, MINUTE, HOUR, DAY -> p.plusDays(u == Unit.DAY ? n : 0).toString();
            case WEEK -> week(p.plusWeeks(n));
            case WEEKEND -> weekend(p, n, m.direction());
            case MONTH -> YearMonth.from(p).plusMonths(n).toString();
            case QUARTER -> {
                int q0 = p.getYear() * 4 + (p.getMonthValue() - 1) / 3 + n;
                yield Math.floorDiv(q0, 4) + "-Q" + (Math.floorMod(q0, 4) + 1);
            }
            case YEAR -> Integer.toString(p.getYear() + n);
            case DECADE -> Integer.toString(p.getYear() / 10 + n);
            case CENTURY -> String.format(Locale.ROOT, "%02d", p.getYear() / 100 + n);
            default -> p.toString();
        };
    }

    /** The granularity name of a period. */
    static String granularity(DateExpression m) {
        Unit u = m.extra().unit();
        return switch (u) {
            case SECOND, MINUTE, HOUR -> "day";
            case WEEKEND -> "week";
            default -> u.name().toLowerCase(Locale.ROOT);
        };
    }

    static String duration(Extra x) {
        Unit u = x.unit();
        String n = x.count() < 0 ? "X" : Integer.toString(x.count());
        return "P" + (u.clock ? "T" : "") + n + u.letter;
    }

    static String week(LocalDate d) {
        int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + (w < 10 ? "0" : "") + w;
    }

    private static String weekend(LocalDate p, int n, Direction dir) {
        int dow = p.getDayOfWeek().getValue();
        LocalDate base = p.plusWeeks(n);
        if (n == 0 && dow < 6 && dir != null && !dir.future()) {
            base = p.minusWeeks(1);
        }
        return week(base) + "-WE";
    }

    /** Seasons in year order, winter last: winter 2021 runs from December 2021 into 2022. */
    private static String season(DateExpression m, LocalDate p) {
        String s = m.extra().literal();
        if (m.year() != 0) {
            return m.year() + "-" + s;
        }
        if (p == null) {
            return "XXXX-" + s;
        }
        int idx = java.util.Arrays.asList(SEASONS).indexOf(s);
        int month = p.getMonthValue();
        int cy = month <= 2 ? p.getYear() - 1 : p.getYear();
        int cur = month <= 2 || month == 12 ? 3 : (month - 3) / 3;
        int n = m.extra().count();
        boolean future = m.direction() != null && m.direction().future();
        int y;
        if (n < 0) {
            y = idx < cur ? cy : cy - 1;
        } else if (n > 0) {
            y = idx > cur ? cy : cy + 1;
        } else if (future) {
            y = idx >= cur ? cy : cy + 1;
        } else {
            y = idx <= cur ? cy : cy - 1;
        }
        return y + "-" + s;
    }

    private static String placeholder(Unit u) {
        return switch (u) {
            case WEEK, WEEKEND -> "XXXX-WXX";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case DAY, HOUR, MINUTE, SECOND -> "XXXX-XX-XX";
            default -> "XXXX";
        };
    }
}
