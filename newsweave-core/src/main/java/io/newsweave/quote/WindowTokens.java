package io.newsweave.quote;

import io.newsweave.text.WordRuns;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of a short window of a text's {@link WordRuns}: words (runs with the combining
 * marks after them, joined over inner apostrophes, hyphens and periods: "l'Élysée", "a-t-il",
 * "U.S") and single punctuation marks, with their offsets. Used on the few hundred characters
 * around a quote; the article is tokenized once and each window reads its runs.
 */
final class WindowTokens {

    private final String text;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int size;

    private WindowTokens(String text) {
        this.text = text;
    }

    static WindowTokens of(WordRuns words, int from, int to) {
        return of(words, from, to, Integer.MAX_VALUE);
    }

    /** The first {@code maxTokens} tokens of {@code [from, to)}; a word is cut at {@code to}. */
    static WindowTokens of(WordRuns words, int from, int to, int maxTokens) {
        String text = words.text();
        WindowTokens w = new WindowTokens(text);
        int i = Math.max(0, from);
        int end = Math.min(to, text.length());
        while (i < end && w.size < maxTokens) {
            char c = text.charAt(i);
            if (Marks.isBlank(c)) {
                i++;
            } else if (WordRuns.isRunChar(c)) {
                int j = i;
                while (j < end) {
                    char d = text.charAt(j);
                    if (WordRuns.isRunChar(d)) {
                        j = Math.min(end, words.end(words.firstEndingAfter(j)));
                    } else if (Character.getType(d) == Character.NON_SPACING_MARK
                            || j + 1 < end && "'’-.".indexOf(d) >= 0 && WordRuns.isRunChar(text.charAt(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                w.add(i, j);
                i = j;
            } else {
                w.add(i, i + 1);
                i++;
            }
        }
        return w;
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String raw(int i) {
        return text.substring(starts[i], ends[i]);
    }

    String lower(int i) {
        return raw(i).toLowerCase(Locale.ROOT);
    }

    /** Whether token {@code i} is {@code lower} (a lower-case word) in any case, without copying it. */
    boolean is(int i, String lower) {
        return ends[i] - starts[i] == lower.length() && text.regionMatches(true, starts[i], lower, 0, lower.length());
    }

    boolean isWord(int i) {
        return Character.isLetterOrDigit(text.charAt(starts[i]));
    }

    char punct(int i) {
        return text.charAt(starts[i]);
    }

    boolean isCapitalized(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Whether token {@code i} ends a sentence: . ! ? ; not after an abbreviation like "Lt." or "U.S.". */
    boolean endsSentence(int i) {
        if (isWord(i)) {
            return false;
        }
        char c = punct(i);
        if (c == '!' || c == '?' || c == ';' || c == '…') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        if (i > 0 && isWord(i - 1) && ends[i - 1] == starts[i]) {
            int len = ends[i - 1] - starts[i - 1];
            String prev = raw(i - 1);
            return !(isCapitalized(i - 1) && len <= 3 || prev.indexOf('.') > 0);
        }
        return true;
    }
}
