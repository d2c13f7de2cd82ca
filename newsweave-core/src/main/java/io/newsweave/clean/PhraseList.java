package io.newsweave.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of token phrases, matched against a line's folded tokens. In a phrase, {@code *} stands
 * for any one token and {@code #} for any number. Phrases are indexed by their first token, so a
 * lookup costs one map access per line token. Immutable and thread-safe.
 */
final class PhraseList {

    private final Map<String, List<String[]>> byFirst = new HashMap<>();
    private final List<String[]> wildFirst = new ArrayList<>();

    PhraseList(List<String> phrases) {
        for (String phrase : phrases) {
            String[] tokens = phrase.trim().split(" +");
            if (tokens[0].equals("*") || tokens[0].equals("#")) {
                wildFirst.add(tokens);
            } else {
                byFirst.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(tokens);
            }
        }
    }

    /** Whether the whole line is one of the phrases, give or take {@code slack} trailing tokens. */
    boolean matchesWhole(List<String> tokens, int slack) {
        if (tokens.isEmpty()) {
            return false;
        }
        for (String[] phrase : candidates(tokens.get(0))) {
            if (tokens.size() >= phrase.length && tokens.size() <= phrase.length + slack && matchesAt(tokens, 0, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the phrases occurs anywhere in the line. */
    boolean occursIn(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (String[] phrase : candidates(tokens.get(i))) {
                if (i + phrase.length <= tokens.size() && matchesAt(tokens, i, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String[]> candidates(String first) {
        List<String[]> exact = byFirst.get(first);
        if (wildFirst.isEmpty()) {
            return exact == null ? List.of() : exact;
        }
        List<String[]> all = new ArrayList<>(wildFirst);
        if (exact != null) {
            all.addAll(exact);
        }
        return all;
    }

    private static boolean matchesAt(List<String> tokens, int at, String[] phrase) {
        for (int j = 0; j < phrase.length; j++) {
            String want = phrase[j];
            String got = tokens.get(at + j);
            boolean ok = want.equals("*")
                    || want.equals("#") && got.chars().allMatch(Character::isDigit)
                    || want.equals(got);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
