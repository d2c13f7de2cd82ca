package io.newsweave.time;

import io.newsweave.time.CalendarLexicon.Modifier;
import io.newsweave.time.CalendarLexicon.MonthName;
import io.newsweave.time.DateExpression.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds date expressions in a token stream, left to right, longest match first at each token.
 * The grammar, over accent-folded tokens:
 *
 * <pre>
 * date      := iso | dmy | [modifier] weekday [","] [article] (dayFirst | monthFirst)
 *            | dayFirst | monthFirst | [modifier] weekday [afterModifier] | relative | prep year
 * iso       := YYYY "-" MM "-" DD
 * dmy       := DD "." MM "." YYYY          (also with "/" when the order is unambiguous)
 * dayFirst  := day ["."] ["de" | "of"] month [[","] ["de"] year]     "7 décembre", "10 de enero"
 * monthFirst:= month ["."] day [","] [year] | month ["de" | "of"] year | prep month
 * day       := 1..31 | ordinal ("7th", "1er", "1º")
 * </pre>
 *
 * Numbers glued to other numbers ("13,000", "175 000"), times ("3:07") and numbers without a
 * month next to them are not dates. Abbreviated month and weekday names count only next to a
 * day or year; a month alone counts only after a preposition ("in June", "début janvier").
 * Directions are left unset; see {@link Tense}. Stateless.
 */
final class DateExpressionFinder {

    /** Nouns after which a bare four-digit number is a quantity, not a year. */
    private static final java.util.Set<String> QUANTITY_NOUNS = java.util.Set.of("people", "men", "women",
            "gente", "personas", "personnes", "menschen", "persone", "pessoas", "euro", "dollar", "mal", "fois", "veces",
            "volte", "vezes", "times", "km", "kg", "m", "ft");

    /** Prepositions that also introduce quantities: "of 2000 soldiers". */
    private static final java.util.Set<String> QUANTITY_PREP = java.util.Set.of("of", "from", "to", "by", "de",
            "del", "des", "di", "da", "von", "than", "between", "al", "dal", "in", "en", "im", "nel", "em");

    private DateExpressionFinder() {
    }

