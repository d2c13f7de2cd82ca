package io.newsweave.time;

import io.newsweave.time.CalendarLexicon.Modifier;
import io.newsweave.time.DateExpression.Extra;
import io.newsweave.time.DateExpression.Kind;
import io.newsweave.time.Units.Unit;
import io.newsweave.time.Units.UnitWord;
import java.util.Set;

/**
 * Periods, durations, sets and vague references, over accent-folded tokens:
 *
 * <pre>
 * expr     := ["the"] core
 * core     := vague                                   "now", "recently", "actualmente"
 *           | setWord | every [number] (unit | weekday)  "daily", "every Monday", "cada año"
 *           | rel number unit                         "the past three years"  (duration)
 *           | rel unit [relAfter]                     "last week", "este año" (period; plural: duration "recent years")
 *           | unit relAfter                           "la semana pasada", "l'année dernière"
 *           | agoBefore number unit                   "hace tres días", "vor zwei Jahren", "il y a 3 ans"
 *           | number unit [ago | earlier | later]     "three days ago" (period), "two years" (duration)
 *           | ordinal ("quarter" | "half") [["of"] year]  "the third quarter of 1997", "third-quarter"
 *           | [rel] season [year]                     "last fall", "summer 2021"
 *           | decade                                  "1990s"
 *           | "fiscal" year
 * </pre>
 *
 * A bare "a"/"un" counts as one only after a duration preposition ("for a year") or before
 * "ago". Stateless.
 */
final class Periods {

    private static final Set<String> THE = Set.of("the");
    private static final Set<String> PREVIOUS = Set.of("previous", "following", "preceding", "siguiente",
            "suivant", "suivante", "precedente", "anterior", "folgenden", "seguente", "seguinte");
    private static final Set<String> EXTRA_REL = Set.of("current", "recent", "latest", "past", "coming",
            "upcoming", "ultimos", "ultimas", "proximos", "proximas", "derniers", "dernieres", "prochains",
            "prochaines", "letzten", "kommenden", "ultimi", "ultime", "prossimi", "prossime", "recientes");
    private static final Set<String> FIRST = Set.of("first", "initial", "final", "primeros", "primeras",
            "premiers", "premieres", "ersten", "primi", "prime", "primeiros", "primeiras");
    private static final Set<String> ONE = Set.of("a", "an", "un", "une", "una", "uno", "um", "uma", "ein",
            "eine", "einem", "einen", "einer");
    private static final Set<String> SEASON_PREP = Set.of("in", "during", "en", "au", "im", "nel", "no", "na",
            "durante", "this", "last", "next", "until", "by", "since", "early", "late", "mid");

    private Periods() {
    }

    static DateExpression at(Tokens t, int i, int[] votes) {
        String k = t.key[i];
        if (THE.contains(k) && i + 1 < t.size && t.spaceAfter(i)) {
            DateExpression m = core(t, i + 1, votes);
            if (m != null && m.kind() != Kind.SET) {
                return m.span(t.start[i], m.end(), i, m.last(), m.extra());
            }
            if (t.key(i + 1).equals("future") || t.key(i + 1).equals("futuro")) {
                return vague(t, i, i + 1, "FUTURE_REF");
            }
            UnitWord uw = Units.unit(t.key(i + 1));
            if (uw != null && !uw.plural() && (uw.unit() == Unit.WEEKEND || uw.unit() == Unit.QUARTER)) {
                return period(t, i, i + 1, uw.unit(), uw.unit() == Unit.QUARTER ? -1 : 0, null);
            }
            if (k.equals("the") && t.key(i + 1).equals("past") && !t.isNumber(i + 2)
                    && Units.unit(t.key(i + 2)) == null && Units.number(t.key(i + 2)) == null) {
                return vague(t, i, i + 1, "PAST_REF");
            }
            return null;
        }
        return core(t, i, votes);
    }

