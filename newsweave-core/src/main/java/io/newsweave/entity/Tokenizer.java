package io.newsweave.entity;

import io.newsweave.text.WordRuns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entity stage's tokens of a text's {@link WordRuns}: words and single punctuation marks,
 * with sentence-initial words marked. A word is a run with the combining marks that follow it,
 * joined to the next run by an inner hyphen ({@code Jean-Yves}, {@code al-Assad}), an apostrophe
 * of a name ({@code O'Brien}) or the dots of a letter abbreviation ({@code U.S.}); elided
 * articles ({@code l'}, {@code d'}, {@code dell'}) and the English possessive ({@code 's}) are
 * split off. Every other char of a gap between runs, but spaces, is a punctuation token.
 * Stateless and thread-safe.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, NameLexicon lexicon) {
        return tokenize(WordRuns.of(text), lexicon);
    }

    static List<Token> tokenize(WordRuns runs, NameLexicon lexicon) {
        String text = runs.text();
        List<Token> out = new ArrayList<>(text.length() / 5);
        int n = text.length();
        int line = 0;
        boolean sentenceStart = true;
        int pos = 0;
        int r = 0;
        while (pos < n) {
            int next = r < runs.size() ? Math.max(pos, runs.start(r)) : n;
            for (; pos < next; pos++) { // the gap before the next word
                char c = text.charAt(pos);
                if (c == '\n') {
                    line++;
                    sentenceStart = true;
                } else if (!Character.isWhitespace(c)) {
                    out.add(new Token(pos, pos + 1, String.valueOf(c), String.valueOf(c), false, false, false, false, line));
                    if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '•' || c == '|') {
                        sentenceStart = !abbreviation(out, lexicon) || c != '.';
                    } else if (c == '—' || c == '–' || c == '-') {
                        sentenceStart |= out.size() == 1 || out.get(out.size() - 2).line() != line;
                    }
                }
            }
            if (r >= runs.size()) {
                break;
            }
            int end = wordEnd(text, pos, Math.max(pos, runs.end(r)));
            int split = elision(text, pos, end);
            if (split > 0) {
                out.add(word(text, pos, split, false, line));
                pos = split;
            } else {
                out.add(word(text, pos, end, sentenceStart, line));
                sentenceStart = false;
                pos = end;
            }
            r = runs.firstEndingAfter(pos);
        }
        return out;
    }

    private static Token word(String text, int start, int end, boolean initial, int line) {
        String s = text.substring(start, end);
        int letters = 0;
        int upper = 0;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            }
        }
        char first = s.charAt(0);
        boolean cap = Character.isUpperCase(first) || Character.isTitleCase(first);
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return new Token(start, end, s, lower, true, cap, letters >= 2 && upper == letters, initial, line);
    }

    /** Where the word starting at {@code start} ends, read on from {@code runEnd}, the end of its first run. */
    private static int wordEnd(String text, int start, int runEnd) {
        int n = text.length();
        int i = runEnd;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                    && i > start) {
                i++;
            } else if (c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i + 2 <= n
                    && (i + 2 == n || !Character.isLetter(text.charAt(i + 2)) || text.charAt(i + 2) == '.')
                    && i - start <= 2 && Character.isUpperCase(text.charAt(start))) {
                i++; // U.S, E.E.UU
            } else {
                break;
            }
        }
        // a trailing dot of a dotted abbreviation belongs to it (U.S.)
        if (i < n && text.charAt(i) == '.' && text.substring(start, i).indexOf('.') > 0) {
            i++;
        }
        return i;
    }

    /** Where an elided article ends ({@code l'} of {@code l'Ukraine}) or a possessive starts; 0 when none. */
    private static int elision(String text, int start, int end) {
        for (int k = start + 1; k < end - 1; k++) {
            char c = text.charAt(k);
            if (c == '\'' || c == '’') {
                String head = text.substring(start, k).toLowerCase(Locale.ROOT);
                String tail = text.substring(k + 1, end);
                if (tail.equals("s") || tail.equals("S")) {
                    return k;
                }
                if (head.length() <= 2 && Character.isLowerCase(text.charAt(start)) || head.equals("dell") || head.equals("all")
                        || head.equals("nell") || head.equals("sull") || head.equals("dall") || head.equals("qu")
                        || head.equals("un") || head.equals("quell")) {
                    return k + 1;
                }
                return 0;
            }
        }
        return 0;
    }

    /** True when the dot just added closes an abbreviation or an initial rather than a sentence. */
    private static boolean abbreviation(List<Token> out, NameLexicon lexicon) {
        if (out.size() < 2) {
            return false;
        }
        Token prev = out.get(out.size() - 2);
        if (!prev.word() || prev.end() != out.get(out.size() - 1).start()) {
            return false;
        }
        return prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))
                || prev.lower().length() <= 4 && lexicon.isTitle(prev.lower())
                || prev.lower().equals("st") || prev.lower().equals("jr") || prev.lower().equals("no");
    }
}
