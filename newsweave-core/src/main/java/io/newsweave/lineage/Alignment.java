package io.newsweave.lineage;

/**
 * How well two anchor sequences ({@link Anchors}) follow each other: the longest common
 * subsequence, as a share of both lengths (its Dice coefficient). A translation keeps its
 * original's names, dates and numbers in nearly the same order; two reports of one event share
 * many of them in another order. Stateless and thread-safe; costs the product of the lengths.
 */
public final class Alignment {

    private Alignment() {
    }

    /** The length of the longest common subsequence of {@code a} and {@code b}. */
    public static int common(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int[] prev = new int[b.length + 1];
        int[] row = new int[b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            int ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                row[j] = ai == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
            }
            int[] t = prev;
            prev = row;
            row = t;
        }
        return prev[b.length];
    }

    /** How many values {@code a} and {@code b} share, counted as multisets: a bound of {@link #common}. */
    public static int sharedCount(int[] a, int[] b) {
        int[] x = a.clone();
        int[] y = b.clone();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                n++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** {@code 2 · common / (|a| + |b|)}, in [0, 1]; 0 when either is empty. */
    public static double score(int[] a, int[] b) {
        return a.length + b.length == 0 ? 0 : 2.0 * common(a, b) / (a.length + b.length);
    }
}
