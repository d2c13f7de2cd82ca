package io.newsweave.time;

import io.newsweave.time.CalendarLexicon.DayName;
import io.newsweave.time.CalendarLexicon.Modifier;
import io.newsweave.time.DateExpression.Kind;
import java.time.DayOfWeek;

/**
 * Weekday expressions: "Tuesday", "ce samedi", "samedi dernier", "el pasado jueves",
 * "quinta-feira passada", and a weekday written before a date ("mardi 7 décembre", "Tuesday,
 * December 7"), which then becomes one day-month or full-date mention carrying its weekday.
 * Stateless.
 */
final class Weekdays {

    private Weekdays() {
    }

    /** A weekday at {@code i}, with an optional date after it, spanning from token {@code from}. */
    static DateExpression at(Tokens t, int i, int from, Modifier mod, int[] votes) {
        DayName dn = t.isWord(i) ? CalendarLexicon.day(t.key[i]) : null;
        if (dn == null) {
            return null;
        }
        int last = i;
        boolean feira = i + 1 < t.size && t.gapExactly(i, '-') && t.key[i + 1].equals("feira");
        if (feira) {
            last = i + 1;
        }
        DateExpression date = dateAfterWeekday(t, last, votes);
        if (date != null) {
            DayOfWeek wd = dn.day();
            return new DateExpression(date.kind(), t.start[from], date.end(), from, date.last(), date.year(),
                    date.month(), date.day(), wd, 0, mod, null);
        }
        if (dn.abbreviation() || (dn.ambiguous() && !feira && !weekdayReading(t, i, mod))) {
            return null;
        }
        if (mod == null && last + 1 < t.size && t.spaceAfter(last) && t.sentence[last] == t.sentence[last + 1]) {
            Modifier after = CalendarLexicon.after(t.key[last + 1]);
            if (after != null && after != Modifier.THIS) {
                mod = after;
                last++;
            }
        }
        return new DateExpression(Kind.WEEKDAY, t.start[from], t.end[last], from, last, 0, 0, 0, dn.day(), 0, mod, null);
    }

    private static DateExpression dateAfterWeekday(Tokens t, int w, int[] votes) {
        int j = w + 1;
        if (j >= t.size || !(t.spaceAfter(w) || t.gapIs(w, ','))) {
            return null;
        }
        String k = t.key[j];
        if ((k.equals("the") || k.equals("le") || k.equals("el") || k.equals("den") || k.equals("il")
                || k.equals("dia") || k.equals("o")) && t.spaceAfter(j)) {
            j++;
        }
        DateExpression m = DateExpressionFinder.dayFirst(t, j, votes);
        if (m == null && CalendarLexicon.month(t.key(j)) != null) {
            m = DateExpressionFinder.monthFirst(t, j, votes);
        }
        return m != null && (m.kind() == Kind.DAY_MONTH || m.kind() == Kind.FULL_DATE) ? m : null;
    }

    /** "quinta" or "Domingo" read as a weekday only with a determiner, lower case, or a modifier. */
    private static boolean weekdayReading(Tokens t, int i, Modifier mod) {
        if (mod != null || (i > 0 && CalendarLexicon.weekdayLead(t.key[i - 1]) && t.spaceAfter(i - 1))) {
            int n = i + 1;
            boolean ordinal = !t.key[i].equals("domingo"); // "a segunda vez" is "the second time"
            return !(ordinal && n < t.size && t.spaceAfter(i) && t.isWord(n) && !t.capital[n]
                    && !TenseCues.functionWord(t.key[n]));
        }
        return t.key[i].equals("domingo") && !t.capital[i];
    }
}
