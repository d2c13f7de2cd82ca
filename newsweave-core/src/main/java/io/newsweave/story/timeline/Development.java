package io.newsweave.story.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dated sentences of one date that report the same development, collected while merging.
 * Mutable, confined to one build call.
 */
final class Development {

    /** A sentence joins the development whose most similar member reaches this. */
    static final double JOIN = 0.5;
    /** Dates ending this many days before the story's first publication are background. */
    static final int BACKGROUND_DAYS = 30;

    /** A sentence is compared with at most this many members (the first ones), so big stories stay linear. */
    static final int MAX_LINKS = 16;

    final CalendarDate date;
    final List<Dated> members = new ArrayList<>();
    private final Set<String> articles = new HashSet<>();

    Development(Dated first) {
        this.date = first.day();
        add(first);
    }

    void add(Dated d) {
        members.add(d);
        articles.add(d.article().id());
    }

    void absorb(Development other) {
        other.members.forEach(this::add);
    }

    /**
     * The highest similarity of {@code d} with one of the first {@value #MAX_LINKS} members
     * (single link); 1 when a member comes from the same article, as an article's sentences about
     * one date tell one development.
     */
    double similarity(Dated d) {
        if (articles.contains(d.article().id())) {
            return 1;
        }
        double best = 0;
        for (int i = 0, n = Math.min(members.size(), MAX_LINKS); i < n; i++) {
            best = Math.max(best, members.get(i).features().similarity(d.features()));
        }
        return best;
    }

    /** Distinct articles supporting it. */
    int support() {
        return articles.size();
    }

    int firstOrder() {
        return members.get(0).order();
    }

    /**
     * Background when the date ends well before the story's first publication; scheduled when it
     * starts after the last publication or every source speaks of it as still to come; current
     * otherwise. {@code spanStart} and {@code spanEnd} are {@code null} when no article is dated.
     */
    String kind(LocalDate spanStart, LocalDate spanEnd) {
        if (spanStart != null && date.to().isBefore(spanStart.minusDays(BACKGROUND_DAYS))) {
            return TimelineEntry.BACKGROUND;
        }
        if (spanEnd != null && date.from().isAfter(spanEnd)) {
            return TimelineEntry.SCHEDULED;
        }
        return members.stream().allMatch(Dated::future) ? TimelineEntry.SCHEDULED : TimelineEntry.CURRENT;
    }
}
