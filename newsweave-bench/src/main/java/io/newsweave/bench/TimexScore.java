package io.newsweave.bench;

import io.newsweave.model.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Java port of the scoring in {@code shared/eval/timeml.py} (TempEval-3): per gold timex, the
 * first overlapping unused system timex, or one with the same span if any, is its match; strict
 * counts same spans, relaxed any overlap, value a relaxed match with the same value. System
 * timexes of a type not scored, or overlapping a gold timex of a type not scored, are ignored.
 * Immutable.
 *
 * @param gold    gold timexes of the scored types
 * @param system  system timexes counted
 * @param strict  matches with the same span
 * @param relaxed overlapping matches
 * @param value   overlapping matches with the same value
 */
public record TimexScore(int gold, int system, int strict, int relaxed, int value) {

    /** One gold TIMEX3 of a document: char span, type and value. */
    public record Gold(int start, int end, String type, String value) {
    }

    /** Scores the system timexes of one document. */
    public static TimexScore of(List<Gold> allGold, List<Timex> timexes, Set<String> types) {
        List<Gold> gold = new ArrayList<>();
        List<Gold> other = new ArrayList<>();
        for (Gold g : allGold) {
            (types.contains(g.type()) ? gold : other).add(g);
        }
        List<Timex> sys = new ArrayList<>();
        for (Timex t : timexes) {
            if (t.type() != null && !types.contains(t.type())) {
                continue;
            }
            if (other.stream().anyMatch(o -> t.start() < o.end() && t.end() > o.start())) {
                continue;
            }
            sys.add(t);
        }
        boolean[] used = new boolean[sys.size()];
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        for (Gold g : gold) {
            int best = -1;
            for (int k = 0; k < sys.size(); k++) {
                Timex s = sys.get(k);
                if (used[k] || s.end() <= g.start() || s.start() >= g.end()) {
                    continue;
                }
                if (best < 0 || (s.start() == g.start() && s.end() == g.end())) {
                    best = k;
                }
            }
            if (best < 0) {
                continue;
            }
            used[best] = true;
            Timex s = sys.get(best);
            relaxed++;
            strict += s.start() == g.start() && s.end() == g.end() ? 1 : 0;
            value += String.valueOf(s.value()).equals(g.value()) ? 1 : 0;
        }
        return new TimexScore(gold.size(), sys.size(), strict, relaxed, value);
    }

    public TimexScore plus(TimexScore o) {
        return new TimexScore(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
                value + o.value);
    }

    public double strictF1() {
        return f1(strict);
    }

    public double relaxedF1() {
        return f1(relaxed);
    }

    public double valueF1() {
        return f1(value);
    }

    private double f1(int tp) {
        double p = system == 0 ? 0 : (double) tp / system;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "gold %d system %d strict F1 %.3f relaxed F1 %.3f value F1 %.3f",
                gold, system, strictF1(), relaxedF1(), valueF1());
    }
}
