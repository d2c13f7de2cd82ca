package io.newsweave.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into candidate paragraphs: one per line, except that blocks of hard-wrapped
 * lines (several lines in a block, most of them long and not ending a sentence) are joined.
 */
final class Paragraphs {

    private static final int WRAP_MIN = 40;

    private Paragraphs() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String squeezed = UnicodeCleaner.squeeze(line);
            if (squeezed.isEmpty()) {
                flush(block, out);
            } else {
                block.add(squeezed);
            }
        }
        flush(block, out);
        return out;
    }

    private static void flush(List<String> block, List<String> out) {
        if (block.isEmpty()) {
            return;
        }
        if (isHardWrapped(block)) {
            out.add(String.join(" ", block));
        } else {
            out.addAll(block);
        }
        block.clear();
    }

    private static boolean isHardWrapped(List<String> block) {
        if (block.size() < 3) {
            return false;
        }
        int wrapped = 0;
        for (int i = 0; i < block.size() - 1; i++) {
            String line = block.get(i);
            if (line.length() >= WRAP_MIN && line.length() <= 100 && !LineRules.endsSentence(line)) {
                wrapped++;
            }
        }
        return wrapped * 2 >= block.size() - 1;
    }
}
