package io.newsweave.time;

import io.newsweave.text.WordRuns;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The date grammar's view of a text's {@link WordRuns} (one token per run), with a lower-case form,
 * an accent-folded key for table lookups, and the sentence each token belongs to. Everything the
 * date grammar needs is read from these arrays; the text itself is never scanned again.
 * Immutable once built.
 */
final class Tokens {

    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte ORDINAL = 2;
    static final byte MIXED = 3;

    /** Lower-case accent fold for U+0000..U+024F; other chars fold to their lower case. */
    private static final char[] FOLD = buildFold();

    final String text;
    final int size;
    final int[] start;
    final int[] end;
    final byte[] kind;
    /** Lower case, accents folded. */
    final String[] key;
    /** Numeric value of the leading digits of NUMBER and ORDINAL tokens, else -1. */
    final int[] value;
    /** Count of leading digits. */
    final byte[] digits;
    final boolean[] capital;
    /** Sentence index of each token. */
    final int[] sentence;

    private Tokens(String text, int n, int[] start, int[] end) {
        this.text = text;
        this.size = n;
        this.start = start;
        this.end = end;
        this.kind = new byte[n];
        this.key = new String[n];
        this.value = new int[n];
        this.digits = new byte[n];
        this.capital = new boolean[n];
        this.sentence = new int[n];
        char[] buf = new char[32];
        for (int t = 0; t < n; t++) {
            int b = start[t];
            int len = end[t] - b;
            if (buf.length < len) {
                buf = new char[len];
            }
            int d = 0;
            long v = 0;
            boolean letters = false;
            boolean digitAfterLetter = false;
            boolean folded = false;
            for (int k = 0; k < len; k++) {
                char c = text.charAt(b + k);
                if (c >= '0' && c <= '9') {
                    if (letters) {
                        digitAfterLetter = true;
                    } else {
                        d++;
                        v = Math.min(v * 10 + (c - '0'), Integer.MAX_VALUE);
                    }
                } else {
                    letters = true;
                }
                char f = c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
                folded |= f != c;
                buf[k] = f;
            }
            key[t] = folded ? new String(buf, 0, len) : text.substring(b, end[t]);
            capital[t] = Character.isUpperCase(text.charAt(b));
            digits[t] = (byte) Math.min(d, 127);
            value[t] = d > 0 ? (int) v : -1;
            if (d > 0 && !letters) {
                kind[t] = NUMBER;
            } else if (d > 0 && d <= 2 && !digitAfterLetter && isOrdinalSuffix(key[t].substring(d))) {
                kind[t] = ORDINAL;
            } else if (d > 0 || digitAfterLetter) {
                kind[t] = MIXED;
            } else {
                kind[t] = WORD;
            }
        }
        int s = 0;
        for (int t = 0; t < n; t++) {
            if (t > 0 && sentenceBreak(t)) {
                s++;
            }
            sentence[t] = s;
        }
    }

    /** Tokenizes {@code text}; {@code null} is treated as empty. */
    static Tokens of(String text) {
        return of(WordRuns.of(text));
    }

    /** The tokens of runs already found: one token per run. */
    static Tokens of(WordRuns runs) {
        int n = runs.size();
        int[] st = new int[n];
        int[] en = new int[n];
        for (int t = 0; t < n; t++) {
            st[t] = runs.start(t);
            en[t] = runs.end(t);
        }
        return new Tokens(runs.text(), n, st, en);
    }

    /** Lower case with accents kept, for suffix rules such as Spanish {@code -rá}; built on demand. */
    String lower(int t) {
        return text.substring(start[t], end[t]).toLowerCase(Locale.ROOT);
    }

    boolean isWord(int t) {
        return t >= 0 && t < size && kind[t] == WORD;
    }

    boolean isNumber(int t) {
        return t >= 0 && t < size && kind[t] == NUMBER;
    }

    /** Key of token {@code t}, or the empty string outside the text. */
    String key(int t) {
        return t >= 0 && t < size ? key[t] : "";
    }

    /** Chars between token {@code t} and token {@code t + 1} (to the end of text for the last). */
    int gapStart(int t) {
        return end[t];
    }

    int gapEnd(int t) {
        return t + 1 < size ? start[t + 1] : text.length();
    }

    int gapLength(int t) {
        return gapEnd(t) - gapStart(t);
    }

    /** True when the gap after {@code t} holds only spaces. */
    boolean spaceAfter(int t) {
        for (int i = gapStart(t); i < gapEnd(t); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return gapLength(t) > 0;
    }

    /** True when the gap after {@code t} holds {@code c} once, optionally with spaces around it. */
    boolean gapIs(int t, char c) {
        boolean seen = false;
        for (int i = gapStart(t); i < gapEnd(t); i++) {
            char g = text.charAt(i);
            if (g == c && !seen) {
                seen = true;
            } else if (!isSpace(g)) {
                return false;
            }
        }
        return seen;
    }

    /** True when the gap after {@code t} is exactly {@code c}, with no spaces. */
    boolean gapExactly(int t, char c) {
        return gapLength(t) == 1 && text.charAt(gapStart(t)) == c;
    }

    /** Same sentence and within {@code maxGap} chars: two tokens close enough to form a phrase. */
    boolean joined(int t, int maxGap) {
        return t + 1 < size && sentence[t] == sentence[t + 1] && gapLength(t) <= maxGap;
    }

    /** Char right after token {@code t}, or 0 at the end. */
    char charAfter(int t) {
        return end[t] < text.length() ? text.charAt(end[t]) : 0;
    }

    /** Char right before token {@code t}, or 0 at the start. */
    char charBefore(int t) {
        return start[t] > 0 ? text.charAt(start[t] - 1) : 0;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private boolean sentenceBreak(int t) {
        int from = end[t - 1];
        int to = start[t];
        boolean stop = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '!' || c == '?') {
                return true;
            }
            if (c == '.' || c == '…') {
                stop = true;
            }
        }
        if (!stop || !capital[t]) {
            return false;
        }
        String prev = key[t - 1];
        // Abbreviations and German ordinals do not end a sentence: "Dec. 7", "p.m. GMT", "7. Dezember".
        if (prev.length() <= 2 || CalendarLexicon.isAbbreviation(prev)) {
            return false;
        }
        return !(kind[t - 1] == NUMBER && digits[t - 1] <= 2 && CalendarLexicon.month(key[t]) != null);
    }

    private static boolean isOrdinalSuffix(String s) {
        return switch (s) {
            case "st", "nd", "rd", "th", "er", "re", "ere", "e", "eme", "o", "a", "\u00ba", "\u00aa" -> true;
            default -> false;
        };
    }

    private static char[] buildFold() {
        char[] f = new char[0x250];
        for (char c = 0; c < f.length; c++) {
            char lc = Character.toLowerCase(c);
            String d = Normalizer.normalize(String.valueOf(lc), Normalizer.Form.NFD);
            char base = d.charAt(0);
            f[c] = (d.length() > 1 && base < 0x80) ? base : lc;
        }
        return f;
    }
}