    private static DateExpression core(Tokens t, int i, int[] votes) {
        String k = t.key[i];
        if (t.kind[i] == Tokens.MIXED) {
            return decade(t, i);
        }
        String v = Units.vague(k);
        if (v != null && t.isWord(i) && !(t.spaceAfter(i) && Units.unit(t.key(i + 1)) != null)) {
            if ((k.equals("actual") || k.equals("actuales")) && TenseCues.plausible(votes, Lang.EN)) {
                return null;
            }
            if (k.equals("future") && Units.unit(t.key(i + 1)) != null) {
                return null;
            }
            return vague(t, i, i, v);
        }
        if (k.equals("anoche")) {
            return new DateExpression(Kind.RELATIVE, t.start[i], t.end[i], i, i, 0, 0, 0, null, -1, null, null,
                    new Extra(null, 0, null, "TNI", null));
        }
        if ((k.equals("estos") || k.equals("estas")) && t.joined(i, 2) && Units.unit(t.key(i + 1)) != null
                && Units.unit(t.key(i + 1)).plural()) {
            return vague(t, i, i + 1, "PRESENT_REF");
        }
        if (k.equals("momento") && i > 0 && (t.key[i - 1].equals("el") || t.key[i - 1].equals("este"))) {
            return vague(t, i, i, "PRESENT_REF");
        }
        String set = Units.set(k);
        if (set != null) {
            return set(t, i, i, set);
        }
        if (Units.every(k)) {
            return every(t, i);
        }
        if (Units.agoBefore(k) || (k.equals("il") && t.key(i + 1).equals("y") && t.key(i + 2).equals("a"))) {
            int n = k.equals("il") ? i + 3 : i + 1;
            DateExpression d = counted(t, n, true);
            if (d != null && i > 0 && (t.key[i - 1].equals("desde") || t.key[i - 1].equals("dura"))) {
                return d; // "desde hace tres años" is a length of time
            }
            if (d != null && d.kind() == Kind.DURATION && d.extra().count() != 0) {
                Extra x = d.extra();
                return period(t, i, d.last(), x.unit(), -Math.max(1, x.count()), null);
            }
        }
        if (FIRST.contains(k) && t.joined(i, 2)) {
            Integer n = number(t, i + 1);
            UnitWord uw = Units.unit(t.key(i + 2));
            if (n != null && n != 0 && uw != null && t.joined(i + 1, 2)) {
                return duration(t, i, i + 2, uw.unit(), n);
            }
        }
        Modifier rel = relation(k);
        if (rel != null || PREVIOUS.contains(k)) {
            DateExpression m = relative(t, i, rel, PREVIOUS.contains(k));
            if (m != null) {
                return m;
            }
        }
        Integer ord = t.kind[i] == Tokens.ORDINAL ? Integer.valueOf(t.value[i]) : Units.ordinal(k);
        if (ord != null && ord >= 1 && ord <= 4) {
            DateExpression m = quarter(t, i, ord);
            if (m != null) {
                return m;
            }
        }
        if (Units.season(k) != null) {
            Modifier after = t.spaceAfter(i) ? CalendarLexicon.after(t.key(i + 1)) : null;
            if (after != null && after != Modifier.THIS && t.isWord(i + 1)) {
                DateExpression m = season(t, i, i, after == Modifier.LAST ? -1 : 1);
                return m == null ? null : m.span(m.start(), t.end[i + 1], i, i + 1, m.extra());
            }
            return season(t, i, i, 0);
        }
        if (k.equals("fiscal") && t.isNumber(i + 1) && t.digits[i + 1] == 4 && CalendarMath.inRange(t.value[i + 1])) {
            return new DateExpression(Kind.YEAR, t.start[i], t.end[i + 1], i, i + 1, t.value[i + 1], 0, 0, null, 0, null,
                    null);
        }
        UnitWord uw = Units.unit(k);
        if (uw != null && !uw.plural() && t.spaceAfter(i)) {
            Modifier after = CalendarLexicon.after(t.key(i + 1));
            if (after != null && t.isWord(i + 1)) {
                return period(t, i, i + 1, uw.unit(), after == Modifier.LAST ? -1 : 1, null);
            }
            if (t.key(i + 1).equals("que") && t.key(i + 2).equals("viene")) {
                return period(t, i, i + 2, uw.unit(), 1, null);
            }
        }
        return counted(t, i, false);
    }

    /** "last", "this", "next" and the other words that place a unit relative to now. */
    private static Modifier relation(String k) {
        Modifier m = CalendarLexicon.before(k);
        if (m != null) {
            return m;
        }
        return switch (k) {
            case "current", "quest", "cette", "dieses", "diese" -> Modifier.THIS;
            case "letztes", "vergangenes", "voriges" -> Modifier.LAST;
            case "nachstes", "nachster", "kommendes" -> Modifier.NEXT;
            case "latest" -> Modifier.LAST;
            case "recent", "recientes", "ultimos", "ultimas", "derniers", "dernieres", "letzten", "ultimi", "ultime" ->
                    Modifier.LAST;
            case "upcoming", "proximos", "proximas", "prochains", "prochaines", "kommenden", "prossimi", "prossime" ->
                    Modifier.NEXT;
            default -> EXTRA_REL.contains(k) ? Modifier.LAST : null;
        };
    }

