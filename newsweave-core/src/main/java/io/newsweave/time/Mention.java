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
 */
record Mention(Kind kind, int start, int end, int first, int last, int year, int month, int day,
               DayOfWeek weekday, int offset, Lexicon.Modifier modifier, Direction direction) {

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
        RELATIVE
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

    Mention withDirection(Direction d) {
        return new Mention(kind, start, end, first, last, year, month, day, weekday, offset, modifier, d);
    }

    /** True when the mention names one calendar day without help ("December 7, 2021"). */
    boolean absoluteDay() {
        return kind == Kind.FULL_DATE;
    }

    String text(String source) {
        return source.substring(start, end);
    }
}
