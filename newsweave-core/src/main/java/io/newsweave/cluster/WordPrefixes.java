package io.newsweave.cluster;

import io.newsweave.text.Folding;
import io.newsweave.text.WordRuns;

import java.util.HashMap;
import java.util.Map;

/**
 * The words of the clustering's language-independent lexical channel ({@link Channel#WORDS}):
 * every word of at least {@value #MIN_LETTERS} letters, case- and accent-folded and cut to its
 * first {@value #PREFIX}, so that cognates and inflections meet across languages and within one
 * (président / president / presidente, nucléaire / nuclear / nucleare, Regierung / Regierungen)
 * without a dictionary. Capitalized or not: unlike {@link GroupingKeys} this is the vocabulary,
 * not the names. Scripts written without spaces between words (Han, kana, Hangul) give none; the
 * stemmed {@link Terms} cover them. Reads the title and the first {@value Terms#LEAD_CHARS}
 * characters of the body. Stateless and thread-safe.
 */
final class WordPrefixes {

    static final int PREFIX = 5;
    static final int MIN_LETTERS = 5;
    /** At most this many keys per article, the most frequent. */
    static final int MAX_WORDS = 64;

    private WordPrefixes() {
    }

    /** Word keys of the title and the body's lead with their counts, most frequent first, then alphabetical. */
    static Map<String, Integer> counts(String title, String body) {
        return counts(title, WordRuns.of(body));
    }

    /** {@link #counts(String, String)} of a body already tokenized. */
    static Map<String, Integer> counts(String title, WordRuns body) {
        Map<String, Integer> counts = new HashMap<>();
        count(WordRuns.of(title), counts);
        count(body.upTo(Terms.LEAD_CHARS), counts);
        return Terms.mostFrequent(counts, MAX_WORDS);
    }

    /**
     * Counts the words of {@code runs}: runs joined over gaps of combining marks only (the vowel
     * signs of Devanagari), folded, and cut at digits.
     */
    private static void count(WordRuns runs, Map<String, Integer> counts) {
        String text = runs.text();
        int r = 0;
        while (r < runs.size()) {
            int start = runs.start(r);
            int k = r;
            while (k + 1 < runs.size() && onlyMarks(text, runs.end(k), runs.start(k + 1))) {
                k++;
            }
            int end = marksAfter(text, runs.end(k));
            String folded = Folding.fold(text.substring(start, end));
            int n = folded.length();
            int i = 0;
            while (i < n) {
                if (!isWordChar(folded.charAt(i))) {
                    i++;
                    continue;
                }
                int b = i;
                boolean spaced = true;
                while (i < n && isWordChar(folded.charAt(i))) {
                    spaced &= writtenWithSpaces(folded.charAt(i));
                    i++;
                }
                if (spaced && i - b >= MIN_LETTERS) {
                    counts.merge(Skeleton.prefix(folded.substring(b, i), PREFIX), 1, Integer::sum);
                }
            }
            r = k + 1;
        }
    }

    private static boolean onlyMarks(String text, int from, int to) {
        return from < to && marksAfter(text, from) >= to;
    }

    /** The end of the combining marks starting at {@code from}. */
    private static int marksAfter(String text, int from) {
        int i = from;
        while (i < text.length() && isMark(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Letters, and the marks some alphabets write inside words (Devanagari vowel signs). */
    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || isMark(c);
    }

    private static boolean writtenWithSpaces(char c) {
        if (Character.isIdeographic(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HIRAGANA && script != Character.UnicodeScript.KATAKANA
                && script != Character.UnicodeScript.HANGUL && script != Character.UnicodeScript.THAI;
    }
}
