package io.newsweave.lineage;

import io.newsweave.model.Mention;
import io.newsweave.model.Timex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a translation keeps of its original whatever the language: the sequence, in text order, of
 * the named entities (canonical ids, descriptions left out), the dates (normalized values) and the
 * numbers (their digits: "1,5" and "1.5" are one number; digits inside a date are the date's) of an
 * article. Each anchor is kept as a term ({@code e:…}, {@code d:…}, {@code n:…}) for finding
 * candidates and as a 32-bit code for aligning sequences; an immediate repeat is kept once, and
 * at most {@value #MAX} anchors are kept. Stateless and thread-safe.
 */
public final class Anchors {

    /** Anchors kept per article. */
    public static final int MAX = 120;
    /** Bands of the anchor set's signature ({@link Sequence#bands()}). */
    public static final int SET_BANDS = 16;
    public static final int SET_ROWS = 2;

    private Anchors() {
    }

    /** One article's anchors, in text order. */
    public record Sequence(List<String> terms) {

        public static final Sequence EMPTY = new Sequence(List.of());

        public Sequence {
            terms = List.copyOf(terms);
        }

        /** The anchors as codes, in order. */
        public int[] codes() {
            int[] out = new int[terms.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = code(terms.get(i));
            }
            return out;
        }

        /** The codes of the distinct {@link #telling} anchors, what candidates are found by. */
        public int[] tellingCodes() {
            return terms.stream().filter(Anchors::telling).distinct().mapToInt(Anchors::code).toArray();
        }

        /**
         * The keys translation candidates are found by: the {@value #SET_BANDS} bands of
         * {@value #SET_ROWS} values of a MinHash signature of the set of {@link #telling} anchors,
         * so that two reports sharing most of their names, dates and large numbers share a band
         * (at a resemblance of 0.4, with probability 0.94; at 0.2, 0.49); none when the set is empty.
         */
        public long[] bands() {
            int[] set = tellingCodes();
            if (set.length == 0) {
                return new long[0];
            }
            long[] min = new long[SET_BANDS * SET_ROWS];
            java.util.Arrays.fill(min, Long.MAX_VALUE);
            for (int code : set) {
                long x = TextSketch.mix(code);
                for (int i = 0; i < min.length; i++) {
                    long v = TextSketch.mix(x + 0x9E3779B97F4A7C15L * (i + 1));
                    if (v < min[i]) {
                        min[i] = v;
                    }
                }
            }
            long[] out = new long[SET_BANDS];
            for (int b = 0; b < SET_BANDS; b++) {
                long h = 0x51ED27L + b;
                for (int r = 0; r < SET_ROWS; r++) {
                    h = TextSketch.mix(h * 31 + min[b * SET_ROWS + r]);
                }
                out[b] = h;
            }
            return out;
        }

        /** The distinct anchors, in order of first appearance. */
        public Set<String> distinct() {
            return new LinkedHashSet<>(terms);
        }

        public int size() {
            return terms.size();
        }
    }

    /**
     * Whether an anchor tells reports apart well enough to find candidates by: a name, a date, or
     * a number of three digits or more (small numbers are in every report).
     */
    public static boolean telling(String term) {
        return !term.startsWith("n:") || term.length() >= 5;
    }

    /** The 32-bit code of an anchor term. */
    public static int code(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h = (h ^ term.charAt(i)) * 0x100000001B3L;
        }
        return (int) (TextSketch.mix(h) >>> 32);
    }

    /** The anchors of an article's {@code text}, with its canonical mentions and its timexes. */
    public static Sequence of(String text, List<Mention> mentions, List<Timex> timexes) {
        record At(int start, String term) {
        }
        List<At> found = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.entity() != null && !m.entity().isEmpty() && !m.description()) {
                found.add(new At(m.start(), "e:" + m.entity()));
            }
        }
        boolean[] inDate = new boolean[text.length() + 1];
        for (Timex t : timexes) {
            if (t.value() != null && !t.value().isEmpty() && "DATE".equals(t.type()) && !t.vague()) {
                found.add(new At(t.start(), "d:" + t.value()));
                Arrays.fill(inDate, Math.max(0, t.start()), Math.min(text.length(), Math.max(t.start(), t.end())), true);
            }
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int start = i;
                StringBuilder digits = new StringBuilder();
                while (i < n) {
                    char d = text.charAt(i);
                    if (d >= '0' && d <= '9') {
                        digits.append(d);
                        i++;
                    } else if ((d == '.' || d == ',' || d == '\u00A0' || d == '\u202F' || d == '\'' || d == ' ')
                            && i + 1 < n && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9'
                            && (d != ' ' || i + 3 < n && isDigits(text, i + 1, 3) && (i + 4 >= n || !Character.isDigit(text.charAt(i + 4))))) {
                        i++;
                    } else {
                        break;
                    }
                }
                if (!inDate[start] && (i >= n || !Character.isLetter(text.charAt(i)))) {
                    found.add(new At(start, "n:" + digits));
                }
            } else {
                i++;
            }
        }
        found.sort(java.util.Comparator.comparingInt(At::start));
        List<String> terms = new ArrayList<>();
        for (At at : found) {
            if (terms.size() == MAX) {
                break;
            }
            if (terms.isEmpty() || !terms.get(terms.size() - 1).equals(at.term())) {
                terms.add(at.term());
            }
        }
        return new Sequence(terms);
    }

    private static boolean isDigits(String text, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (k >= text.length() || text.charAt(k) < '0' || text.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
