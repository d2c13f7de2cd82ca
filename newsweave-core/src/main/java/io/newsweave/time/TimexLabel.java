package io.newsweave.time;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 value as a reader writes it, for pages and terminal lines (the export keeps the ISO
 * 8601 / TIMEX3 value): {@code 192} "the 1920s", {@code 19} "the 20th century", {@code 2021-FA}
 * "autumn 2021", {@code 2021-Q3} "Q3 2021", {@code 2021-H1} "first half of 2021",
 * {@code 2021-W48} "week 48 of 2021", {@code 2021-12} "December 2021",
 * {@code 2021-12-03TNI} "2021-12-03, night", {@code PRESENT_REF} "now", {@code P3D} "3 days".
 * Days and years stay as they are. A value it does not know is returned unchanged; {@code null}
 * gives the empty string. English labels. Stateless and thread-safe.
 */
public final class TimexLabel {

    private static final Pattern DECADE = Pattern.compile("(\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern PART_OF_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|AF|EV|NI|DT)");
    private static final Pattern CLOCK = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2})(:\\d{2})?");
    private static final Pattern DURATION = Pattern.compile("P(T?)(\\d+|X)([YMWDH])");

    private TimexLabel() {
    }

    /** The label of {@code value}; see the class comment. */
    public static String of(String value) {
        if (value == null) {
            return "";
        }
        Matcher m;
        if ((m = DECADE.matcher(value)).matches()) {
            return "the " + m.group(1) + "0s";
        }
        if ((m = CENTURY.matcher(value)).matches()) {
            return "the " + ordinal(Integer.parseInt(m.group(1)) + 1) + " century";
        }
        if ((m = MONTH.matcher(value)).matches()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.group(1) : value;
        }
        if ((m = SEASON.matcher(value)).matches()) {
            String season = switch (m.group(2)) {
                case "SP" -> "spring";
                case "SU" -> "summer";
                case "FA" -> "autumn";
                default -> "winter";
            };
            return season + " " + m.group(1);
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            return "Q" + m.group(2) + " " + m.group(1);
        }
        if ((m = HALF.matcher(value)).matches()) {
            return (m.group(2).equals("1") ? "first" : "second") + " half of " + m.group(1);
        }
        if ((m = WEEK.matcher(value)).matches()) {
            int week = Integer.parseInt(m.group(2));
            return (m.group(3) != null ? "weekend of week " : "week ") + week + " of " + m.group(1);
        }
        if ((m = PART_OF_DAY.matcher(value)).matches()) {
            String part = switch (m.group(2)) {
                case "MO" -> "morning";
                case "AF" -> "afternoon";
                case "EV" -> "evening";
                case "NI" -> "night";
                default -> "daytime";
            };
            return m.group(1) + ", " + part;
        }
        if ((m = CLOCK.matcher(value)).matches()) {
            return m.group(1) + " " + m.group(2);
        }
        if ((m = DURATION.matcher(value)).matches()) {
            String unit = switch (m.group(3)) {
                case "Y" -> "year";
                case "M" -> m.group(1).isEmpty() ? "month" : "minute";
                case "W" -> "week";
                case "D" -> "day";
                default -> "hour";
            };
            return m.group(2).equals("X") ? unit + "s" : m.group(2) + " " + unit + (m.group(2).equals("1") ? "" : "s");
        }
        return switch (value) {
            case "PRESENT_REF" -> "now";
            case "PAST_REF" -> "the past";
            case "FUTURE_REF" -> "the future";
            default -> value;
        };
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
