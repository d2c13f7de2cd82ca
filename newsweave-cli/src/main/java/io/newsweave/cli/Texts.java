package io.newsweave.cli;

import io.newsweave.story.StoryView;

import java.util.Map;
import java.util.stream.Collectors;

/** Small formatting helpers for terminal output. Output is plain text; nothing is interpreted. */
final class Texts {

    private Texts() {
    }

    static String clip(String text, int max) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    static String dates(StoryView story) {
        if (story.first() == null) {
            return "undated";
        }
        return story.first().equals(story.last()) ? story.first().toString() : story.first() + ".." + story.last();
    }

    static String languages(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
