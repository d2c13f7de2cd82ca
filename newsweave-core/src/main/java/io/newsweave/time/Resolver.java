package io.newsweave.time;

import io.newsweave.model.Timex;
import io.newsweave.time.DateExpression.Kind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns mentions into {@link Timex}es against a publication date, and places day-month mentions
 * in a year before that date is known. Stateless.
 *
 * <p>Unresolvable values keep TimeML's placeholders: {@code XXXX-01-10}, {@code XXXX-06},
 * {@code XXXX-WXX-2} (a Tuesday) and {@code XXXX-XX-XX} (a relative day).
 */
final class Resolver {

    static final String ABSOLUTE = "absolute";
    static final String PUBLISHED = "published";
    static final String CONTEXT = "context";

    /** A day-month placed in a year; {@code byPrior} when only the stream's context date placed it. */
    record Placed(LocalDate date, String anchor, boolean byPrior) {
    }

    private Resolver() {
    }

    /**
     * Places a day-month without a publication date: by its written weekday (the year where it
     * matches, nearest the nearest full date, bare year or context date), else nearest the
     * nearest full date in the text, else nearest the context date. {@code null} when nothing
     * places it.
     */
    static Placed withoutPublication(Tokens t, DateExpression m, List<DateExpression> all, LocalDate context) {
        DateExpression full = nearest(t, m, all, Kind.FULL_DATE, false);
        if (m.weekday() != null) {
            DateExpression year = nearest(t, m, all, Kind.YEAR, false);
            LocalDate ref = full != null ? date(full) : year != null ? LocalDate.of(year.year(), 7, 1) : context;
            LocalDate d = ref == null ? null : CalendarMath.matchingWeekday(m.month(), m.day(), m.weekday(), ref);
            return d == null ? null : new Placed(d, CONTEXT, full == null && year == null);
        }
        if (full != null) {
            return new Placed(CalendarMath.nearest(m.month(), m.day(), date(full)), CONTEXT, false);
        }
        if (context != null) {
            LocalDate d = CalendarMath.nearest(m.month(), m.day(), context);
            return d == null ? null : new Placed(d, CONTEXT, true);
        }
        return null;
    }

    /**
     * Places a day-month given the publication date: by its written weekday, else nearest a full
     * date in the same sentence, else by its direction from the publication date.
     */
    static Placed withPublication(Tokens t, DateExpression m, List<DateExpression> all, LocalDate p) {
        if (m.weekday() != null) {
            LocalDate d = CalendarMath.matchingWeekday(m.month(), m.day(), m.weekday(), p);
            if (d != null) {
                return new Placed(d, PUBLISHED, false);
            }
        }
        DateExpression full = nearest(t, m, all, Kind.FULL_DATE, true);
        if (full != null) {
            return new Placed(CalendarMath.nearest(m.month(), m.day(), date(full)), CONTEXT, false);
        }
        LocalDate d = CalendarMath.directed(m.month(), m.day(), p, m.direction());
        return d == null ? null : new Placed(d, PUBLISHED, false);
    }

    static LocalDate date(DateExpression full) {
        return LocalDate.of(full.year(), full.month(), full.day());
    }

    /** Timexes for all mentions; {@code p} may be {@code null} (the article is undated). */
    static List<Timex> timexes(Tokens t, List<DateExpression> mentions, LocalDate p) {
        List<Timex> out = new ArrayList<>(mentions.size());
        LocalDate lastDay = null;
        int lastSentence = -1;
        for (int k = 0; k < mentions.size(); k++) {
            DateExpression m = mentions.get(k);
            Timex x;
            if (m.kind() == Kind.TIME) {
                LocalDate day = lastSentence == t.sentence[m.first()] ? lastDay : nextDay(t, mentions, k, p);
                String base = day != null ? day.toString() : p != null ? p.toString() : "XXXX-XX-XX";
                x = new Timex(m.start(), m.end(), m.text(t.text), base + m.extra().time(), "time",
                        day != null ? CONTEXT : PUBLISHED, "TIME", null);
            } else if (m.kind() == Kind.PERIOD && "ctx".equals(m.extra().literal())) {
                LocalDate ref = lastDay != null ? lastDay : p;
                x = new Timex(m.start(), m.end(), m.text(t.text), PeriodValues.period(m, ref),
                        PeriodValues.granularity(m), lastDay != null ? CONTEXT : PUBLISHED);
            } else {
                x = timex(t, m, mentions, p);
            }
            x = finish(m, x);
            out.add(x);
            if (x.value().length() >= 10 && Character.isDigit(x.value().charAt(0)) && x.value().charAt(4) == '-'
                    && x.value().length() > 7 && Character.isDigit(x.value().charAt(8))) {
                lastDay = LocalDate.parse(x.value().substring(0, 10));
                lastSentence = t.sentence[m.last()];
            }
        }
        return out;
    }

