package io.newsweave.time;

import io.newsweave.model.Timex;
import io.newsweave.time.Mention.Kind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns mentions into {@link Timex}es against a publication date, and places day-month mentions
 * in a year before that date is known. Stateless.
 *
 * <p>Unresolvable values keep TimeML's placeholders: {@code XXXX-01-10}, {@code XXXX-06},
 * {@code XXXX-WXX-2} (a Tuesday) and {@code XXXX-XX-XX} (a relative day).
 */
final class Resolver {

    static final String ABSOLUTE = "absolute";
    static final String PUBLISHED = "published";
    static final String CONTEXT = "context";

    /** A day-month placed in a year; {@code byPrior} when only the stream's context date placed it. */
    record Placed(LocalDate date, String anchor, boolean byPrior) {
    }

    private Resolver() {
    }

    /**
     * Places a day-month without a publication date: by its written weekday (the year where it
     * matches, nearest the nearest full date, bare year or context date), else nearest the
     * nearest full date in the text, else nearest the context date. {@code null} when nothing
     * places it.
     */
    static Placed withoutPublication(Tokens t, Mention m, List<Mention> all, LocalDate context) {
        Mention full = nearest(t, m, all, Kind.FULL_DATE, false);
        if (m.weekday() != null) {
            Mention year = nearest(t, m, all, Kind.YEAR, false);
            LocalDate ref = full != null ? date(full) : year != null ? LocalDate.of(year.year(), 7, 1) : context;
            LocalDate d = ref == null ? null : Calendar.matchingWeekday(m.month(), m.day(), m.weekday(), ref);
            return d == null ? null : new Placed(d, CONTEXT, full == null && year == null);
        }
        if (full != null) {
            return new Placed(Calendar.nearest(m.month(), m.day(), date(full)), CONTEXT, false);
        }
        if (context != null) {
            LocalDate d = Calendar.nearest(m.month(), m.day(), context);
            return d == null ? null : new Placed(d, CONTEXT, true);
        }
        return null;
    }

    /**
     * Places a day-month given the publication date: by its written weekday, else nearest a full
     * date in the same sentence, else by its direction from the publication date.
     */
    static Placed withPublication(Tokens t, Mention m, List<Mention> all, LocalDate p) {
        if (m.weekday() != null) {
            LocalDate d = Calendar.matchingWeekday(m.month(), m.day(), m.weekday(), p);
            if (d != null) {
                return new Placed(d, PUBLISHED, false);
            }
        }
        Mention full = nearest(t, m, all, Kind.FULL_DATE, true);
        if (full != null) {
            return new Placed(Calendar.nearest(m.month(), m.day(), date(full)), CONTEXT, false);
        }
        LocalDate d = Calendar.directed(m.month(), m.day(), p, m.direction());
        return d == null ? null : new Placed(d, PUBLISHED, false);
    }

    static LocalDate date(Mention full) {
        return LocalDate.of(full.year(), full.month(), full.day());
    }

    /** Timexes for all mentions; {@code p} may be {@code null} (the article is undated). */
    static List<Timex> timexes(Tokens t, List<Mention> mentions, LocalDate p) {
        List<Timex> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(timex(t, m, mentions, p));
        }
        return out;
    }

    private static Timex timex(Tokens t, Mention m, List<Mention> all, LocalDate p) {
        String text = m.text(t.text);
        return switch (m.kind()) {
            case FULL_DATE -> day(m, text, date(m), ABSOLUTE);
            case MONTH_YEAR -> new Timex(m.start(), m.end(), text, YearMonth.of(m.year(), m.month()).toString(),
                    "month", ABSOLUTE);
            case YEAR -> new Timex(m.start(), m.end(), text, Integer.toString(m.year()), "year", ABSOLUTE);
            case DAY_MONTH -> {
                Placed pl = p != null ? withPublication(t, m, all, p) : withoutPublication(t, m, all, null);
                yield pl == null
                        ? new Timex(m.start(), m.end(), text, "XXXX-" + two(m.month()) + "-" + two(m.day()), "day",
                                PUBLISHED)
                        : day(m, text, pl.date(), pl.anchor());
            }
            case MONTH -> new Timex(m.start(), m.end(), text,
                    p == null ? "XXXX-" + two(m.month()) : Calendar.month(m.month(), p, m.direction()).toString(),
                    "month", PUBLISHED);
            case WEEKDAY -> p == null
                    ? new Timex(m.start(), m.end(), text, "XXXX-WXX-" + m.weekday().getValue(), "day", PUBLISHED)
                    : day(m, text, Calendar.weekday(p, m.weekday(), m.direction()), PUBLISHED);
            case RELATIVE -> p == null
                    ? new Timex(m.start(), m.end(), text, "XXXX-XX-XX", "day", PUBLISHED)
                    : day(m, text, p.plusDays(m.offset()), PUBLISHED);
        };
    }

    private static Timex day(Mention m, String text, LocalDate d, String anchor) {
        return new Timex(m.start(), m.end(), text, d.toString(), "day", anchor);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** The mention of {@code kind} nearest to {@code m} in the text, optionally in its sentence only. */
    private static Mention nearest(Tokens t, Mention m, List<Mention> all, Kind kind, boolean sameSentenceOnly) {
        Mention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Mention o : all) {
            if (o.kind() != kind || o == m) {
                continue;
            }
            int dist = o.start() > m.start() ? o.start() - m.end() : m.start() - o.end();
            if (sameSentenceOnly && (dist > 200 || t.sentence[o.first()] != t.sentence[m.first()])) {
                continue;
            }
            if (dist < bestDist) {
                best = o;
                bestDist = dist;
            }
        }
        return best;
    }
}
