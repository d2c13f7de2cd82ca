package io.newsweave.lineage;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

import java.util.Arrays;

/**
 * What copy detection compares of an article's text: the number of distinct word shingles of its
 * body ({@value #SHINGLE} words, folded: case and accents ignored, punctuation and spacing dropped)
 * and their MinHash signature of {@value #HASHES} values, from which the resemblance of two texts
 * and how much of each the other contains are estimated without the texts. The signature's
 * {@value #BANDS} bands of {@value #ROWS} values are the keys copy candidates are found by (locality
 * sensitive hashing: two texts sharing half their shingles share a band with probability 0.99,
 * two sharing a twentieth with probability 0.04). Immutable; {@link #of} is
 * stateless and thread-safe.
 *
 * @param shingles distinct shingles of the body (0 for a text shorter than one shingle)
 * @param minHash  the signature ({@link #HASHES} values), empty when {@code shingles} is 0
 */
public record TextSketch(int shingles, int[] minHash) implements java.io.Serializable {

    /** Words per shingle. */
    public static final int SHINGLE = 4;
    public static final int HASHES = 64;
    public static final int ROWS = 2;
    /** Bands cut from the first values of the signature (more bands find more, at a search cost each). */
    public static final int BANDS = 16;
    /** Shingles a text needs before it can be called anyone's copy: about two sentences. */
    public static final int MIN_SHINGLES = 25;

    public static final TextSketch EMPTY = new TextSketch(0, new int[0]);

    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    public TextSketch {
        if (shingles < 0) {
            throw new IllegalArgumentException("negative shingle count: " + shingles);
        }
        if (minHash.length != 0 && minHash.length != HASHES) {
            throw new IllegalArgumentException("a signature has " + HASHES + " values, not " + minHash.length);
        }
        if ((shingles == 0) != (minHash.length == 0)) {
            throw new IllegalArgumentException("a sketch of " + shingles + " shingles with " + minHash.length + " values");
        }
    }

    /** The sketch of {@code body}. */
    public static TextSketch of(String body) {
        long[] words = words(body);
        if (words.length < SHINGLE) {
            return EMPTY;
        }
        LongOpenHashSet distinct = new LongOpenHashSet(words.length);
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) {
                h = mix(h * 31 + words[i + k]);
            }
            distinct.add(h);
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        var it = distinct.iterator();
        while (it.hasNext()) {
            long s = it.nextLong();
            for (int i = 0; i < HASHES; i++) {
                long v = (s ^ SEEDS[i]) * 0x9E3779B97F4A7C15L;
                v ^= v >>> 29;
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            signature[i] = (int) (min[i] >>> 32);
        }
        return new TextSketch(distinct.size(), signature);
    }

    /** Whether the text is long enough to be compared at all. */
    public boolean comparable() {
        return shingles >= MIN_SHINGLES;
    }

    /** The estimated resemblance (Jaccard) of the two texts' shingle sets, 0 when either is empty. */
    public double resemblance(TextSketch other) {
        if (minHash.length == 0 || other.minHash.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minHash[i] == other.minHash[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** Estimated shingles the two texts share. */
    public double shared(TextSketch other) {
        double j = resemblance(other);
        return j / (1 + j) * (shingles + other.shingles);
    }

    /** Estimated share of this text found in {@code other}, in [0, 1]. */
    public double containedIn(TextSketch other) {
        return shingles == 0 ? 0 : Math.min(1, shared(other) / shingles);
    }

    /** The band keys this text is found by, {@link #BANDS} of them; none for an empty sketch. */
    public long[] bands() {
        if (minHash.length == 0) {
            return new long[0];
        }
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 0x100000001B3L + minHash[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    /**
     * The folded words of {@code text} as 64-bit hashes: runs of letters and digits, lower-cased,
     * with combining marks dropped (so "Élysée" and "Elysee" are one word).
     */
    static long[] words(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD);
        long[] out = new long[Math.max(8, folded.length() / 5)];
        int n = 0;
        long h = 0;
        boolean in = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = h * 0x100000001B3L + Character.toLowerCase(c);
                in = true;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (in) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = mix(h);
                h = 0;
                in = false;
            }
        }
        if (in) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n + 1);
            }
            out[n++] = mix(h);
        }
        return Arrays.copyOf(out, n);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSketch t && t.shingles == shingles && Arrays.equals(t.minHash, minHash);
    }

    @Override
    public int hashCode() {
        return 31 * shingles + Arrays.hashCode(minHash);
    }

    @Override
    public String toString() {
        return "TextSketch[" + shingles + " shingles]";
    }
}
