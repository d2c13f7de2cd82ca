package io.newsweave.story.timeline;

import io.newsweave.model.Article;
import io.newsweave.story.PerArticle;
import io.newsweave.text.SentenceSplitter;
import io.newsweave.text.TextMemo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a story's timeline from its articles: dated sentences ({@link DatedSentences}) are
 * grouped by date and merged into developments when similar (shared entity ids with a shared
 * number or a second shared id, or stemmed-term overlap within one language; see
 * {@link SentenceFeatures#similarity}); each development gets a kind from the story's span of publication
 * dates and the sources' tense. Dates are ranked by salience (the articles that write the date plus
 * the articles published that day; months and years weigh less than days), the top
 * {@link Config#maxDates()} are kept with up to {@link Config#maxPerDate()} developments each,
 * background apart (its own cap), and the result is sorted by date. Does not translate: the
 * representative sentence is the best one in the preferred language when a source offers one,
 * else the best one in any. Deterministic for a given article order; thread-safe.
 */
public final class TimelineBuilder {

    /** An article published on a day counts this much towards the day's salience (chosen on timeline-t17-dev's mean). */
    static final double PUBLISHED_WEIGHT = 1.0;
    static final double MONTH_WEIGHT = 0.5;
    static final double YEAR_WEIGHT = 0.25;
    /** One date in this many is guaranteed to a stretch of the span. */
    static final int SPREAD = 3;
    /** A stretch is at least this many days (about a month). */
    static final int STRETCH_DAYS = 30;
    /** A stretch's best date needs this salience to be guaranteed a place. */
    static final double MIN_SPREAD_SALIENCE = 2;

    /**
     * Caps of one timeline, validated once. The number of dates scales with the story's span:
     * {@code minDates} plus one per {@value #DAYS_PER_DATE} days of publication span, at most
     * {@code maxDates}; equal bounds fix it.
     *
     * @param minDates      how many dates (current and scheduled) a story of a few days keeps, by salience
     * @param maxDates      how many dates the longest story keeps
     * @param maxPerDate    how many developments per date; the second and later need two sources
     * @param maxBackground how many background developments to keep, by support
     */
    public record Config(int minDates, int maxDates, int maxPerDate, int maxBackground) {

        /** Days of publication span that earn one more date. */
        public static final int DAYS_PER_DATE = 14;

        public Config {
            if (minDates < 1 || maxDates < minDates || maxPerDate < 1 || maxBackground < 0) {
                throw new IllegalArgumentException("bad timeline caps: " + minDates + ".." + maxDates + ", " + maxPerDate + ", " + maxBackground);
            }
        }

        /** Exactly {@code dates} dates whatever the span. */
        public Config(int dates, int maxPerDate, int maxBackground) {
            this(dates, dates, maxPerDate, maxBackground);
        }

        /** 12 to 60 dates, 2 developments per date, 3 background entries. */
        public static Config defaults() {
            return new Config(12, 60, 2, 3);
        }

        /** The dates kept for a story whose articles were published over {@code spanDays} days (first to last, inclusive). */
        public int dates(long spanDays) {
            return (int) Math.min(maxDates, minDates + Math.max(0, spanDays - 1) / DAYS_PER_DATE);
        }
    }

    private final Config config;
    private final SentenceSplitter splitter;

    public TimelineBuilder(Config config, SentenceSplitter splitter) {
        this.config = Objects.requireNonNull(config, "config");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    /** With {@link Config#defaults()} and {@link SentenceSplitter#standard()}. */
    public TimelineBuilder() {
        this(Config.defaults(), SentenceSplitter.standard());
    }

    /**
     * The timeline of a story whose articles are {@code articles} (in arrival order), sorted by
     * date; empty when no sentence is dated.
     *
     * @param preferredLanguage ISO 639-1 code of the reader's language, or {@code null}
     */
    public List<TimelineEntry> build(List<Article> articles, String preferredLanguage) {
        return build(articles, preferredLanguage, new TextMemo(splitter));
    }

    /**
     * {@link #build(List, String)} reading sentences, words and stems through {@code text}, the
     * view's memo that the summary then reads again.
     */
    public List<TimelineEntry> build(List<Article> articles, String preferredLanguage, TextMemo text) {
        return build(articles, preferredLanguage, text, null);
    }

    /**
     * {@link #build(List, String, TextMemo)} for a story of which {@code articles} are a sample:
     * {@code story} is the coverage of all its articles ({@code null}: of {@code articles}), whose
     * publication days decide the span, the kinds, the number of dates and the days' salience.
     */
    public List<TimelineEntry> build(List<Article> articles, String preferredLanguage, TextMemo text, Coverage story) {
        Map<String, List<Development>> byDate = new TreeMap<>();
        Map<String, Integer> publishedPerDay = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            LocalDate p = a.published().date();
            if (p != null && story == null) {
                publishedPerDay.merge(p.toString(), 1, Integer::sum);
            }
            int index = i;
            List<Dated> dated = PerArticle.orElse("timeline sentences", a.id(),
                    () -> DatedSentences.of(a, index, text.split(a.text(), a.language()), text), List.of());
            for (Dated d : dated) {
                merge(byDate.computeIfAbsent(d.day().value(), k -> new ArrayList<>()), d);
            }
        }
        if (story != null) {
            publishedPerDay.putAll(story.perDay());
        }
        LocalDate spanStart = publishedPerDay.keySet().stream().min(String::compareTo).map(LocalDate::parse).orElse(null);
        LocalDate spanEnd = publishedPerDay.keySet().stream().max(String::compareTo).map(LocalDate::parse).orElse(null);
        List<Development> main = new ArrayList<>();
        List<Development> background = new ArrayList<>();
        Map<Development, String> kinds = new HashMap<>();
        for (List<Development> developments : byDate.values()) {
            for (Development dev : developments) {
                if (dev.members.stream().noneMatch(Dated::whole)) {
                    continue; // fragments, bare quotes and stamps say nothing on their own
                }
                String kind = dev.kind(spanStart, spanEnd);
                kinds.put(dev, kind);
                (kind.equals(TimelineEntry.BACKGROUND) ? background : main).add(dev);
            }
        }
        long spanDays = spanStart == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(spanStart, spanEnd) + 1;
        List<Development> kept = new ArrayList<>(selectDates(main, byDate, publishedPerDay, config.dates(spanDays), spanStart, spanDays));
        background.sort(bySupport());
        kept.addAll(background.subList(0, Math.min(config.maxBackground(), background.size())));
        kept.sort(Comparator.comparing((Development d) -> d.date.from())
                .thenComparing(d -> d.date.to(), Comparator.reverseOrder()).thenComparing(bySupport()));
        List<TimelineEntry> out = new ArrayList<>(kept.size());
        for (Development d : kept) {
            out.add(Entries.of(d, kinds.get(d), preferredLanguage));
        }
        return out;
    }

    /**
     * Single-link clustering, one sentence at a time: {@code d} joins every development it is
     * similar to, and those developments become one (the earliest made).
     */
    private static void merge(List<Development> developments, Dated d) {
        Development into = null;
        for (var it = developments.iterator(); it.hasNext(); ) {
            Development dev = it.next();
            if (dev.similarity(d) >= Development.JOIN) {
                if (into == null) {
                    into = dev;
                } else {
                    into.absorb(dev);
                    it.remove();
                }
            }
        }
        if (into == null) {
            developments.add(new Development(d));
        } else {
            into.add(d);
        }
    }

    /**
     * The developments of {@code count} dates, up to {@code maxPerDate} per date. The span (its
     * {@code span} publication days from {@code spanStart}) is cut into equal stretches of at least
     * {@value #STRETCH_DAYS} days, at most {@code count /} {@value #SPREAD} of them, and each stretch
     * first gives its most salient date (when it has one of at least {@value #MIN_SPREAD_SALIENCE}),
     * so a long story's later months are not crowded out by its busiest weeks; the remaining dates
     * go by salience.
     */
    private List<Development> selectDates(List<Development> main, Map<String, List<Development>> all,
                                          Map<String, Integer> publishedPerDay, int count, LocalDate spanStart, long span) {
        Map<String, List<Development>> byDate = new TreeMap<>();
        for (Development d : main) {
            byDate.computeIfAbsent(d.date.value(), k -> new ArrayList<>()).add(d);
        }
        List<Map.Entry<String, List<Development>>> dates = new ArrayList<>(byDate.entrySet());
        Map<String, Double> salience = new HashMap<>();
        // a date's salience counts every article that writes it, also in sentences too poor to show
        dates.forEach(e -> salience.put(e.getKey(), salience(all.get(e.getKey()), publishedPerDay)));
        dates.sort(Comparator.comparing((Map.Entry<String, List<Development>> e) -> -salience.get(e.getKey()))
                .thenComparing(Map.Entry::getKey));
        java.util.LinkedHashSet<Map.Entry<String, List<Development>>> chosen = new java.util.LinkedHashSet<>();
        int stretches = (int) Math.min(count / SPREAD, span / STRETCH_DAYS);
        if (stretches > 1) {
            @SuppressWarnings("unchecked")
            Map.Entry<String, List<Development>>[] best = new Map.Entry[stretches];
            for (var e : dates) { // most salient first, so the first seen in a stretch is its best
                long at = java.time.temporal.ChronoUnit.DAYS.between(spanStart, e.getValue().get(0).date.from());
                int stretch = (int) Math.max(0, Math.min(stretches - 1, at * stretches / span));
                if (best[stretch] == null && salience.get(e.getKey()) >= MIN_SPREAD_SALIENCE) {
                    best[stretch] = e;
                }
            }
            for (var e : best) {
                if (e != null) {
                    chosen.add(e);
                }
            }
        }
        for (var e : dates) {
            if (chosen.size() >= count) {
                break;
            }
            chosen.add(e);
        }
        List<Development> out = new ArrayList<>();
        for (var e : chosen) {
            List<Development> developments = new ArrayList<>(e.getValue());
            developments.sort(bySupport());
            for (int i = 0; i < Math.min(config.maxPerDate(), developments.size()); i++) {
                if (i == 0 || developments.get(i).support() >= 2) {
                    out.add(developments.get(i));
                }
            }
        }
        return out;
    }

    /**
     * Articles that write the date, plus {@link #PUBLISHED_WEIGHT} per article published that day,
     * weighed by granularity.
     */
    static double salience(List<Development> developments, Map<String, Integer> publishedPerDay) {
        Set<String> explicit = new HashSet<>();
        for (Development d : developments) {
            for (Dated m : d.members) {
                if (m.explicit()) {
                    explicit.add(m.article().id());
                }
            }
        }
        int published = publishedPerDay.getOrDefault(developments.get(0).date.value(), 0);
        double weight = switch (developments.get(0).date.granularity()) {
            case "month" -> MONTH_WEIGHT;
            case "year" -> YEAR_WEIGHT;
            default -> 1;
        };
        return weight * (explicit.size() + PUBLISHED_WEIGHT * published);
    }

    private static Comparator<Development> bySupport() {
        return Comparator.comparingInt((Development d) -> -d.support()).thenComparingInt(Development::firstOrder)
                .thenComparing(d -> d.date.value());
    }
}
