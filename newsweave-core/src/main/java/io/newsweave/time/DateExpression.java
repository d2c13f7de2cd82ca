package io.newsweave.time;

import java.time.DayOfWeek;

/**
 * One date expression found in a text, before resolution. Fields that the expression does not
 * state are 0 or {@code null}.
 *
 * @param kind      what was written
 * @param start     char offset of the first char
 * @param end       char offset after the last char
 * @param first     index of the first token
 * @param last      index of the last token
 * @param year      written year, or 0
 * @param month     written month 1..12, or 0
 * @param day       written day of month, or 0
 * @param weekday   written weekday, or {@code null}
 * @param offset    days from the publication date, for {@link Kind#RELATIVE}
 * @param modifier  "last"/"next"/"this" written with the weekday or month, or {@code null}
 * @param direction tense of the clause around the mention
 * @param extra     what the newer kinds state (unit, count, time of day, TIMEX3 modifier), or {@code null}
 */
record DateExpression(Kind kind, int start, int end, int first, int last, int year, int month, int day,
               DayOfWeek weekday, int offset, CalendarLexicon.Modifier modifier, Direction direction, Extra extra) {

    DateExpression(Kind kind, int start, int end, int first, int last, int year, int month, int day,
            DayOfWeek weekday, int offset, CalendarLexicon.Modifier modifier, Direction direction) {
        this(kind, start, end, first, last, year, month, day, weekday, offset, modifier, direction, null);
    }

    /**
     * What a period, duration, set, vague or clock mention states.
     *
     * @param unit    calendar unit, or {@code null}
     * @param count   units counted (signed offset for a period; -1 for "several" in a duration)
     * @param literal a value part fixed by the words: "Q3", "SU", "199", "PRESENT_REF", "P1D"
     * @param time    time of day to append to the day: "T15:07", "TNI", or {@code null}
     * @param mod     TIMEX3 modifier, or {@code null}
     */
    record Extra(Units.Unit unit, int count, String literal, String time, String mod) {

        Extra withTime(String t) {
            return new Extra(unit, count, literal, t, mod);
        }

        Extra withMod(String m) {
            return new Extra(unit, count, literal, time, m);
        }
    }

    static final Extra NONE = new Extra(null, 0, null, null, null);

    enum Kind {
        /** Day, month and year: "December 7, 2021", "2021-12-07". */
        FULL_DATE,
        /** Day and month: "7 décembre", "January 10", "Tuesday, December 7". */
        DAY_MONTH,
        /** Month and year: "June 2021". */
        MONTH_YEAR,
        /** A month alone after a preposition: "in June". */
        MONTH,
        /** A year after a preposition: "in 2014". */
        YEAR,
        /** A weekday: "Tuesday", "ce samedi", "el pasado jueves". */
        WEEKDAY,
        /** A day counted from the publication date: "yesterday", "demain". */
        RELATIVE,
        /** A calendar unit counted from the publication date: "last week", "three years ago", "Q3". */
        PERIOD,
        /** A length of time: "three days", "los últimos años" (count -1). */
        DURATION,
        /** A recurrence: "daily", "every Monday". */
        SET,
        /** A vague reference: "now", "recently", "in the future". */
        VAGUE,
        /** A clock time without its own day: "3:07 p.m. GMT"; attached to a day of its sentence. */
        TIME
    }

    enum Direction {
        /** Forced past by a written "last", "dernier": strictly before the publication day. */
        PAST_STRICT,
        /** A past cue nearby. */
        PAST,
        /** No cue: read as past, or as the nearest date for day-month. */
        UNMARKED,
        /** A future cue nearby: on or after the publication day. */
        FUTURE,
        /** A written "next", "prochain": strictly after the publication day. */
        FUTURE_STRICT;

        boolean future() {
            return this == FUTURE || this == FUTURE_STRICT;
        }

        boolean strict() {
            return this == PAST_STRICT || this == FUTURE_STRICT;
        }
    }

    DateExpression withDirection(Direction d) {
        return new DateExpression(kind, start, end, first, last, year, month, day, weekday, offset, modifier, d, extra);
    }

    /** This mention over tokens {@code f..l} (chars {@code s..e}) with {@code x} as its extra. */
    DateExpression span(int s, int e, int f, int l, Extra x) {
        return new DateExpression(kind, s, e, f, l, year, month, day, weekday, offset, modifier, direction, x);
    }

    Extra extraOrNone() {
        return extra == null ? NONE : extra;
    }

    /** True when the mention names one calendar day without help ("December 7, 2021"). */
    boolean absoluteDay() {
        return kind == Kind.FULL_DATE;
    }

    String text(String source) {
        return source.substring(start, end);
    }
}
