package io.newsweave.text;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The one tokenization of a text that every stage reads: its runs of letters and digits
 * ({@link Character#isLetterOrDigit}), with their char offsets, found in one pass. Everything
 * else (spaces, punctuation, combining marks) lies in the gaps between runs. A stage that needs
 * larger words builds them from consecutive runs and the chars of the gap between them (the
 * entity stage joins {@code Jean-Yves}, {@code U.S.}; the quote stage {@code a-t-il}), one that
 * needs folded or lower-case forms derives them from a run's chars; none scans the text for
 * words again. An article's body is tokenized once, in the analysis step, and the same runs go
 * to entity recognition, dating and the clustering keys.
 *
 * <p>Immutable and thread-safe; serializable with its text.
 */
public final class WordRuns implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final WordRuns EMPTY = new WordRuns("", 0, new int[0], new int[0]);

    private final String text;
    private final int size;
    private final int[] starts;
    private final int[] ends;

    private WordRuns(String text, int size, int[] starts, int[] ends) {
        this.text = text;
        this.size = size;
        this.starts = starts;
        this.ends = ends;
    }

    /** The runs of {@code text}; {@code null} is treated as empty. */
    public static WordRuns of(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        int len = text.length();
        int cap = Math.max(8, len / 5);
        int[] st = new int[cap];
        int[] en = new int[cap];
        int n = 0;
        int i = 0;
        while (i < len) {
            while (i < len && !isRunChar(text.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int b = i;
            while (i < len && isRunChar(text.charAt(i))) {
                i++;
            }
            if (n == st.length) {
                st = Arrays.copyOf(st, n * 2);
                en = Arrays.copyOf(en, n * 2);
            }
            st[n] = b;
            en[n] = i;
            n++;
        }
        return new WordRuns(text, n, st, en);
    }

    /** Whether {@code c} belongs to a run: a letter or a digit. */
    public static boolean isRunChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** The text the offsets refer to. */
    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    /** Offset of the first char of run {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** Offset just past the last char of run {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** The chars of run {@code i}. */
    public String run(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** Offset where the gap after run {@code i} ends: the next run's start, or the text's end after the last. */
    public int gapEnd(int i) {
        return i + 1 < size ? starts[i + 1] : text.length();
    }

    /** The index of the first run that ends after {@code offset}, or {@link #size()} when none does. */
    public int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The runs of the offsets {@code [0, to)} only, as if the text ended there (a run crossing it is cut). */
    public WordRuns upTo(int to) {
        if (to >= text.length()) {
            return this;
        }
        int k = firstEndingAfter(to);
        int n = k;
        int[] en = Arrays.copyOf(ends, Math.max(k + 1, 1));
        if (k < size && starts[k] < to) {
            en[k] = to;
            n = k + 1;
        }
        return new WordRuns(text.substring(0, Math.max(0, to)), n, Arrays.copyOf(starts, Math.max(n, 1)), en);
    }
}
