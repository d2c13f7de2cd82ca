package io.newsweave.cli;

import io.newsweave.story.StoryView;

import java.util.Map;
import java.util.stream.Collectors;

/** Small formatting helpers for terminal output. Output is plain text; nothing is interpreted. */
final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} on one line, its control and format characters shown as spaces, cut to {@code max} characters. */
    static String clip(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        for (int i = 0; i < text.length() && out.length() <= max; i++) {
            char c = text.charAt(i);
            out.append(hidden(c) ? ' ' : c);
        }
        return out.length() <= max ? out.toString() : out.substring(0, max - 1) + "…";
    }

    /**
     * A name or text from an input made safe for a TSV field or a terminal line: tab, newline,
     * carriage return and backslash as {@code \t \n \r \\}, every other control or format
     * character (ANSI escapes, C1 controls, bidirectional overrides, byte-order marks) as a
     * backslash, {@code u} and four hex digits. Reversible; printable text is unchanged.
     */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\\' -> "\\\\";
                default -> hidden(c) ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Control and format characters, except the zero-width (non-)joiners that Persian, Hindi and emoji need. */
    private static boolean hidden(char c) {
        if (c == '\u200c' || c == '\u200d') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    static String dates(StoryView story) {
        if (story.first() == null) {
            return "undated";
        }
        return story.first().equals(story.last()) ? story.first().toString() : story.first() + ".." + story.last();
    }

    static String languages(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> escape(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
