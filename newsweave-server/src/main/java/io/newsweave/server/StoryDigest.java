package io.newsweave.server;

import io.newsweave.model.Article;
import io.newsweave.model.Timex;
import io.newsweave.quote.Quote;
import io.newsweave.quote.QuoteGroup;
import io.newsweave.store.StoryMember;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.timeline.TimelineEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a story's view that do not depend on the page asked for: its {@link StoryDetails},
 * its article ids by publication date and the dates its read articles mention. Built once per
 * version of a story by {@link StoryDetailsCache}; pages take windows of it. Immutable.
 *
 * @param details       timeline, summary, quotes (from the read articles) and coverage (of all)
 * @param chronological article ids by publication date (undated last), then arrival
 * @param read          how many articles the details and dated mentions were read from
 * @param dated         the dates the read articles mention, one per mention, by value
 * @param dateGroups    the dates that matter to the story grouped by value, for pages (see {@link #groups(List, LocalDate, LocalDate)})
 * @param titles        the read articles' titles by id, clipped
 */
public record StoryDigest(StoryDetails details, List<String> chronological, int read, List<DatedMention> dated,
                   List<DateGroup> dateGroups, Map<String, String> titles) {

    /** Surfaces shown per date, and articles per surface, on a page. */
    static final int SURFACES = 5;
    static final int ARTICLES_PER_SURFACE = 3;

    /** One date an article mentions. */
    public record DatedMention(String value, String granularity, String text, String article, String language) {
    }

    /**
     * One date mentioned: its value and, per way of writing it (at most {@link #SURFACES}), the
     * first {@link #ARTICLES_PER_SURFACE} articles writing it so.
     */
    public record DateGroup(String value, Map<String, List<String>> surfaces, int mentions) {
    }

    public StoryDigest {
        chronological = List.copyOf(chronological);
        dated = List.copyOf(dated);
        dateGroups = List.copyOf(dateGroups);
        titles = Map.copyOf(titles);
    }

    /** The digest of a story whose members are {@code members} (arrival order), read from {@code read}. */
    static StoryDigest of(StoryDetails details, List<StoryMember> members, List<Article> read) {
        List<StoryMember> byDate = new ArrayList<>(members);
        byDate.sort(Comparator.comparing(StoryMember::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(StoryMember::seq));
        List<String> chronological = new ArrayList<>(byDate.size());
        byDate.forEach(m -> chronological.add(m.id()));
        List<DatedMention> dated = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        for (Article a : read) {
            titles.put(a.id(), ShownText.clip(a.title(), 60));
            for (Timex t : a.timexes()) {
                dated.add(new DatedMention(t.value(), t.granularity(), t.text(), a.id(), a.language()));
            }
        }
        dated.sort(Comparator.comparing(DatedMention::value, Comparator.nullsFirst(Comparator.naturalOrder())));
        LocalDate first = null;
        LocalDate last = null;
        for (StoryMember m : members) {
            if (m.published() != null) {
                first = first == null || m.published().isBefore(first) ? m.published() : first;
                last = last == null || m.published().isAfter(last) ? m.published() : last;
            }
        }
        return new StoryDigest(details, chronological, read.size(), dated, groups(dated, first, last), titles);
    }

    /** Days around a story's publication span inside which a mentioned date counts as the story's own. */
    static final int SPAN_MARGIN_DAYS = 31;

    /**
     * The dates that matter to a story, grouped by value: calendar dates inside its publication
     * span ({@code first} to {@code last}, {@value #SPAN_MARGIN_DAYS} days either side), and
     * outside it only those at least two articles cite (background several sources give); no
     * durations, sets or references. Every calendar date when the story has no dated article.
     */
    static List<DateGroup> groups(List<DatedMention> dated, LocalDate first, LocalDate last) {
        Map<String, Set<String>> citing = new HashMap<>();
        for (DatedMention d : dated) {
            citing.computeIfAbsent(String.valueOf(d.value()), k -> new java.util.HashSet<>()).add(d.article());
        }
        List<DatedMention> kept = new ArrayList<>();
        for (DatedMention d : dated) {
            LocalDate[] range = range(d.value());
            if (range == null) {
                continue;
            }
            boolean inside = first == null || !range[1].isBefore(first.minusDays(SPAN_MARGIN_DAYS))
                    && !range[0].isAfter(last.plusDays(SPAN_MARGIN_DAYS));
            if (inside || citing.get(String.valueOf(d.value())).size() >= 2) {
                kept.add(d);
            }
        }
        return groups(kept);
    }

    /** The days a TIMEX3 date value covers ({@code 2021-12-07}, {@code 2021-12}, {@code 2021}, {@code 2021-W48}, {@code 2021-Q3}, {@code 192}, {@code 19}); {@code null} for other values. */
    static LocalDate[] range(String value) {
        if (value == null || value.length() < 2 || !Character.isDigit(value.charAt(0))) {
            return null;
        }
        try {
            if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
                LocalDate day = LocalDate.parse(value.substring(0, 10));
                return new LocalDate[] {day, day};
            }
            if (value.length() == 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))) {
                java.time.YearMonth m = java.time.YearMonth.parse(value);
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            int digits = 0;
            while (digits < value.length() && digits < 4 && Character.isDigit(value.charAt(digits))) {
                digits++;
            }
            if (digits == 4 && (value.length() == 4 || value.charAt(4) == '-')) {
                int y = Integer.parseInt(value.substring(0, 4)); // a year, or a week, quarter, half or season of it
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            if (value.length() == digits && (digits == 3 || digits == 2)) {
                int from = Integer.parseInt(value) * (digits == 3 ? 10 : 100);
                return new LocalDate[] {LocalDate.of(from, 1, 1), LocalDate.of(from + (digits == 3 ? 9 : 99), 12, 31)};
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static List<DateGroup> groups(List<DatedMention> dated) {
        Map<String, Map<String, Set<String>>> byValue = new LinkedHashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (DatedMention d : dated) {
            String value = String.valueOf(d.value());
            mentions.merge(value, 1, Integer::sum);
            Map<String, Set<String>> surfaces = byValue.computeIfAbsent(value, k -> new LinkedHashMap<>());
            Set<String> articles = surfaces.get(d.text());
            if (articles == null && surfaces.size() < SURFACES) {
                articles = new LinkedHashSet<>();
                surfaces.put(d.text(), articles);
            }
            if (articles != null && articles.size() < ARTICLES_PER_SURFACE) {
                articles.add(d.article());
            }
        }
        List<DateGroup> out = new ArrayList<>(byValue.size());
        byValue.forEach((value, surfaces) -> {
            Map<String, List<String>> shown = new LinkedHashMap<>();
            surfaces.forEach((text, ids) -> shown.put(text, List.copyOf(ids)));
            out.add(new DateGroup(value, java.util.Collections.unmodifiableMap(shown), mentions.get(value)));
        });
        return out;
    }

    /** Roughly how many bytes of heap this digest holds, for bounding a cache of them. */
    long weight() {
        long chars = 0;
        for (TimelineEntry e : details.timeline()) {
            chars += e.text().length() + 64;
            for (TimelineEntry.Source s : e.sources()) {
                chars += s.sentence().length() + 64;
            }
        }
        for (TimelineEntry.Source s : details.summary()) {
            chars += s.sentence().length() + 64;
        }
        for (QuoteGroup g : details.quotes()) {
            for (Quote q : g.quotes()) {
                chars += q.text().length() + 96;
            }
        }
        chars += 48L * dated.size() + 48L * chronological.size() + 96L * titles.size();
        for (DateGroup g : dateGroups) {
            chars += 64 + 48L * g.surfaces().size();
        }
        return 2 * chars + 1_024;
    }
}