    private static DateExpression relative(Tokens t, int i, Modifier rel, boolean contextual) {
        int j = i + 1;
        if (j >= t.size || !t.joined(i, 2)) {
            return null;
        }
        Integer n = number(t, j);
        if (n != null && n != 0 && t.joined(j, 2)) {
            UnitWord uw = Units.unit(t.key(j + 1));
            if (uw != null) {
                return duration(t, i, j + 1, uw.unit(), n);
            }
        }
        String part = Units.part(t.key[j]);
        if (part != null && (rel == Modifier.THIS || (rel == Modifier.LAST && part.equals("TNI")))) {
            int offset = rel == Modifier.LAST ? -1 : 0;
            return new DateExpression(Kind.RELATIVE, t.start[i], t.end[j], i, j, 0, 0, 0, null, offset, null, null,
                    new Extra(null, 0, null, part, null));
        }
        if (Units.season(t.key[j]) != null && rel != null) {
            return season(t, i, j, rel == Modifier.LAST ? -1 : rel == Modifier.NEXT ? 1 : 0);
        }
        UnitWord uw = Units.unit(t.key[j]);
        if (uw == null) {
            return null;
        }
        if (uw.plural()) {
            return rel == Modifier.THIS ? null : duration(t, i, j, uw.unit(), -1);
        }
        int last = j;
        Modifier after = j + 1 < t.size && t.spaceAfter(j) ? CalendarLexicon.after(t.key[j + 1]) : null;
        if (after != null && t.isWord(j + 1)) {
            last = j + 1;
        }
        int count = rel == Modifier.LAST ? -1 : rel == Modifier.NEXT ? 1 : 0;
        return period(t, i, last, uw.unit(), contextual ? (t.key[i].startsWith("prec") || t.key[i].equals("previous")
                || t.key[i].equals("anterior") ? -1 : 1) : count, contextual ? "ctx" : null);
    }

    /** number unit [ago | earlier | later], or the number-unit compound "two-year". */
    private static DateExpression counted(Tokens t, int i, boolean afterAgo) {
        Integer n = number(t, i);
        if (n == null || n == 0 || i + 1 >= t.size) {
            return null;
        }
        int j = i + 1;
        if (!(t.spaceAfter(i) || t.gapExactly(i, '-'))) {
            return null;
        }
        if (t.key[j].equals("of") && t.key(j + 1).equals("the")) {
            return null;
        }
        UnitWord uw = Units.unit(t.key[j]);
        if (uw == null && n == -1 && t.key[j].equals("of") && t.spaceAfter(j)) {
            j++; // "a couple of weeks"
            uw = Units.unit(t.key[j]);
        }
        if (uw == null || t.sentence[j] != t.sentence[i]) {
            return null;
        }
        boolean one = ONE.contains(t.key[i]);
        String next = j + 1 < t.size && t.spaceAfter(j) ? t.key[j + 1] : "";
        if (!afterAgo && Units.agoAfter(next) || (next.equals("earlier") || next.equals("later"))) {
            int count = Math.max(1, n) * (next.equals("later") ? 1 : -1);
            return period(t, i, j + 1, uw.unit(), count, null);
        }
        if (t.gapExactly(j, '-') && t.key(j + 1).equals("old")) {
            return null; // an age: "a 6-year-old"
        }
        if (one && !afterAgo && !(i > 0 && Units.durationPrep(t.key[i - 1]))) {
            return null;
        }
        if (t.kind[i] == Tokens.NUMBER && (t.charBefore(i) == '$' || t.charBefore(i) == '.')) {
            return null;
        }
        return duration(t, i, j, uw.unit(), n);
    }

    /** A number at {@code i}: digits up to 999, a number word, "a"/"un"; -1 for "several". */
    private static Integer number(Tokens t, int i) {
        if (i >= t.size) {
            return null;
        }
        if (t.kind[i] == Tokens.NUMBER) {
            boolean glued = i > 0 && t.isNumber(i - 1) && t.gapLength(i - 1) == 1 && !t.spaceAfter(i - 1);
            return t.digits[i] <= 3 && !glued ? t.value[i] : null;
        }
        if (!t.isWord(i)) {
            return null;
        }
        return ONE.contains(t.key[i]) ? Integer.valueOf(1) : Units.number(t.key[i]);
    }

