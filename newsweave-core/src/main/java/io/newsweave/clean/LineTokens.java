package io.newsweave.clean;

import io.newsweave.text.Folding;
import io.newsweave.text.WordRuns;

import java.util.ArrayList;
import java.util.List;

/**
 * The folded word tokens of one short line: the {@link WordRuns} of its lower-case,
 * accent-free form. For rule matching on lines, not for article-length text.
 */
final class LineTokens {

    private LineTokens() {
    }

    static List<String> of(String line) {
        WordRuns runs = WordRuns.of(fold(line));
        List<String> tokens = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            tokens.add(runs.run(i));
        }
        return tokens;
    }

    static String fold(String text) {
        return Folding.fold(text);
    }
}
