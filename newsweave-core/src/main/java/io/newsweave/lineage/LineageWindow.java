package io.newsweave.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent reports a newcomer is compared with, in memory: the last {@link #capacity()} articles
 * added, with their lineage features, found by the bands they share with the newcomer's text
 * sketch ({@link TextSketch#bands()}) or anchor set ({@link Anchors.Sequence#bands()}). Each band is
 * an entry chained into a bucket of a direct-mapped table; a lookup walks at most {@link #WALK}
 * entries per band, newest first, and checks each entry's key, so the cost of a lookup is bounded
 * whatever the store holds and however common a band is (a band shared by thousands of pages, a
 * site template's, yields the newest of them). An article older than the window is no longer found:
 * the window bounds memory (about 1 KB per article) and the cost per article, and a copy or
 * translation is nearly always published within days of its original. Not thread-safe.
 */
public final class LineageWindow {

    /** Entries of one band walked per lookup at most. */
    public static final int WALK = 24;
    /** Bands per article: its text bands, then its anchor bands. */
    private static final int SLOTS = TextSketch.BANDS + Anchors.SET_BANDS;
    private static final int SHIFT = 5; // 2^5 = SLOTS
    private static final long NONE = -1;

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
    /**
     * Per entry (slot * {@value #SLOTS} + band), packed in one long so that a step of a walk reads
     * one place of memory: the band's key (high 32 bits), and the entry before it in its bucket
     * (low 32 bits: how many articles earlier, shifted by {@value #SHIFT}, and its band; 0 for none).
     * The window holds exactly the last {@code capacity} ordinals, so an entry is live when its
     * ordinal is among them: nothing else needs checking.
     */
    private final long[] entries;
    /** Per bucket: its newest entry (ordinal << {@value #SHIFT} | band), or -1. */
    private final long[] heads;
    private final int mask;
    private long added;

    static {
        if (1 << SHIFT != SLOTS) {
            throw new AssertionError("bands per article must be 2^" + SHIFT);
        }
    }

    /** A window of the last {@code capacity} articles added. */
    public LineageWindow(int capacity) {
        if (capacity < 1 || capacity > 1 << 24) {
            throw new IllegalArgumentException("a window holds 1 to 2^24 articles, not " + capacity);
        }
        this.capacity = capacity;
        reports = new Report[capacity];
        days = new int[capacity];
        languageCodes = new int[capacity];
        entries = new long[capacity * SLOTS];
        int buckets = Integer.highestOneBit(Math.max(16, capacity * SLOTS / 2 - 1)) << 1;
        heads = new long[buckets];
        Arrays.fill(heads, NONE);
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
        long ordinal = added++;
        int slot = (int) (ordinal % capacity);
        reports[slot] = new Report(id, seq, features);
        days[slot] = features.published() == null ? Integer.MIN_VALUE : (int) epochDay(features.published());
        languageCodes[slot] = languages.computeIfAbsent(features.language(), l -> languages.size());
        long[] text = features.sketch().comparable() ? features.sketch().bands() : new long[0];
        for (int b = 0; b < SLOTS; b++) {
            long band;
            if (b < TextSketch.BANDS) {
                if (b >= text.length) {
                    continue;
                }
                band = text[b];
            } else {
                if (b - TextSketch.BANDS >= features.findBy().length) {
                    continue;
                }
                band = features.findBy()[b - TextSketch.BANDS] ^ ANCHOR_SALT;
            }
            int bucket = bucket(band);
            long head = heads[bucket];
            long before = head == NONE ? -1 : head >>> SHIFT;
            long link = before >= 0 && ordinal - before < capacity ? (ordinal - before) << SHIFT | (head & (SLOTS - 1)) : 0;
            entries[slot * SLOTS + b] = (long) (int) band << 32 | link;
            heads[bucket] = ordinal << SHIFT | b;
        }
    }

    /** Salt that keeps an anchor band from matching a text band of equal value. */
    private static final long ANCHOR_SALT = 0x6A09E667F3BCC908L;

    /** The reports sharing any of the text {@code bands}, most shared first (ties: newest first), at most {@code limit}. */
    public List<Found> byText(long[] bands, int limit) {
        return find(bands, 0, TextSketch.BANDS, 0, limit, -1, Integer.MIN_VALUE, 0);
    }

    /**
     * The reports sharing any of the anchor {@code bands}, in another language than {@code language},
     * published within {@code within} days of {@code day} (an epoch day; any when it is
     * {@link Integer#MIN_VALUE}) or undated, most shared first (ties: newest first), at most
     * {@code limit}.
     */
    public List<Found> byAnchors(long[] bands, String language, int day, int within, int limit) {
        Integer code = languages.get(language);
        return find(bands, TextSketch.BANDS, SLOTS, ANCHOR_SALT, limit, code == null ? -1 : code, day, within);
    }

    /** Finds by bands {@code from} to {@code to}; {@code language}, when not -1, is left out, as are reports more than {@code within} days from {@code day}. */
    private List<Found> find(long[] bands, int from, int to, long salt, int limit, int language, int day, int within) {
        int found = 0;
        long oldest = added - capacity;
        for (long raw : bands) {
            long band = raw ^ salt;
            int key = (int) band;
            long head = heads[bucket(band)];
            if (head == NONE) {
                continue;
            }
            long ordinal = head >>> SHIFT;
            int b = (int) (head & (SLOTS - 1));
            for (int walked = 0; walked < WALK && ordinal >= oldest; walked++) {
                int slot = (int) (ordinal % capacity);
                long entry = entries[slot * SLOTS + b];
                if (b >= from && b < to && (int) (entry >>> 32) == key) {
                    found = count(ordinal, slot, language, day, within, found);
                }
                int link = (int) entry;
                if (link == 0) {
                    break;
                }
                ordinal -= link >>> SHIFT;
                b = link & (SLOTS - 1);
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
     * holds at most WALK entries per band) and cleared through the list of the cells it used. A
     * report left out (its language, its day) is held with a count of 0.
     */
    private static final int MET = Integer.highestOneBit(WALK * SLOTS) << 2;
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
