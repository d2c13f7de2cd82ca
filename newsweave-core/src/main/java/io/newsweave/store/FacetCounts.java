package io.newsweave.store;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts matches and facet values (language, source, entity, day) from doc values, for one search.
 * One instance per slice; {@link Manager} merges them. Not thread-safe.
 */
final class FacetCounts implements Collector {

    /** Widest span of days counted: about 2,700 years. */
    private static final int MAX_DAYS = 1_000_000;
    private static final String[] FIELDS = {ArticleIndex.FACET_LANGUAGE, ArticleIndex.FACET_SOURCE, ArticleIndex.FACET_ENTITY};

    private final Map<String, Map<String, Integer>> values = new HashMap<>();
    /** Matches per day: {@code dayCounts[d - dayBase]} for epoch day {@code d} (no boxing per match). */
    private int[] dayCounts = new int[0];
    private long dayBase;
    private long total;

    long total() {
        return total;
    }

    /** The {@code size} largest values of {@code field}, largest first, ties by value. */
    Map<String, Integer> top(String field, int size) {
        Map<String, Integer> out = new LinkedHashMap<>();
        values.getOrDefault(field, Map.of()).entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(size)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Matches per publication day, oldest first (ISO dates). */
    Map<String, Integer> days() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < dayCounts.length; i++) {
            if (dayCounts[i] > 0) {
                out.put(ArticleSearch.day(dayBase + i), dayCounts[i]);
            }
        }
        return out;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues[] sets = new SortedSetDocValues[FIELDS.length];
        int[][] ordCounts = new int[FIELDS.length][];
        for (int f = 0; f < FIELDS.length; f++) {
            sets[f] = DocValues.getSortedSet(context.reader(), FIELDS[f]);
            ordCounts[f] = new int[(int) Math.min(Integer.MAX_VALUE - 8, sets[f].getValueCount())];
        }
        NumericDocValues day = DocValues.getNumeric(context.reader(), ArticleIndex.FACET_DAY);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                total++;
                for (int f = 0; f < FIELDS.length; f++) {
                    if (sets[f].advanceExact(doc)) {
                        for (int i = 0; i < sets[f].docValueCount(); i++) {
                            ordCounts[f][(int) sets[f].nextOrd()]++;
                        }
                    }
                }
                if (day.advanceExact(doc)) {
                    countDay(day.longValue(), 1);
                }
            }

            @Override
            public void finish() throws IOException {
                for (int f = 0; f < FIELDS.length; f++) {
                    Map<String, Integer> counts = values.computeIfAbsent(FIELDS[f], k -> new HashMap<>());
                    for (int ord = 0; ord < ordCounts[f].length; ord++) {
                        if (ordCounts[f][ord] > 0) {
                            counts.merge(sets[f].lookupOrd(ord).utf8ToString(), ordCounts[f][ord], Integer::sum);
                        }
                    }
                }
            }
        };
    }

    private void merge(FacetCounts other) {
        total += other.total;
        other.values.forEach((field, counts) -> {
            Map<String, Integer> into = values.computeIfAbsent(field, k -> new HashMap<>());
            counts.forEach((k, v) -> into.merge(k, v, Integer::sum));
        });
        for (int i = 0; i < other.dayCounts.length; i++) {
            if (other.dayCounts[i] > 0) {
                countDay(other.dayBase + i, other.dayCounts[i]);
            }
        }
    }

    /** Adds {@code n} matches on epoch day {@code day}, growing the day window to hold it. */
    private void countDay(long day, int n) {
        if (dayCounts.length == 0) {
            dayCounts = new int[64];
            dayBase = day - 32;
        }
        if (day < dayBase || day >= dayBase + dayCounts.length) {
            long from = Math.min(dayBase, day);
            long to = Math.max(dayBase + dayCounts.length, day + 1);
            long span = to - from;
            if (span > MAX_DAYS) {
                return; // a day further than MAX_DAYS from the others: a corrupt value, not a facet
            }
            int[] grown = new int[(int) Math.min(MAX_DAYS, Math.max(span, 2L * dayCounts.length))];
            long base = day < dayBase ? to - grown.length : from;
            System.arraycopy(dayCounts, 0, grown, (int) (dayBase - base), dayCounts.length);
            dayCounts = grown;
            dayBase = base;
        }
        dayCounts[(int) (day - dayBase)] += n;
    }

    /** Creates one counter per slice and merges them. */
    static final class Manager implements CollectorManager<FacetCounts, FacetCounts> {
        @Override
        public FacetCounts newCollector() {
            return new FacetCounts();
        }

        @Override
        public FacetCounts reduce(Collection<FacetCounts> collectors) {
            FacetCounts all = new FacetCounts();
            List.copyOf(collectors).forEach(all::merge);
            return all;
        }
    }
}
