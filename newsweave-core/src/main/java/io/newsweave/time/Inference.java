package io.newsweave.time;

import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.time.DateExpression.Direction;
import io.newsweave.time.DateExpression.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Infers a publication day from the dates and weekdays a text reports. Candidate days lie within
 * a week around each explicit day (two weeks before a future one). Each candidate P is scored:
 * a past day d wants P on or after d and near it; a future day wants P before it; a past weekday
 * wants P on (or a few days after) its latest instance; a future weekday, weakly, P shortly
 * before its next instance; a cued year or month bounds P. Ties go to the day nearest the
 * context date, else the latest. Without an explicit day there is no candidate and the result
 * is {@link Published#UNKNOWN}. Stateless.
 */
final class Inference {

    /** One piece of evidence; {@code weight} is 1 for the text, lower for dropped lines. */
    record Evidence(Kind kind, LocalDate date, DayOfWeek weekday, int year, Direction direction, double weight) {
    }

    private static final double[] NEAR = {1.0, 0.7, 0.4, 0.2, 0.1, 0.05, 0.03, 0.02};
    private static final double[] BEFORE = {0.5, 1.0, 0.7, 0.4, 0.2, 0.1, 0.05};
    private static final double FUTURE_WEIGHT = 0.3;
    private static final double VIOLATION = 2.0;
    private static final double EPS = 1e-6;

    private Inference() {
    }

    /** Adds the evidence in {@code mentions}; day-months are placed with {@code context} as a prior. */
    static void collect(Tokens t, List<DateExpression> mentions, LocalDate context, double weight,
                        List<Evidence> out) {
        for (DateExpression m : mentions) {
            Direction dir = m.direction();
            switch (m.kind()) {
                case FULL_DATE -> out.add(new Evidence(Kind.FULL_DATE, Resolver.date(m), null, 0, dir, weight));
                case DAY_MONTH -> {
                    Resolver.Placed p = Resolver.withoutPublication(t, m, mentions, context);
                    if (p != null) {
                        // Stream locality: a day well after everything seen so far is more likely scheduled.
                        if (p.byPrior() && dir == Direction.UNMARKED && p.date().isAfter(context.plusDays(7))) {
                            dir = Direction.FUTURE;
                        }
                        out.add(new Evidence(Kind.FULL_DATE, p.date(), null, 0, dir, weight));
                    }
                }
                case WEEKDAY -> out.add(new Evidence(Kind.WEEKDAY, null, m.weekday(), 0, dir, weight));
                case YEAR -> {
                    if (dir != Direction.UNMARKED) {
                        out.add(new Evidence(Kind.YEAR, null, null, m.year(), dir, weight));
                    }
                }
                case MONTH_YEAR -> {
                    if (dir != Direction.UNMARKED) {
                        out.add(new Evidence(Kind.MONTH_YEAR, LocalDate.of(m.year(), m.month(), 1), null, 0, dir,
                                weight));
                    }
                }
                default -> {
                }
            }
        }
    }

    static Published infer(List<Evidence> evidence, LocalDate context) {
        long[] candidates = candidates(evidence);
        if (candidates.length == 0) {
            return Published.UNKNOWN;
        }
        double[] scores = new double[candidates.length];
        int b = 0;
        for (int i = 0; i < candidates.length; i++) {
            scores[i] = score(LocalDate.ofEpochDay(candidates[i]), evidence, false);
            if (scores[i] > scores[b] + EPS
                    || (scores[i] > scores[b] - EPS && preferred(candidates[i], candidates[b], context))) {
                b = i;
            }
        }
        double best = scores[b];
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (i != b) {
                second = Math.max(second, scores[i]);
            }
        }
        LocalDate day = LocalDate.ofEpochDay(candidates[b]);
        double strength = score(day, evidence, true);
        double margin = second == Double.NEGATIVE_INFINITY ? best : best - second;
        double conf = (0.2 + 0.7 * Math.min(1, strength / 3)) * (0.3 + 0.7 * Math.min(1, margin / 0.5));
        if (best <= 0) {
            conf *= 0.5;
        }
        return new Published(day, Provenance.INFERRED, Math.max(0.05, Math.min(0.9, conf)));
    }

    private static boolean preferred(long c, long incumbent, LocalDate context) {
        if (context == null) {
            return c > incumbent;
        }
        long ctx = context.toEpochDay();
        long dc = Math.abs(c - ctx);
        long di = Math.abs(incumbent - ctx);
        return dc < di || (dc == di && c > incumbent);
    }

    private static long[] candidates(List<Evidence> evidence) {
        long[] buf = new long[16];
        int n = 0;
        for (Evidence e : evidence) {
            if (e.kind() != Kind.FULL_DATE) {
                continue;
            }
            long d = e.date().toEpochDay();
            long from = e.direction().future() ? d - 14 : d - 7;
            long to = e.direction().future() ? d - 1 : d + 7;
            for (long c = from; c <= to; c++) {
                if (n == buf.length) {
                    buf = Arrays.copyOf(buf, n * 2);
                }
                buf[n++] = c;
            }
        }
        long[] out = Arrays.copyOf(buf, n);
        Arrays.sort(out);
        int u = 0;
        for (int i = 0; i < n; i++) {
            if (u == 0 || out[i] != out[u - 1]) {
                out[u++] = out[i];
            }
        }
        return Arrays.copyOf(out, u);
    }

    /** The score of day {@code p}; with {@code positiveOnly}, the sum of its supporting evidence. */
    static double score(LocalDate p, List<Evidence> evidence, boolean positiveOnly) {
        double total = 0;
        for (Evidence e : evidence) {
            double s = switch (e.kind()) {
                case FULL_DATE -> day(p, e);
                case WEEKDAY -> weekday(p, e);
                case YEAR -> (e.direction().future() ? p.getYear() > e.year() : p.getYear() < e.year()) ? -1 : 0;
                case MONTH_YEAR -> (e.direction().future() ? !p.isBefore(e.date().plusMonths(1))
                        : p.isBefore(e.date())) ? -1 : 0;
                default -> 0;
            };
            if (!positiveOnly || s > 0) {
                total += s * e.weight();
            }
        }
        return total;
    }

    private static double day(LocalDate p, Evidence e) {
        long k = p.toEpochDay() - e.date().toEpochDay();
        if (e.direction().future()) {
            if (k >= 0) {
                return k == 0 ? -VIOLATION / 2 : -VIOLATION;
            }
            return -k <= 14 ? FUTURE_WEIGHT : 0.05;
        }
        if (k < 0) {
            return e.direction() == Direction.UNMARKED ? -0.75 * VIOLATION : -VIOLATION;
        }
        if (k == 0 && e.direction() == Direction.PAST_STRICT) {
            return -VIOLATION / 2;
        }
        return k < NEAR.length ? NEAR[(int) k] : 0.01;
    }

    private static double weekday(LocalDate p, Evidence e) {
        int back = Math.floorMod(p.getDayOfWeek().getValue() - e.weekday().getValue(), 7);
        int ahead = Math.floorMod(e.weekday().getValue() - p.getDayOfWeek().getValue(), 7);
        return switch (e.direction()) {
            case PAST, UNMARKED -> NEAR[back];
            case PAST_STRICT -> 0.5 * NEAR[(back == 0 ? 7 : back) - 1];
            case FUTURE -> FUTURE_WEIGHT * BEFORE[ahead];
            case FUTURE_STRICT -> FUTURE_WEIGHT * NEAR[(ahead == 0 ? 7 : ahead) - 1];
        };
    }
}
