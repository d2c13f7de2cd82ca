package io.newsweave.time;

import io.newsweave.time.TenseCues.Cue;
import io.newsweave.time.CalendarLexicon.Modifier;
import io.newsweave.time.DateExpression.Direction;
import io.newsweave.time.DateExpression.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each mention a direction. A written modifier decides ("last Thursday" is strictly past,
 * "mardi prochain" strictly future). Otherwise the {@value #WINDOW} tokens on each side, within
 * the sentence, are read for cues: a past cue wins, then a future cue; without any, the nearest cue
 * up to {@value #FAR} tokens back in the sentence decides. A mention without cues
 * that is a calendar date takes the cued direction of a calendar date shortly before it in its
 * sentence ("will be followed on January 12 ..., then on January 13"), else stays
 * {@link Direction#UNMARKED}. Stateless.
 */
final class Tense {

    static final int WINDOW = 4;
    /** Without a cue nearby, the nearest cue this many tokens back in the sentence decides ("expect the rain to ease on Wednesday"). */
    static final int FAR = 10;
    /** How many tokens back an enumeration of dates may carry a direction. */
    static final int CARRY = 12;

    private Tense() {
    }

    static List<DateExpression> assign(Tokens t, List<DateExpression> mentions, int[] votes) {
        boolean french = TenseCues.plausible(votes, Lang.FR);
        List<DateExpression> out = new ArrayList<>(mentions.size());
        DateExpression prev = null;
        for (DateExpression m : mentions) {
            Direction d = direction(t, m, french);
            if (d == Direction.UNMARKED && calendar(m) && prev != null && m.first() - prev.last() <= CARRY
                    && t.sentence[prev.last()] == t.sentence[m.first()] && prev.direction() != Direction.UNMARKED) {
                d = prev.direction().future() ? Direction.FUTURE : Direction.PAST;
            }
            DateExpression withDir = m.withDirection(d);
            out.add(withDir);
            if (calendar(m)) {
                prev = withDir;
            }
        }
        return out;
    }

    private static boolean calendar(DateExpression m) {
        return m.kind() == Kind.DAY_MONTH || m.kind() == Kind.FULL_DATE;
    }

    private static Direction direction(Tokens t, DateExpression m, boolean french) {
        if (m.kind() == Kind.RELATIVE) {
            return m.offset() < 0 ? Direction.PAST : m.offset() > 0 ? Direction.FUTURE : Direction.UNMARKED;
        }
        if (m.modifier() == Modifier.LAST) {
            return Direction.PAST_STRICT;
        }
        if (m.modifier() == Modifier.NEXT) {
            return Direction.FUTURE_STRICT;
        }
        boolean past = false;
        boolean future = false;
        int s0 = t.sentence[m.first()];
        for (int i = m.first() - 1; i >= Math.max(0, m.first() - WINDOW) && t.sentence[i] == s0; i--) {
            Cue c = TenseCues.cue(t, i, french);
            past |= c == Cue.PAST;
            future |= c == Cue.FUTURE;
        }
        int s1 = t.sentence[m.last()];
        for (int i = m.last() + 1; i <= Math.min(t.size - 1, m.last() + WINDOW) && t.sentence[i] == s1; i++) {
            Cue c = TenseCues.cue(t, i, french);
            past |= c == Cue.PAST;
            future |= c == Cue.FUTURE;
        }
        if (past || future) {
            return past ? Direction.PAST : Direction.FUTURE;
        }
        for (int i = m.first() - WINDOW - 1; i >= Math.max(0, m.first() - FAR) && t.sentence[i] == s0; i--) {
            Cue c = TenseCues.cue(t, i, french);
            if (c != null) {
                return c == Cue.PAST ? Direction.PAST : Direction.FUTURE;
            }
        }
        return Direction.UNMARKED;
    }
}
