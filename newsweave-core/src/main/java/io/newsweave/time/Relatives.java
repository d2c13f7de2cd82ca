package io.newsweave.time;

import io.newsweave.time.CalendarLexicon.Guard;
import io.newsweave.time.CalendarLexicon.Phrase;
import io.newsweave.time.DateExpression.Kind;

/**
 * Days counted from the publication date: "yesterday", "aujourd'hui", "pasado mañana". Spanish
 * "mañana" and German "Morgen" after an article ("la mañana", "am Morgen") are the morning, and
 * "hier" is French only when the text is not German. Stateless.
 */
final class Relatives {

    private Relatives() {
    }

    static DateExpression at(Tokens t, int i, int[] votes) {
        for (Phrase p : CalendarLexicon.phrases(t.key[i])) {
            int n = p.keys().size();
            if (i + n > t.size || !matches(t, i, p) || !guard(t, i, p.guard(), votes)) {
                continue;
            }
            int last = i + n - 1;
            return new DateExpression(Kind.RELATIVE, t.start[i], t.end[last], i, last, 0, 0, 0, null, p.offset(), null,
                    null);
        }
        return null;
    }

    private static boolean matches(Tokens t, int i, Phrase p) {
        for (int k = 1; k < p.keys().size(); k++) {
            if (!t.key[i + k].equals(p.keys().get(k)) || !t.joined(i + k - 1, 2)) {
                return false;
            }
        }
        return true;
    }

    private static boolean guard(Tokens t, int i, Guard g, int[] votes) {
        return switch (g) {
            case NONE -> true;
            case FRENCH -> TenseCues.plausible(votes, Lang.FR);
            case NOT_MORNING -> !(i > 0 && CalendarLexicon.morningBefore(t.key[i - 1]))
                    && !(t.key[i].equals("morgen") && t.capital[i] && i > 0 && t.sentence[i - 1] == t.sentence[i]);
        };
    }
}
