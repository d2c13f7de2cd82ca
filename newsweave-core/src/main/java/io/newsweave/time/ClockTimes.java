package io.newsweave.time;

import io.newsweave.time.DateExpression.Extra;
import io.newsweave.time.DateExpression.Kind;

/**
 * Clock times, over tokens:
 *
 * <pre>
 * time := hour [(":" | "." | "h") minute] (ampm | "Uhr" | "h" | "heures" | "horas") [zone]
 *       | hour ":" minute [ampm] [zone]
 *       | "15h30" | "noon" | "midnight" | "midi" | "mediodia" | "mezzogiorno"
 * ampm := "a.m." | "am" | "p.m." | "pm"
 * </pre>
 *
 * The mention has no day of its own; the resolver attaches it to a day of its sentence, else to
 * the publication day. Stateless.
 */
final class ClockTimes {

    private ClockTimes() {
    }

    static DateExpression at(Tokens t, int i) {
        String k = t.key[i];
        if (t.kind[i] == Tokens.WORD) {
            return switch (k) {
                case "noon", "midi", "mediodia", "mezzogiorno", "mittag" -> time(t, i, i, 12, 0);
                case "midnight", "minuit", "medianoche", "mezzanotte", "mitternacht" -> time(t, i, i, 24, 0);
                default -> null;
            };
        }
        if (t.kind[i] == Tokens.MIXED) {
            return glued(t, i);
        }
        if (t.kind[i] != Tokens.NUMBER || t.digits[i] > 2 || t.value[i] > 24) {
            return null;
        }
        if (i > 0 && t.isNumber(i - 1) && !t.spaceAfter(i - 1) && t.gapLength(i - 1) <= 1) {
            return null;
        }
        int hour = t.value[i];
        int minute = 0;
        int last = i;
        boolean colon = false;
        if (i + 1 < t.size && t.isNumber(i + 1) && t.digits[i + 1] == 2 && t.value[i + 1] < 60
                && (t.gapExactly(i, ':') || t.gapExactly(i, '.') || t.gapIs(i, 'h'))) {
            colon = t.gapExactly(i, ':');
            minute = t.value[i + 1];
            last = i + 1;
            if (colon && t.isNumber(last + 1) && t.gapExactly(last, ':') && t.digits[last + 1] == 2) {
                last++; // seconds
            }
        }
        int n = last + 1;
        String ampm = ampm(t, n);
        if (ampm != null) {
            if (hour > 12 || hour == 0) {
                return null;
            }
            n = ampm.length() == 3 ? n + 2 : n + 1;
            hour = ampm.startsWith("p") ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            last = n - 1;
        } else if (n < t.size && t.spaceAfter(last) && (t.key[n].equals("uhr") || t.key[n].equals("h")
                || t.key[n].equals("heures") || t.key[n].equals("horas") && last > i)) {
            last = n;
        } else if (!colon) {
            return null;
        }
        if (last + 1 < t.size && Units.zone(t.key[last + 1]) && t.joined(last, 2) && !t.gapIs(last, ',')) {
            last++;
        }
        return time(t, i, last, hour, minute);
    }

    /** "a.m." (returned as "a.m"), "am", "p.m.", "pm" at token {@code n}. */
    private static String ampm(Tokens t, int n) {
        if (n >= t.size || !t.isWord(n) || n == 0 || t.gapLength(n - 1) > 1) {
            return null;
        }
        String k = t.key[n];
        if ((k.equals("am") || k.equals("pm")) && t.sentence[n] == t.sentence[n - 1]) {
            return k;
        }
        if ((k.equals("a") || k.equals("p")) && n + 1 < t.size && t.key[n + 1].equals("m") && t.gapExactly(n, '.')) {
            return k + ".m";
        }
        return null;
    }

    private static DateExpression glued(Tokens t, int i) {
        String k = t.key[i];
        int d = t.digits[i];
        if (d < 1 || d > 2 || k.length() <= d || k.charAt(d) != 'h' || t.value[i] > 24) {
            return null;
        }
        String rest = k.substring(d + 1);
        if (rest.isEmpty()) {
            return time(t, i, i, t.value[i], 0);
        }
        if (rest.length() == 2 && Character.isDigit(rest.charAt(0)) && Character.isDigit(rest.charAt(1))) {
            int m = Integer.parseInt(rest);
            return m < 60 ? time(t, i, i, t.value[i], m) : null;
        }
        return null;
    }

    private static DateExpression time(Tokens t, int first, int last, int hour, int minute) {
        int end = t.end[last];
        if (end < t.text.length() && t.text.charAt(end) == '.' && (t.key[last].equals("m"))) {
            end++; // "p.m." keeps its final dot
        }
        String value = "T" + (hour < 10 ? "0" : "") + hour + ":" + (minute < 10 ? "0" : "") + minute;
        return new DateExpression(Kind.TIME, t.start[first], end, first, last, 0, 0, 0, null, 0, null, null,
                new Extra(null, 0, null, value, null));
    }
}
