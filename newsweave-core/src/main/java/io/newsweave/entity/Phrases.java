package io.newsweave.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of word sequences, each with a value, matched on the tokens of an article: a
 * phrase is tokenized like article text and compared on lower case, longest match first; a
 * one-word phrase ending in {@code *} matches any word it starts. Immutable once built;
 * thread-safe.
 *
 * @param <V> what a phrase stands for
 */
final class Phrases<V> {

    private record Entry<V>(String[] words, V value) {
    }

    /** A match: how many tokens it spans and its value. */
    record Match<V>(int length, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    /** Stems by their first char (Latin, Greek and Cyrillic fit the array; the rest go to the map). */
    @SuppressWarnings("unchecked")
    private final List<Entry<V>>[] stemsByChar = new List[0x530];
    private final Map<Character, List<Entry<V>>> otherStems = new HashMap<>();

    void add(String phrase, V value, NameLexicon lexicon) {
        String p = phrase.strip();
        if (p.endsWith("*") && p.indexOf(' ') < 0) {
            String stem = p.substring(0, p.length() - 1).toLowerCase(java.util.Locale.ROOT);
            char c = stem.charAt(0);
            List<Entry<V>> list = c < stemsByChar.length ? stemsByChar[c] : otherStems.get(c);
            if (list == null) {
                list = new ArrayList<>();
                if (c < stemsByChar.length) {
                    stemsByChar[c] = list;
                } else {
                    otherStems.put(c, list);
                }
            }
            list.add(new Entry<>(new String[] {stem}, value));
            return;
        }
        List<String> words = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(p, lexicon)) {
            words.add(t.lower());
        }
        if (!words.isEmpty()) {
            Entry<V> e = new Entry<>(words.toArray(String[]::new), value);
            List<Entry<V>> list = byFirst.computeIfAbsent(e.words()[0], k -> new ArrayList<>());
            list.add(e);
            list.sort((a, b) -> b.words().length - a.words().length);
        }
    }

    /** The longest phrase starting at token {@code i} on one line, or {@code null}. */
    Match<V> at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(i);
        List<Entry<V>> candidates = byFirst.get(first.lower());
        if (candidates != null) {
            for (Entry<V> e : candidates) {
                if (matches(tokens, i, e.words())) {
                    return new Match<>(e.words().length, e.value());
                }
            }
        }
        return first.word() ? stem(first.lower()) : null;
    }

    /** The phrase that ends at token {@code j} (spanning at most three tokens), or {@code null}. */
    Match<V> endingAt(List<Token> tokens, int j) {
        for (int start = Math.max(0, j - 2); start <= j; start++) {
            Match<V> m = at(tokens, start);
            if (m != null && start + m.length() - 1 == j) {
                return m;
            }
        }
        return null;
    }

    /** The value of a one-word phrase equal to, or a stem of, {@code lower}; {@code null} when none. */
    Match<V> word(String lower) {
        List<Entry<V>> candidates = byFirst.get(lower);
        if (candidates != null) {
            for (Entry<V> e : candidates) {
                if (e.words().length == 1) {
                    return new Match<>(1, e.value());
                }
            }
        }
        return stem(lower);
    }

    private Match<V> stem(String lower) {
        if (lower.isEmpty()) {
            return null;
        }
        char c = lower.charAt(0);
        List<Entry<V>> candidates = c < stemsByChar.length ? stemsByChar[c] : otherStems.get(c);
        if (candidates != null) {
            for (Entry<V> e : candidates) {
                if (lower.startsWith(e.words()[0])) {
                    return new Match<>(1, e.value());
                }
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        int line = tokens.get(i).line();
        for (int k = 0; k < words.length; k++) {
            Token t = tokens.get(i + k);
            if (t.line() != line || !t.lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
