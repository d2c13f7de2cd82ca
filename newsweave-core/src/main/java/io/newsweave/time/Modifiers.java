package io.newsweave.time;

import io.newsweave.time.DateExpression.Extra;
import io.newsweave.time.DateExpression.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Widens mentions to the words TimeML counts in a temporal expression, and records their TIMEX3
 * modifier:
 *
 * <pre>
 * left  := ["the"] ("beginning" | "start" | "end" | "middle") "of" ["the"]   START, END, MID
 *        | ("early" | "late" | "mid" | "début" | "fin" | "Anfang" | "finales de" | ...) ["on"]
 *        | ("earlier" | "later")                        before a period or a weekday
 *        | ("about" | "nearly" | "more than" | "casi" | "plus de" | ...)  APPROX, LESS_THAN, MORE_THAN
 *        | Spanish article "el", "la", "los", "las", "del", "al"
 * right := part of day after a day: "Friday night", "hier soir", "yesterday morning"
 * join  := a clock time right before a day: "10 a.m. Tuesday"
 * </pre>
 *
 * Stateless.
 */
final class Modifiers {

    private static final Map<String, String> POSITION = Map.ofEntries(Map.entry("early", "START"),
            Map.entry("late", "END"), Map.entry("mid", "MID"), Map.entry("debut", "START"), Map.entry("fin", "END"),
            Map.entry("mi", "MID"), Map.entry("anfang", "START"), Map.entry("ende", "END"), Map.entry("mitte", "MID"),
            Map.entry("inizio", "START"), Map.entry("fine", "END"), Map.entry("meta", "MID"),
            Map.entry("principios", "START"), Map.entry("comienzos", "START"), Map.entry("finales", "END"),
            Map.entry("fines", "END"), Map.entry("mediados", "MID"), Map.entry("inicio", "START"),
            Map.entry("fim", "END"), Map.entry("final", "END"), Map.entry("meados", "MID"),
            Map.entry("beginning", "START"), Map.entry("start", "START"), Map.entry("end", "END"),
            Map.entry("middle", "MID"));
    /** Position words that need "of"/"de" before the date. */
    private static final Set<String> NEEDS_OF = Set.of("beginning", "start", "end", "middle", "principios",
            "comienzos", "finales", "fines", "mediados", "inicio", "fim", "final", "meados");
    private static final Set<String> OF = Set.of("of", "de", "del", "di", "do", "da", "des", "du");
    private static final Map<String, String> APPROX = Map.ofEntries(Map.entry("about", "APPROX"),
            Map.entry("around", "APPROX"), Map.entry("approximately", "APPROX"), Map.entry("nearly", "APPROX"),
            Map.entry("almost", "APPROX"), Map.entry("some", "APPROX"), Map.entry("roughly", "APPROX"),
            Map.entry("casi", "APPROX"), Map.entry("environ", "APPROX"), Map.entry("presque", "APPROX"),
            Map.entry("etwa", "APPROX"), Map.entry("rund", "APPROX"), Map.entry("fast", "APPROX"),
            Map.entry("knapp", "APPROX"), Map.entry("circa", "APPROX"), Map.entry("quasi", "APPROX"),
            Map.entry("quase", "APPROX"), Map.entry("over", "MORE_THAN"), Map.entry("under", "LESS_THAN"));
    private static final Map<String, String> APPROX_TWO = Map.ofEntries(Map.entry("more than", "MORE_THAN"),
            Map.entry("less than", "LESS_THAN"), Map.entry("at least", "EQUAL_OR_MORE"),
            Map.entry("up to", "EQUAL_OR_LESS"), Map.entry("mas de", "MORE_THAN"),
            Map.entry("menos de", "LESS_THAN"), Map.entry("plus de", "MORE_THAN"),
            Map.entry("moins de", "LESS_THAN"), Map.entry("mehr als", "MORE_THAN"),
            Map.entry("piu di", "MORE_THAN"), Map.entry("mais de", "MORE_THAN"),
            Map.entry("cerca de", "APPROX"), Map.entry("pres de", "APPROX"), Map.entry("close to", "APPROX"));
    /** Vague words that are nouns and take their article along: "la actualidad", "el futuro". */
    private static final Set<String> NOUNS = Set.of("actualidad", "futuro", "pasado", "momento", "avenir");
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las", "del", "al");

    private Modifiers() {
    }

    static List<DateExpression> apply(Tokens t, List<DateExpression> mentions, int[] votes) {
        boolean spanish = TenseCues.plausible(votes, Lang.ES) && votes[Lang.ES.ordinal()] > 0;
        List<DateExpression> out = new ArrayList<>(mentions.size());
        int floor = 0;
        for (int k = 0; k < mentions.size(); k++) {
            DateExpression m = mentions.get(k);
            if (m.kind() == Kind.TIME && k + 1 < mentions.size() && day(mentions.get(k + 1))
                    && mentions.get(k + 1).first() == m.last() + 1 && t.joined(m.last(), 2)) {
                DateExpression d = mentions.get(++k);
                m = d.span(m.start(), d.end(), m.first(), d.last(), d.extraOrNone().withTime(m.extra().time()));
            }
            m = right(t, m);
            m = left(t, m, floor, spanish);
            out.add(m);
            floor = m.last() + 1;
        }
        return out;
    }