    /** The day of the first day-level mention after {@code k} in the same sentence, or {@code null}. */
    private static LocalDate nextDay(Tokens t, List<DateExpression> all, int k, LocalDate p) {
        int s = t.sentence[all.get(k).first()];
        for (int j = k + 1; j < all.size() && t.sentence[all.get(j).first()] == s; j++) {
            DateExpression o = all.get(j);
            if (o.kind() == Kind.WEEKDAY || o.kind() == Kind.RELATIVE || o.kind() == Kind.DAY_MONTH
                    || o.kind() == Kind.FULL_DATE) {
                String v = timex(t, o, all, p).value();
                return Character.isDigit(v.charAt(0)) ? LocalDate.parse(v.substring(0, 10)) : null;
            }
        }
        return null;
    }

    /** Adds the time of day, the modifier and the TIMEX3 type. */
    private static Timex finish(DateExpression m, Timex x) {
        DateExpression.Extra e = m.extra();
        if (e == null || m.kind() == Kind.TIME) {
            return x;
        }
        String value = x.value();
        String type = switch (m.kind()) {
            case DURATION -> "DURATION";
            case SET -> "SET";
            default -> "DATE";
        };
        String gran = x.granularity();
        if (e.time() != null && value.length() == 10) {
            value = value + e.time();
            type = "TIME";
            gran = "time";
        }
        return new Timex(x.start(), x.end(), x.text(), value, gran, x.anchor(), type, e.mod());
    }

    private static Timex timex(Tokens t, DateExpression m, List<DateExpression> all, LocalDate p) {
        String text = m.text(t.text);
        return switch (m.kind()) {
            case PERIOD -> new Timex(m.start(), m.end(), text, PeriodValues.period(m, p), PeriodValues.granularity(m),
                    m.extra().literal() != null && m.year() != 0 ? ABSOLUTE : PUBLISHED);
            case DURATION -> new Timex(m.start(), m.end(), text, PeriodValues.duration(m.extra()), "duration",
                    ABSOLUTE);
            case SET -> new Timex(m.start(), m.end(), text, m.extra().literal(), "set", ABSOLUTE);
            case VAGUE -> new Timex(m.start(), m.end(), text, m.extra().literal(), "vague", PUBLISHED);
            case TIME -> new Timex(m.start(), m.end(), text, (p == null ? "XXXX-XX-XX" : p.toString())
                    + m.extra().time(), "time", PUBLISHED);
            case FULL_DATE -> day(m, text, date(m), ABSOLUTE);
            case MONTH_YEAR -> new Timex(m.start(), m.end(), text, YearMonth.of(m.year(), m.month()).toString(),
                    "month", ABSOLUTE);
            case YEAR -> new Timex(m.start(), m.end(), text, Integer.toString(m.year()), "year", ABSOLUTE);
            case DAY_MONTH -> {
                Placed pl = p != null ? withPublication(t, m, all, p) : withoutPublication(t, m, all, null);
                yield pl == null
                        ? new Timex(m.start(), m.end(), text, "XXXX-" + two(m.month()) + "-" + two(m.day()), "day",
                                PUBLISHED)
                        : day(m, text, pl.date(), pl.anchor());
            }
            case MONTH -> new Timex(m.start(), m.end(), text,
                    p == null ? "XXXX-" + two(m.month()) : CalendarMath.month(m.month(), p, m.direction()).toString(),
                    "month", PUBLISHED);
            case WEEKDAY -> p == null
                    ? new Timex(m.start(), m.end(), text, "XXXX-WXX-" + m.weekday().getValue(), "day", PUBLISHED)
                    : day(m, text, CalendarMath.weekday(p, m.weekday(), m.direction()), PUBLISHED);
            case RELATIVE -> p == null
                    ? new Timex(m.start(), m.end(), text, "XXXX-XX-XX", "day", PUBLISHED)
                    : day(m, text, p.plusDays(m.offset()), PUBLISHED);
        };
    }

    private static Timex day(DateExpression m, String text, LocalDate d, String anchor) {
        return new Timex(m.start(), m.end(), text, d.toString(), "day", anchor);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** The mention of {@code kind} nearest to {@code m} in the text, optionally in its sentence only. */
    private static DateExpression nearest(Tokens t, DateExpression m, List<DateExpression> all, Kind kind, boolean sameSentenceOnly) {
        DateExpression best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateExpression o : all) {
            if (o.kind() != kind || o == m) {
                continue;
            }
            int dist = o.start() > m.start() ? o.start() - m.end() : m.start() - o.end();
            if (sameSentenceOnly && (dist > 200 || t.sentence[o.first()] != t.sentence[m.first()])) {
                continue;
            }
            if (dist < bestDist) {
                best = o;
                bestDist = dist;
            }
        }
        return best;
    }
}