    static List<DateExpression> find(Tokens t, int[] votes) {
        List<DateExpression> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            DateExpression m = at(t, i, votes);
            if (m != null) {
                out.add(m);
                i = m.last() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static DateExpression at(Tokens t, int i, int[] votes) {
        switch (t.kind[i]) {
            case Tokens.NUMBER -> {
                DateExpression m = iso(t, i);
                if (m == null) {
                    m = numeric(t, i, votes);
                }
                if (m == null) {
                    m = dayFirst(t, i, votes);
                }
                if (m == null) {
                    m = bareYear(t, i);
                }
                if (m == null) {
                    m = ClockTimes.at(t, i);
                }
                return m != null ? m : Periods.at(t, i, votes);
            }
            case Tokens.ORDINAL -> {
                DateExpression m = dayFirst(t, i, votes);
                return m != null ? m : Periods.at(t, i, votes);
            }
            case Tokens.MIXED -> {
                DateExpression m = ClockTimes.at(t, i);
                return m != null ? m : Periods.at(t, i, votes);
            }
            case Tokens.WORD -> {
                DateExpression m = CalendarLexicon.opener(t.key[i]) ? calendarWord(t, i, votes) : null;
                if (m == null && (Units.opener(t.key[i]) || CalendarLexicon.before(t.key[i]) != null)) {
                    m = Periods.at(t, i, votes);
                    if (m == null) {
                        m = ClockTimes.at(t, i);
                    }
                }
                return m;
            }
            default -> {
                return null;
            }
        }
    }

    private static DateExpression calendarWord(Tokens t, int i, int[] votes) {
        DateExpression m = Relatives.at(t, i, votes);
        if (m != null) {
            return m;
        }
        Modifier mod = CalendarLexicon.before(t.key[i]);
        if (mod != null && i + 1 < t.size && t.spaceAfter(i)) {
            m = Weekdays.at(t, i + 1, i, mod, votes);
            if (m == null && CalendarLexicon.month(t.key[i + 1]) != null) {
                m = bareMonth(t, i + 1, i, mod, votes);
            }
            if (m != null) {
                return m;
            }
        }
        m = Weekdays.at(t, i, i, null, votes);
        return m != null ? m : monthFirst(t, i, votes);
    }

    private static DateExpression iso(Tokens t, int i) {
        if (t.digits[i] != 4 || i + 2 >= t.size || !(t.gapExactly(i, '-') || t.gapExactly(i, '/'))
                || t.text.charAt(t.end[i]) != t.text.charAt(t.end[i + 1]) || t.kind[i + 1] != Tokens.NUMBER
                || t.digits[i + 1] > 2 || t.digits[i + 2] != 2) {
            return null;
        }
        boolean timeGlued = t.kind[i + 2] == Tokens.MIXED && t.key[i + 2].charAt(2) == 't';
        if (t.kind[i + 2] != Tokens.NUMBER && !timeGlued) {
            return null;
        }
        int end = timeGlued ? t.start[i + 2] + 2 : t.end[i + 2];
        return full(t, i, i + 2, end, t.value[i], t.value[i + 1], t.value[i + 2]);
    }

    /** "07.12.2021" (day first); "12/7/2021" only when the order is unambiguous. */
    private static DateExpression numeric(Tokens t, int i, int[] votes) {
        if (t.digits[i] > 2 || i + 2 >= t.size || !t.isNumber(i + 1) || !t.isNumber(i + 2)
                || t.digits[i + 1] > 2 || t.digits[i + 2] != 4) {
            return null;
        }
        char sep = t.text.charAt(t.end[i]);
        if (!(t.gapExactly(i, sep) && t.gapExactly(i + 1, sep) && (sep == '.' || sep == '/'))) {
            return null;
        }
        int a = t.value[i];
        int b = t.value[i + 1];
        boolean english = TenseCues.plausible(votes, Lang.EN) && votes[Lang.EN.ordinal()] > 0;
        if (sep == '/' && english) {
            if (a > 12 && b <= 12) {
                return full(t, i, i + 2, t.end[i + 2], t.value[i + 2], b, a);
            }
            return b > 12 ? full(t, i, i + 2, t.end[i + 2], t.value[i + 2], a, b) : null;
        }
        return full(t, i, i + 2, t.end[i + 2], t.value[i + 2], b, a);
    }

    private static DateExpression full(Tokens t, int first, int last, int end, int y, int m, int d) {
        if (!CalendarMath.valid(y, m, d)) {
            return null;
        }
        return new DateExpression(Kind.FULL_DATE, t.start[first], end, first, last, y, m, d, null, 0, null, null);
    }

    /** A day number or ordinal that could open a date: "7", "07", "7th", "1er", but not "3:07". */
    private static boolean dayToken(Tokens t, int i) {
        if (i < 0 || i >= t.size) {
            return false;
        }
        boolean ok = (t.kind[i] == Tokens.NUMBER || t.kind[i] == Tokens.ORDINAL) && t.digits[i] <= 2
                && t.value[i] >= 1 && t.value[i] <= 31;
        if (!ok || t.charBefore(i) == ':' || t.charAfter(i) == ':') {
            return false;
        }
        return !(i > 0 && t.isNumber(i - 1) && !t.spaceAfter(i - 1) && t.gapLength(i - 1) <= 1);
    }

    static DateExpression dayFirst(Tokens t, int i, int[] votes) {
        if (!dayToken(t, i) || i + 1 >= t.size) {
            return null;
        }
        boolean dot = t.kind[i] == Tokens.NUMBER && t.gapIs(i, '.');
        if (!t.spaceAfter(i) && !dot) {
            return null;
        }
        int j = i + 1;
        String k = t.key[j];
        if (!dot && (k.equals("de") || k.equals("of") || k.equals("di") || k.equals("del")) && t.spaceAfter(j)) {
            j++;
        }
        MonthName mn = month(t, j, votes);
        if (mn == null) {
            return null;
        }
        return withYear(t, i, j, mn.month(), t.value[i]);
    }

    static DateExpression monthFirst(Tokens t, int i, int[] votes) {
        MonthName mn = month(t, i, votes);
        if (mn == null || (i > 0 && t.isNumber(i - 1) && t.digits[i - 1] <= 2 && t.spaceAfter(i - 1))) {
            return null; // "32 December": the impossible day takes the month down with it
        }
        if (i + 1 >= t.size) {
            return bareMonth(t, i, i, null, votes);
        }
        boolean sep = t.spaceAfter(i) || (mn.abbreviation() && t.gapIs(i, '.'));
        int j = i + 1;
        if (sep && dayToken(t, j) && !(t.gapIs(j, '.') && t.isNumber(j + 1))
                && !(t.isNumber(j + 1) && !t.spaceAfter(j) && t.gapLength(j) <= 1 && t.digits[j + 1] != 4)) {
            return withYear(t, j, i, mn.month(), t.value[j]);
        }
        int y = j;
        if (sep && (t.key[j].equals("de") || t.key[j].equals("of") || t.key[j].equals("del")) && t.spaceAfter(j)) {
            y++;
        }
        if ((sep || t.gapIs(i, ',')) && year(t, y)) {
            return new DateExpression(Kind.MONTH_YEAR, t.start[i], t.end[y], i, y, t.value[y], mn.month(), 0, null, 0,
                    null, null);
        }
        return bareMonth(t, i, i, null, votes);
    }

    /** Adds an optional year after the month at {@code m}; the day is at {@code d}. */
    private static DateExpression withYear(Tokens t, int d, int m, int month, int day) {
        if (day > CalendarMath.maxDay(month)) {
            return null;
        }
        int last = Math.max(d, m);
        int y = last + 1;
        boolean sep = y < t.size && (t.spaceAfter(last) || t.gapIs(last, ',') || t.gapIs(last, '.'));
        if (sep && y + 1 < t.size && (t.key[y].equals("de") || t.key[y].equals("del")) && t.spaceAfter(y)) {
            y++;
        }
        int first = Math.min(d, m);
        if (sep && year(t, y)) {
            if (!CalendarMath.valid(t.value[y], month, day)) {
                return null;
            }
            return new DateExpression(Kind.FULL_DATE, t.start[first], t.end[y], first, y, t.value[y], month, day, null, 0,
                    null, null);
        }
        return new DateExpression(Kind.DAY_MONTH, t.start[first], t.end[last], first, last, 0, month, day, null, 0,
                null, null);
    }

    private static boolean year(Tokens t, int i) {
        return t.isNumber(i) && t.digits[i] == 4 && CalendarMath.inRange(t.value[i])
                && !(t.isNumber(i + 1) && t.gapLength(i) <= 1 && !t.spaceAfter(i)) && t.charAfter(i) != ':';
    }

    /** A month name usable at {@code i}: abbreviations only in their language; "may" capitalised. */
    private static MonthName month(Tokens t, int i, int[] votes) {
        if (!t.isWord(i)) {
            return null;
        }
        MonthName mn = CalendarLexicon.month(t.key[i]);
        if (mn == null) {
            return null;
        }
        if (mn.abbreviation() && mn.lang() != null && !TenseCues.plausible(votes, mn.lang())) {
            return null;
        }
        if ((t.key[i].equals("may") || t.key[i].equals("march")) && !t.capital[i]) {
            return null;
        }
        return mn;
    }

    private static DateExpression bareMonth(Tokens t, int i, int from, Modifier mod, int[] votes) {
        MonthName mn = month(t, i, votes);
        if (mn == null || mn.abbreviation()) {
            return null;
        }
        if (mod == null) {
            int p = i - 1;
            if (p < 0 || !(t.spaceAfter(p) || t.gapExactly(p, '-')) || !t.isWord(p)) {
                return null;
            }
            String k = t.key[p];
            boolean prep = CalendarLexicon.monthPrep(k)
                    || ((k.equals("de") || k.equals("di") || k.equals("of")) && CalendarLexicon.periodNoun(t.key(p - 1)));
            if (!prep) {
                return null;
            }
        }
        return new DateExpression(Kind.MONTH, t.start[from], t.end[i], from, i, 0, mn.month(), 0, null, 0, mod, null);
    }

    /** Whether {@code i} and a year two tokens away, joined by "to", read backwards: "2019 to 2017". */
    private static boolean backwards(Tokens t, int i) {
        boolean before = i >= 2 && t.key(i - 1).equals("to") && year(t, i - 2) && t.value[i - 2] > t.value[i];
        boolean after = i + 2 < t.size && t.key(i + 1).equals("to") && year(t, i + 2) && t.value[i + 2] < t.value[i];
        return before || after;
    }

    private static DateExpression bareYear(Tokens t, int i) {
        if (!year(t, i) || (i > 0 && (t.isNumber(i - 1) || t.charBefore(i) == '$' || t.charBefore(i) == '.'
                || t.charBefore(i) == '#'))) {
            return null;
        }
        if (i > 0 && t.isWord(i - 1) && t.spaceAfter(i - 1) && t.gapLength(i - 1) <= 1 && CalendarLexicon.labelNoun(t.key[i - 1])) {
            return null; // a number that names something: "Resolution 1973", "Flight 2019", "page 2010"
        }
        if (t.isNumber(i + 1) && t.digits[i + 1] >= 3 && t.spaceAfter(i) && t.gapLength(i) == 1
                && t.isNumber(i + 2) && t.spaceAfter(i + 1) && t.gapLength(i + 1) == 1) {
            return null; // the first group of a number written in groups: "2021 5550 199" (not "USA 2019 131 min.")
        }
        if (backwards(t, i)) {
            return null; // "2019 to 2017": a score or a count, no span of years runs backwards
        }
        boolean prep = i > 0 && t.isWord(i - 1) && CalendarLexicon.yearPrep(t.key[i - 1]) && t.gapLength(i - 1) <= 2;
        if (!prep) {
            if (i > 0 && (CalendarLexicon.month(t.key[i - 1]) != null || t.gapIs(i - 1, '.'))) {
                return null; // the rest of a date that did not hold: "31 April 2021"
            }
            int n = i + 1;
            boolean quantity = n < t.size && t.spaceAfter(i) && t.isWord(n) && !t.capital[n]
                    && !TenseCues.functionWord(t.key[n])
                    && (t.key[n].endsWith("s") || QUANTITY_NOUNS.contains(t.key[n]));
            char after = t.charAfter(i);
            return quantity || after == '%' || t.value[i] < 1950 || t.value[i] > 2030 ? null
                    : new DateExpression(Kind.YEAR, t.start[i], t.end[i], i, i, t.value[i], 0, 0, null, 0, null, null);
        }
        int n = i + 1;
        if (QUANTITY_PREP.contains(t.key[i - 1]) && n < t.size && t.spaceAfter(i) && t.isWord(n) && !t.capital[n]
                && !TenseCues.functionWord(t.key[n])
                && !CalendarLexicon.yearPrep(t.key[n]) && !CalendarLexicon.monthPrep(t.key[n])) {
            return null; // a quantity: "of 2000 soldiers"
        }
        return new DateExpression(Kind.YEAR, t.start[i], t.end[i], i, i, t.value[i], 0, 0, null, 0, null, null);
    }
}