    private static boolean day(DateExpression m) {
        return switch (m.kind()) {
            case WEEKDAY, RELATIVE, DAY_MONTH, FULL_DATE -> m.extraOrNone().time() == null;
            default -> false;
        };
    }

    /** "Friday night", "hier soir", "yesterday morning", "tonight". */
    private static DateExpression right(Tokens t, DateExpression m) {
        if (!day(m)) {
            return m;
        }
        if (m.kind() == Kind.RELATIVE && t.key[m.last()].equals("tonight")) {
            return m.span(m.start(), m.end(), m.first(), m.last(), m.extraOrNone().withTime("TNI"));
        }
        int n = m.last() + 1;
        if (m.kind() == Kind.RELATIVE && m.offset() >= -1 && m.offset() <= 1 && n < t.size && t.joined(m.last(), 2)
                && CalendarLexicon.day(t.key[n]) != null && !CalendarLexicon.day(t.key[n]).abbreviation()) {
            return m.span(m.start(), t.end[n], m.first(), n, m.extra()); // "hoy, jueves"
        }
        if (n < t.size && t.spaceAfter(m.last()) && t.isWord(n) && t.sentence[n] == t.sentence[m.last()]) {
            String part = Units.part(t.key[n]);
            if (part != null && !t.key[n].equals("manana") && !t.key[n].equals("tarde")) {
                return m.span(m.start(), t.end[n], m.first(), n, m.extraOrNone().withTime(part));
            }
        }
        return m;
    }

    private static DateExpression left(Tokens t, DateExpression m, int floor, boolean spanish) {
        for (int round = 0; round < 3; round++) {
            DateExpression w = widen(t, m, floor, spanish);
            if (w == m) {
                return m;
            }
            m = w;
        }
        return m;
    }

    private static DateExpression widen(Tokens t, DateExpression m, int floor, boolean spanish) {
        int p = m.first() - 1;
        if (p < floor || !t.isWord(p) || !t.joined(p, 2) || t.gapIs(p, ',')) {
            return m;
        }
        String k = t.key[p];
        Extra x = m.extraOrNone();
        boolean measure = m.kind() == Kind.DURATION || (m.kind() == Kind.PERIOD && x.count() != 0
                && x.literal() == null);
        if (measure && x.mod() == null) {
            String two = p > floor ? t.key[p - 1] + " " + k : "";
            if (APPROX_TWO.containsKey(two) && t.joined(p - 1, 2)) {
                return widened(t, m, p - 1, x.withMod(APPROX_TWO.get(two)));
            }
            boolean the = t.key[m.first()].equals("the");
            if (APPROX.containsKey(k) && !(the && (k.equals("over") || k.equals("under")))) {
                return widened(t, m, p, x.withMod(APPROX.get(k)));
            }
        }
        if (spanish && ARTICLES.contains(k) && m.kind() != Kind.RELATIVE && m.kind() != Kind.TIME
                && !(m.kind() == Kind.VAGUE && m.first() == m.last() && !NOUNS.contains(t.key[m.first()]))) {
            return widened(t, m, p, m.extra());
        }
        if (m.kind() == Kind.DURATION || m.kind() == Kind.SET || m.kind() == Kind.TIME) {
            return m;
        }
        if (false) {
            return widened(t, m, p, m.extra());
        }
        if (OF.contains(k) && p - 1 >= floor && NEEDS_OF.contains(t.key[p - 1]) && t.joined(p - 1, 2)) {
            int from = p - 1;
            if (from - 1 >= floor && t.key[from - 1].equals("the")
                    && t.joined(from - 1, 2)) {
                from--;
            }
            return widened(t, m, from, x.withMod(POSITION.get(t.key[p - 1])));
        }
        if (k.equals("the") && p - 1 >= floor && t.key[p - 1].equals("of") && p - 2 >= floor
                && NEEDS_OF.contains(t.key[p - 2])) {
            int from = p - 2;
            if (from - 1 >= floor && t.key[from - 1].equals("the") && t.joined(from - 1, 2)) {
                from--;
            }
            return widened(t, m, from, x.withMod(POSITION.get(t.key[p - 2])));
        }
        if (k.equals("on") && p - 1 >= floor && (t.key[p - 1].equals("late") || t.key[p - 1].equals("early"))
                && m.kind() == Kind.WEEKDAY) {
            return widened(t, m, p - 1, x.withMod(POSITION.get(t.key[p - 1])));
        }
        if (POSITION.containsKey(k) && !NEEDS_OF.contains(k) && x.mod() == null) {
            if (k.equals("fin") || k.equals("fine") || k.equals("mi")) {
                if (!(t.gapExactly(p, '-') || m.kind() == Kind.MONTH || m.kind() == Kind.YEAR)) {
                    return m;
                }
            }
            return widened(t, m, p, x.withMod(POSITION.get(k)));
        }
        if ((k.equals("earlier") || k.equals("later")) && (m.kind() == Kind.PERIOD || m.kind() == Kind.WEEKDAY
                || m.kind() == Kind.RELATIVE) && x.count() == 0) {
            return widened(t, m, p, m.extra());
        }
        return m;
    }

    private static DateExpression widened(Tokens t, DateExpression m, int from, Extra x) {
        return m.span(t.start[from], m.end(), from, m.last(), x == DateExpression.NONE ? null : x);
    }
}
