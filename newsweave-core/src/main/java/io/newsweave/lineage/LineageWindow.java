package io.newsweave.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent reports a newcomer is compared with, in memory: the last {@link #capacity()} articles
 * added, with their lineage features, found by the bands they share with the newcomer's text
 * sketch ({@link TextSketch#bands()}) or anchor set ({@link Anchors.Sequence#bands()}). The bands
 * are held in a set-associative table: each bucket is one cache line of {@value #WAYS} (key, article)
 * entries, a band is written to its bucket in place of the oldest entry there, and a lookup reads
 * one bucket per band. So a lookup costs the same whatever the store holds and however common a
 * band is: a band shared by thousands of pages (a site template) yields the newest of them. There
 * are at least 1.25 ways per band of a full window; a bucket that overflows loses its oldest entries
 * first (a copy shares several bands with its original, so one lost rarely matters). An article
 * older than the window is no longer found: the window bounds memory (about 0.8 KB per article)
 * and cost, and a copy or translation is nearly always published within days of its original.
 * Not thread-safe.
 */
public final class LineageWindow {

    /** Entries per bucket: articles found by one band at most. */
    public static final int WAYS = 8;
    /** Bands per article: its text bands, then its anchor bands. */
    private static final int SLOTS = TextSketch.BANDS + Anchors.SET_BANDS;
    private static final long NONE = -1;
    /** Ordinals are kept as ints: a window that has taken this many is rebuilt ({@link #full()}). */
    private static final long MAX_ORDINAL = Integer.MAX_VALUE - 1L;

    /** A report the window holds. */
    public record Report(String id, long seq, LineageFeatures features) {
    }

    /** A report found with how many of the newcomer's bands it shares. */
    public record Found(Report report, int shared) {
    }

    private final int capacity;
    private final Report[] reports;
    /** Per slot: its report's publication day (epoch day, or {@link Integer#MIN_VALUE}) and language (a code of {@link #languages}). */
    private final int[] days;
    private final int[] languageCodes;
    private final Map<String, Integer> languages = new HashMap<>();
    /** Per bucket, {@value #WAYS} pairs of ints: a band's key, and its article's ordinal + 1 (0: empty). */
    private final int[] table;
    private final int mask;
    private long added;

    /** A window of the last {@code capacity} articles added. */
    public LineageWindow(int capacity) {
        if (capacity < 1 || capacity > 1 << 20) {
            throw new IllegalArgumentException("a window holds 1 to 2^20 articles, not " + capacity);
        }
        this.capacity = capacity;
        reports = new Report[capacity];
        days = new int[capacity];
        languageCodes = new int[capacity];
        // at least 1.25 ways per band of a full window (0.625-1.25 bands per way on average)
        int buckets = Integer.highestOneBit(Math.max(16, capacity * SLOTS / WAYS * 5 / 4 - 1)) << 1;
        table = new int[buckets * WAYS * 2];
        mask = buckets - 1;
    }

    public int capacity() {
        return capacity;
    }

    /**
     * A window of {@code capacity} (at least this one's) holding this one's reports, oldest first:
     * how a window that started small grows.
     */
    public LineageWindow grown(int capacity) {
        if (capacity < this.capacity) {
            throw new IllegalArgumentException("a window grows: " + capacity + " < " + this.capacity);
        }
        LineageWindow out = new LineageWindow(capacity);
        for (long ordinal = Math.max(0, added - this.capacity); ordinal < added; ordinal++) {
            Report r = reports[(int) (ordinal % this.capacity)];
            out.add(r.id(), r.seq(), r.features());
        }
        return out;
    }

    /** Articles the window holds. */
    public int size() {
        return (int) Math.min(added, capacity);
    }

    /**
     * Adds a report, pushing out the oldest when the window is full. Its text bands are taken from
     * its sketch (none when the sketch is not {@linkplain TextSketch#comparable() comparable}), its
     * anchor bands from {@link LineageFeatures#findBy()}.
     */
    public void add(String id, long seq, LineageFeatures features) {
        if (full()) {
            throw new IllegalStateException("a window takes " + MAX_ORDINAL + " articles; rebuild it with grown()");
        }
        long ordinal = added++;
        int slot = (int) (ordinal % capacity);
        reports[slot] = new Report(id, seq, features);
        days[slot] = features.published() == null ? Integer.MIN_VALUE : (int) epochDay(features.published());
        languageCodes[slot] = languages.computeIfAbsent(features.language(), l -> languages.size());
        long[] text = features.sketch().comparable() ? features.sketch().bands() : new long[0];
        for (long band : text) {
            put(band, ordinal);
        }
        for (long band : features.findBy()) {
            put(band ^ ANCHOR_SALT, ordinal);
        }
    }

    /** Writes {@code band} of the article {@code ordinal} into its bucket, in place of an empty, gone or oldest entry. */
    private void put(long band, long ordinal) {
        int base = bucket(band) * WAYS * 2;
        long oldest = added - capacity;
        int chosen = base;
        int chosenOrdinal = Integer.MAX_VALUE;
        for (int at = base; at < base + WAYS * 2; at += 2) {
            int held = table[at + 1] - 1;
            if (held < 0 || held < oldest) {
                chosen = at;
                break;
            }
            if (held < chosenOrdinal) {
                chosenOrdinal = held;
                chosen = at;
            }
        }
        table[chosen] = (int) band;
        table[chosen + 1] = (int) ordinal + 1;
    }

    /** Whether the window has taken so many articles that it must be rebuilt ({@link #grown}) to take more. */
    public boolean full() {
        return added >= MAX_ORDINAL;
    }

    /** Salt that keeps an anchor band from matching a text band of equal value. */
    private static final long ANCHOR_SALT = 0x6A09E667F3BCC908L;

    /** The reports sharing any of the text {@code bands}, most shared first (ties: newest first), at most {@code limit}. */
    public List<Found> byText(long[] bands, int limit) {
        return find(bands, 0, limit, -1, Integer.MIN_VALUE, 0);
    }

    /**
     * The reports sharing any of the anchor {@code bands}, in another language than {@code language},
     * published within {@code within} days of {@code day} (an epoch day; any when it is
     * {@link Integer#MIN_VALUE}) or undated, most shared first (ties: newest first), at most
     * {@code limit}.
     */
    public List<Found> byAnchors(long[] bands, String language, int day, int within, int limit) {
        Integer code = languages.get(language);
        return find(bands, ANCHOR_SALT, limit, code == null ? -1 : code, day, within);
    }

    /** Finds by {@code bands} (salted); {@code language}, when not -1, is left out, as are reports more than {@code within} days from {@code day}. */
    private List<Found> find(long[] bands, long salt, int limit, int language, int day, int within) {
        int found = 0;
        long oldest = added - capacity;
        for (long raw : bands) {
            long band = raw ^ salt;
            int key = (int) band;
            int base = bucket(band) * WAYS * 2;
            for (int at = base; at < base + WAYS * 2; at += 2) {
                long ordinal = table[at + 1] - 1L;
                if (ordinal >= 0 && ordinal >= oldest && table[at] == key) {
                    found = count(ordinal, (int) (ordinal % capacity), language, day, within, found);
                }
            }
        }
        List<long[]> ranked = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            int at = used[i];
            if (shared[at] > 0) {
                ranked.add(new long[] {seen[at], shared[at]});
            }
            seen[at] = NONE;
        }
        ranked.sort((x, y) -> x[1] != y[1] ? Long.compare(y[1], x[1]) : Long.compare(y[0], x[0]));
        List<Found> out = new ArrayList<>(Math.min(limit, ranked.size()));
        for (int i = 0; i < ranked.size() && out.size() < limit; i++) {
            out.add(new Found(reports[(int) (ranked.get(i)[0] % capacity)], (int) ranked.get(i)[1]));
        }
        return out;
    }

    /*
     * What one lookup has met, by ordinal: an open-addressed table reused from lookup to lookup (it
     * holds at most WAYS entries per band) and cleared through the list of the cells it used. A
     * report left out (its language, its day) is held with a count of 0.
     */
    private static final int MET = Integer.highestOneBit(WAYS * SLOTS) << 2;
    private final long[] seen = filled(MET);
    private final int[] shared = new int[MET];
    private final int[] used = new int[MET];

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, NONE);
        return a;
    }

    /** Counts one more band shared with the report at {@code ordinal}; returns the cells used. */
    private int count(long ordinal, int slot, int language, int day, int within, int found) {
        int at = (int) (TextSketch.mix(ordinal) & (MET - 1));
        while (seen[at] != NONE && seen[at] != ordinal) {
            at = (at + 1) & (MET - 1);
        }
        if (seen[at] == NONE) {
            seen[at] = ordinal;
            boolean near = day == Integer.MIN_VALUE || days[slot] == Integer.MIN_VALUE
                    || Math.abs((long) days[slot] - day) <= within;
            shared[at] = near && (language < 0 || languageCodes[slot] != language) ? 1 : 0;
            used[found] = at;
            return found + 1;
        }
        if (shared[at] > 0) {
            shared[at]++;
        }
        return found;
    }

    /** The epoch day of an ISO date ({@code 2021-12-07}), read without the general parser when it has that form. */
    public static long epochDay(String iso) {
        if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
            int y = digits(iso, 0, 4);
            int m = digits(iso, 5, 7);
            int d = digits(iso, 8, 10);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                return java.time.LocalDate.of(y, m, d).toEpochDay();
            }
        }
        return java.time.LocalDate.parse(iso).toEpochDay();
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private int bucket(long band) {
        return (int) (band >>> 32) & mask;
    }
}
