package io.newsweave.cluster;

import io.newsweave.text.Folding;

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
        Map<String, Integer> counts = new HashMap<>();
        count(title == null ? "" : title, counts);
        String text = body == null ? "" : body;
        count(text.substring(0, Math.min(text.length(), Terms.LEAD_CHARS)), counts);
        return Terms.mostFrequent(counts, MAX_WORDS);
    }

    private static void count(String text, Map<String, Integer> counts) {
        String folded = Folding.fold(text);
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean spaced = true;
            while (i < n && isWordChar(folded.charAt(i))) {
                spaced &= writtenWithSpaces(folded.charAt(i));
                i++;
            }
            if (spaced && i - start >= MIN_LETTERS) {
                counts.merge(folded.substring(start, start + PREFIX), 1, Integer::sum);
            }
        }
    }

    /** Letters, and the marks some alphabets write inside words (Devanagari vowel signs). */
    private static boolean isWordChar(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
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