    private static DateExpression quarter(Tokens t, int i, int ord) {
        int j = i + 1;
        if (j >= t.size || !(t.spaceAfter(i) || t.gapExactly(i, '-'))) {
            return null;
        }
        boolean fiscal = t.key[j].equals("fiscal");
        if (fiscal && t.spaceAfter(j)) {
            j++;
        }
        UnitWord uw = Units.unit(t.key(j));
        Unit u = uw != null && !uw.plural() ? uw.unit() : t.key(j).equals("half") ? Unit.HALF : null;
        if (u != Unit.QUARTER && u != Unit.HALF || (u == Unit.HALF && ord > 2)) {
            return null;
        }
        int last = j;
        int year = 0;
        int y = j + 1;
        String k = t.key(y);
        if ((k.equals("of") || k.equals("de") || k.equals("del") || k.equals("des") || k.equals("di")
                || k.equals("do") || k.equals("da")) && t.spaceAfter(j)) {
            y++;
        }
        if (t.isNumber(y) && t.digits[y] == 4 && CalendarMath.inRange(t.value[y]) && t.sentence[y] == t.sentence[i]) {
            year = t.value[y];
            last = y;
        }
        String lit = (u == Unit.QUARTER ? "Q" : "H") + ord;
        return new DateExpression(Kind.PERIOD, t.start[i], t.end[last], i, last, year, 0, 0, null, 0, null, null,
                new Extra(u, 0, lit, null, null));
    }

    private static DateExpression season(Tokens t, int from, int i, int count) {
        int last = i;
        int year = 0;
        int y = i + 1;
        if (t.key(y).equals("of") || t.key(y).equals("de")) {
            y++;
        }
        if (t.isNumber(y) && t.digits[y] == 4 && CalendarMath.inRange(t.value[y]) && t.joined(y - 1, 4)) {
            year = t.value[y];
            last = y;
        } else if (from == i && count == 0 && !(i > 0 && SEASON_PREP.contains(t.key[i - 1]))) {
            return null;
        }
        return new DateExpression(Kind.PERIOD, t.start[from], t.end[last], from, last, year, 0, 0, null, 0, null, null,
                new Extra(Unit.SEASON, count, Units.season(t.key[i]), null, null));
    }

    private static DateExpression decade(Tokens t, int i) {
        String k = t.key[i];
        if (t.digits[i] == 4 && k.length() == 5 && k.charAt(4) == 's' && k.charAt(3) == '0'
                && CalendarMath.inRange(t.value[i])) {
            return new DateExpression(Kind.PERIOD, t.start[i], t.end[i], i, i, 0, 0, 0, null, 0, null, null,
                    new Extra(Unit.DECADE, 0, k.substring(0, 3), null, null));
        }
        return null;
    }

    private static DateExpression every(Tokens t, int i) {
        int j = i + 1;
        if (t.key(j).equals("los") || t.key(j).equals("les") || t.key(j).equals("os")) {
            j++;
        }
        if (j >= t.size || !t.joined(j - 1, 2)) {
            return null;
        }
        CalendarLexicon.DayName dn = CalendarLexicon.day(t.key[j]);
        if (dn != null && !dn.abbreviation()) {
            return set(t, i, j, "XXXX-WXX-" + dn.day().getValue());
        }
        Integer n = number(t, j);
        int u = n != null && n > 0 && !ONE.contains(t.key[j]) ? j + 1 : j;
        UnitWord uw = Units.unit(t.key(u));
        if (uw == null || (u == j && uw.plural() && t.key[i].equals("every"))) {
            return null;
        }
        int count = u == j ? 1 : n;
        return set(t, i, u, "P" + (uw.unit().clock ? "T" : "") + count + uw.unit().letter);
    }

    private static DateExpression vague(Tokens t, int from, int last, String value) {
        return new DateExpression(Kind.VAGUE, t.start[from], t.end[last], from, last, 0, 0, 0, null, 0, null, null,
                new Extra(null, 0, value, null, null));
    }

    private static DateExpression set(Tokens t, int from, int last, String value) {
        return new DateExpression(Kind.SET, t.start[from], t.end[last], from, last, 0, 0, 0, null, 0, null, null,
                new Extra(null, 1, value, null, null));
    }

    static DateExpression period(Tokens t, int from, int last, Unit u, int count, String literal) {
        return new DateExpression(Kind.PERIOD, t.start[from], t.end[last], from, last, 0, 0, 0, null, count, null, null,
                new Extra(u, count, literal, null, null));
    }

    private static DateExpression duration(Tokens t, int from, int last, Unit u, int count) {
        return new DateExpression(Kind.DURATION, t.start[from], t.end[last], from, last, 0, 0, 0, null, 0, null, null,
                new Extra(u, count, null, null, null));
    }
}
