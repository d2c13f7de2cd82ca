package io.newsweave.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a publication date as declared by metadata: ISO 8601 dates and date-times (with
 * {@code Z}, an offset or none, fractional seconds, {@code T} or a space), RFC 1123/822
 * ({@code Mon, 06 Dec 2021 10:00:00 GMT}, also {@code +0100}), epoch seconds or milliseconds,
 * compact {@code 20211206}, and written dates in the six known languages ({@code December 6,
 * 2021}, {@code 6 décembre 2021}).
 *
 * <p>The result is the local date as written in its own offset: {@code 2021-12-06T23:30-05:00}
 * is 6 December, not converted to UTC. Epoch values have no offset and are read in UTC. Years
 * outside 1900..2100, impossible days and strings with other words are rejected. It never
 * throws. It does not read week dates ({@code 2021-W49}), ordinal dates or relative phrases.
 * Stateless and thread-safe.
 */
public final class DeclaredDates {

    private static final Set<String> ZONE_WORDS = Set.of("gmt", "utc", "ut", "z", "t", "est", "edt", "cst", "cdt",
            "mst", "mdt", "pst", "pdt", "cet", "cest", "bst", "eet", "eest", "am", "pm", "a", "p", "m", "at", "um",
            "uhr", "h", "le", "the", "on", "of", "de", "del", "el", "il");
    private static final int MAX_LENGTH = 100;

    private DeclaredDates() {
    }

    /** The declared date in {@code raw}, or empty when it is missing or not a date. */
    public static Optional<LocalDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            LocalDate d = isoShaped(s) ? iso(s) : digitsOnly(s);
            if (d == null && !isoShaped(s)) {
                d = written(s);
            }
            return d != null && CalendarMath.inRange(d.getYear()) ? Optional.of(d) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code 20211206}, {@code 20211206T100000Z}, epoch seconds (9..11 digits) or millis (12..14). */
    private static LocalDate digitsOnly(String s) {
        int n = 0;
        while (n < s.length() && isDigit(s.charAt(n))) {
            n++;
        }
        if (n == 8 && (n == s.length() || s.charAt(8) == 'T')) {
            return ymd(s, 0, 4, 6);
        }
        int frac = n < s.length() && s.charAt(n) == '.' ? n + 1 : n;
        int m = frac;
        while (m < s.length() && isDigit(s.charAt(m))) {
            m++;
        }
        if (m != s.length() || n < 9 || n > 14 || (frac > n && m == frac)) {
            return null;
        }
        long v = Long.parseLong(s.substring(0, n));
        Instant at = n <= 11 ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static boolean isoShaped(String s) {
        return s.length() >= 5 && isDigit(s.charAt(0)) && isDigit(s.charAt(1)) && isDigit(s.charAt(2))
                && isDigit(s.charAt(3)) && (s.charAt(4) == '-' || s.charAt(4) == '/');
    }

    /** {@code yyyy-MM-dd} (or with {@code /}) optionally followed by a time and a zone. */
    private static LocalDate iso(String s) {
        if (s.length() < 10 || !(s.charAt(4) == '-' || s.charAt(4) == '/') || s.charAt(7) != s.charAt(4)) {
            return null;
        }
        LocalDate d = ymd(s, 0, 5, 8);
        if (d == null) {
            return null;
        }
        if (s.length() == 10) {
            return d;
        }
        char sep = s.charAt(10);
        return (sep == 'T' || sep == 't' || sep == ' ') && timeAndZone(s, 11) ? d : null;
    }

    /** {@code HH:mm[:ss[.fff]]} then {@code Z}, {@code ±HH[:]mm}, a zone word or {@code [Region/City]}. */
    private static boolean timeAndZone(String s, int i) {
        int[] pos = {i};
        if (!twoDigits(s, pos, 23) || !colon(s, pos) || !twoDigits(s, pos, 59)) {
            return false;
        }
        if (colon(s, pos)) {
            if (!twoDigits(s, pos, 60)) {
                return false;
            }
            if (pos[0] < s.length() && (s.charAt(pos[0]) == '.' || s.charAt(pos[0]) == ',')) {
                int f = ++pos[0];
                while (pos[0] < s.length() && isDigit(s.charAt(pos[0]))) {
                    pos[0]++;
                }
                if (pos[0] == f) {
                    return false;
                }
            }
        }
        String zone = s.substring(pos[0]).strip();
        int bracket = zone.indexOf('[');
        if (bracket >= 0) {
            if (!zone.endsWith("]")) {
                return false;
            }
            zone = zone.substring(0, bracket);
        }
        if (zone.isEmpty() || zone.equalsIgnoreCase("z") || ZONE_WORDS.contains(zone.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return offset(zone);
    }

    private static boolean offset(String z) {
        if (z.length() < 3 || (z.charAt(0) != '+' && z.charAt(0) != '-')) {
            return false;
        }
        String rest = z.substring(1).replace(":", "");
        if (rest.length() != 2 && rest.length() != 4) {
            return false;
        }
        for (int k = 0; k < rest.length(); k++) {
            if (!isDigit(rest.charAt(k))) {
                return false;
            }
        }
        return Integer.parseInt(rest.substring(0, 2)) <= 18;
    }

    /**
     * RFC 1123/822 and written dates: exactly one full date, with nothing else but weekday
     * names, times, zone words and numeric offsets.
     */
    private static LocalDate written(String s) {
        Tokens t = Tokens.of(s);
        int[] votes = TenseCues.vote(t);
        List<DateExpression> mentions = DateExpressionFinder.find(t, votes);
        DateExpression full = null;
        for (DateExpression m : mentions) {
            if (m.kind() == DateExpression.Kind.FULL_DATE && full == null) {
                full = m;
            } else if (m.kind() != DateExpression.Kind.WEEKDAY && m.kind() != DateExpression.Kind.YEAR
                    && m.kind() != DateExpression.Kind.TIME) {
                return null;
            }
        }
        if (full == null) {
            return null;
        }
        for (int i = 0; i < t.size; i++) {
            boolean inside = i >= full.first() && i <= full.last();
            if (!inside && t.kind[i] != Tokens.NUMBER && CalendarLexicon.day(t.key[i]) == null
                    && !ZONE_WORDS.contains(t.key[i])) {
                return null;
            }
        }
        return Resolver.date(full);
    }

    private static LocalDate ymd(String s, int y, int m, int d) {
        for (int k : new int[] {y, y + 1, y + 2, y + 3, m, m + 1, d, d + 1}) {
            if (k >= s.length() || !isDigit(s.charAt(k))) {
                return null;
            }
        }
        int yy = Integer.parseInt(s.substring(y, y + 4));
        int mm = Integer.parseInt(s.substring(m, m + 2));
        int dd = Integer.parseInt(s.substring(d, d + 2));
        return CalendarMath.valid(yy, mm, dd) ? LocalDate.of(yy, mm, dd) : null;
    }

    private static boolean twoDigits(String s, int[] pos, int max) {
        int i = pos[0];
        if (i + 2 > s.length() || !isDigit(s.charAt(i)) || !isDigit(s.charAt(i + 1))) {
            return false;
        }
        pos[0] = i + 2;
        return (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0') <= max;
    }

    private static boolean colon(String s, int[] pos) {
        if (pos[0] < s.length() && s.charAt(pos[0]) == ':') {
            pos[0]++;
            return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
