package io.newsweave.story.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A day, month or year on the calendar, as the timeline shows it. Immutable.
 *
 * @param value       {@code 2021-12-07}, {@code 2021-12} or {@code 2014}
 * @param granularity {@code day}, {@code month} or {@code year}
 * @param from        first day covered
 * @param to          last day covered
 */
record CalendarDate(String value, String granularity, LocalDate from, LocalDate to) {

    static CalendarDate day(LocalDate date) {
        return new CalendarDate(date.toString(), "day", date, date);
    }

    /**
     * Reads a TIMEX3 value: a day ({@code 2021-12-07}, also the date part of a time
     * {@code 2021-12-07T15:07}), a month or a year; {@code null} for anything else (weeks,
     * seasons, decades, durations, references, unknown digits such as {@code XXXX-12-07}).
     */
    static CalendarDate parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() >= 10 && (value.length() == 10 || value.charAt(10) == 'T')) {
                return day(LocalDate.parse(value.substring(0, 10)));
            }
            if (value.length() == 7) {
                YearMonth m = YearMonth.parse(value);
                return new CalendarDate(value, "month", m.atDay(1), m.atEndOfMonth());
            }
            if (value.length() == 4 && value.chars().allMatch(Character::isDigit)) {
                int y = Integer.parseInt(value);
                return new CalendarDate(value, "year", LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
