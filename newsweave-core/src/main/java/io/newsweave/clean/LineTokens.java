package io.newsweave.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The folded word tokens of one short line: lower case, accents removed, runs of letters or
 * digits; everything else separates. For rule matching on lines, not for article-length text.
 */
final class LineTokens {

    private LineTokens() {
    }

    static List<String> of(String line) {
        String folded = fold(line);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(folded.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    static String fold(String text) {
        return io.newsweave.text.Folding.fold(text);
    }
}
