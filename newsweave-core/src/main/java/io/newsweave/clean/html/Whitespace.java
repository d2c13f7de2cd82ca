package io.newsweave.clean.html;

/**
 * Whitespace handling shared by the extractor: what counts as a space (the same set as Python's
 * {@code str.isspace}, so our figures match the reference scorer) and collapsing runs of it.
 */
final class Whitespace {

    private Whitespace() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u0085';
    }

    /**
     * Appends {@code text} to {@code out} with every run of whitespace turned into one space and
     * soft hyphens and zero-width spaces left out (as jsoup's {@code text()} does); never
     * starts {@code out} with a space nor doubles one already at its end.
     *
     * @return the number of characters appended
     */
    static int appendCollapsed(StringBuilder out, CharSequence text) {
        int before = out.length();
        boolean pendingSpace = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u00ad' || c == '\u200b') {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                appendSpace(out);
                pendingSpace = false;
            }
            out.append(c);
        }
        if (pendingSpace) {
            appendSpace(out);
        }
        return out.length() - before;
    }

    static void appendSpace(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** Trims and collapses whitespace; {@code null} gives {@code ""}. */
    static String collapse(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        appendCollapsed(sb, text);
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') {
            sb.setLength(end - 1);
        }
        return sb.toString();
    }

    /** Collapses and returns {@code null} for blank input. */
    static String clean(String text) {
        String s = collapse(text);
        return s.isEmpty() ? null : s;
    }
}
