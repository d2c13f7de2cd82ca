package io.newsweave.server;

import io.javalin.http.Context;
import io.newsweave.story.timeline.TimelineEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order a story view lists its timeline in, from parameter {@code timeline_order}: {@code date}
 * (the default, the timeline's own order), {@code newest} (latest date first) or {@code importance}
 * (most sources first, then most source languages, then the earliest). Dates compare as the ISO
 * texts they are ({@code 2021}, {@code 2021-12}, {@code 2021-12-07}), a coarser date before the days
 * it holds as in the timeline; ties keep the timeline's order. Views order the whole timeline
 * before taking their window of it, so paging walks the reordered list. Stateless.
 */
public enum TimelineOrder {
    /** By date, earliest first: the timeline as built. */
    DATE,
    /** By date, latest first. */
    NEWEST,
    /** Most sources (articles) first, then most distinct source languages, then by date. */
    IMPORTANCE;

    /** The parameter naming the order. */
    public static final String PARAM = "timeline_order";

    private static final Comparator<TimelineEntry> BY_DATE = Comparator.comparing(TimelineEntry::date);
    private static final Comparator<TimelineEntry> BY_IMPORTANCE = Comparator.comparingInt((TimelineEntry t) -> t.sources().size())
            .thenComparingLong(TimelineOrder::languages).reversed().thenComparing(BY_DATE);

    /** The value of {@link #PARAM} naming this order. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order {@link #PARAM} names, {@link #DATE} when absent; any other value is a 400 naming the allowed ones. */
    public static TimelineOrder from(Context ctx) {
        String[] allowed = Arrays.stream(values()).map(TimelineOrder::param).toArray(String[]::new);
        return valueOf(Params.oneOf(ctx, PARAM, DATE.param(), allowed).toUpperCase(Locale.ROOT));
    }

    /** {@code timeline} (in date order, as built) in this order; a new list unless the order is {@link #DATE}. */
    public List<TimelineEntry> sort(List<TimelineEntry> timeline) {
        if (this == DATE) {
            return timeline;
        }
        List<TimelineEntry> out = new ArrayList<>(timeline);
        out.sort(this == NEWEST ? BY_DATE.reversed() : BY_IMPORTANCE); // stable: ties keep their position
        return out;
    }

    /** How many languages the sources of {@code t} are in. */
    private static long languages(TimelineEntry t) {
        return t.sources().stream().map(TimelineEntry.Source::language).distinct().count();
    }
}
