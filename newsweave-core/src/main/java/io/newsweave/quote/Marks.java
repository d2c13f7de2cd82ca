package io.newsweave.quote;

import io.newsweave.text.WordRuns;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted stretches of a text in one left-to-right pass with a small stack of open marks
 * (at most {@link #MAX_DEPTH}): every quote style (“…” "…" «…» »…« „…“ ‚…‘ ‹…› ‘…’ '…' 「…」),
 * nesting (only outermost quotes are returned), apostrophes told from single quotes by the letters
 * around them, quotes running over paragraphs (the opening mark repeated at each paragraph start,
 * or » continuing a « quote), quotes closed by a mismatched mark (« … ”, „ … ") and dialogue turns
 * introduced by a dash. A mark left open at a paragraph end is dropped. No
 * regular expression; cost is linear in the text whatever its marks.
 */
final class Marks {

    static final int MAX_DEPTH = 4;

    private Marks() {
    }

    static boolean isMark(char c) {
        if (c > '\'' && c < '\u00ab') {
            return false;
        }
        return switch (c) {
            case '"', '\'', '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›', '「', '」', '『', '』' -> true;
            default -> false;
        };
    }

    static boolean isDash(char c) {
        return c == '—' || c == '–' || c == '―';
    }

    /** Outermost quotes of {@code text} in order; dialogue dashes are read when {@code dialogue}. */
    static List<Span> find(WordRuns words, boolean dialogue) {
        String text = words.text();
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int[] openAt = new int[MAX_DEPTH];
        char[] openChar = new char[MAX_DEPTH];
        int depth = 0;
        List<Integer> repeated = new ArrayList<>();
        boolean paragraphStart = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int j = i;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (depth > 0 && j < n && (text.charAt(j) == openChar[0] || openChar[0] == '«' && text.charAt(j) == '»')) {
                    // the opening mark repeated at the paragraph start, or French and Spanish » continuing a « quote
                    depth = 1;
                    repeated.add(j);
                    i = j + 1;
                    continue;
                }
                if (depth == 1 && j < n && closedWithAttribution(text, j, openChar[0])) {
                    i = j; // the quote goes on in the next paragraph, which closes it: “… \n\n …,” said X
                    continue;
                }
                depth = 0;
                repeated.clear();
                paragraphStart = true;
                i = j;
                continue;
            }
            if (paragraphStart) {
                paragraphStart = false;
                if (dialogue && isDash(c)) {
                    i = Dialogue.read(words, i, out);
                    continue;
                }
            }
            if (isMark(c)) {
                boolean prevSpace = i == 0 || opensAfter(text.charAt(i - 1));
                boolean nextSpace = i + 1 >= n || closesBefore(text.charAt(i + 1));
                boolean apostrophe = (c == '\'' || c == '’') && i > 0 && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
                if (!apostrophe) {
                    int level = closing(c, openChar, depth, prevSpace, nextSpace, i > 0 && Character.isWhitespace(text.charAt(i - 1)));
                    if (level >= 0) {
                        if (level == 0) {
                            emit(text, openAt[0], i, repeated, out);
                            repeated.clear();
                        }
                        depth = level;
                    } else if (c == '"' && depth > 0 && openChar[depth - 1] == '"') {
                        openAt[depth - 1] = i; // an opener where a closer was awaited: the earlier one was unbalanced
                    } else if (depth < MAX_DEPTH && opens(c, prevSpace, nextSpace, depth)) {
                        openAt[depth] = i;
                        openChar[depth] = c;
                        depth++;
                    }
                }
            }
            i++;
        }
        return out;
    }

    /**
     * Whether the paragraph starting at {@code from} closes a quote opened with {@code open} in the
     * paragraph before, without re-opening it: its first quote mark closes {@code open} and is
     * followed by a reporting verb ("…, ”said Joe Biden", "…,” he said"), within the paragraph.
     */
    static boolean closedWithAttribution(String text, int from, char open) {
        int n = text.length();
        for (int i = from; i < n && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (!isMark(c)) {
                continue;
            }
            boolean apostrophe = (c == '\'' || c == '’') && i > from && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
            if (apostrophe) {
                continue;
            }
            if (!matches(open, c) || (c == open && c != '"' && c != '\'')) {
                return false; // another quote opens first
            }
            int w = skip(text, i + 1, " ,");
            String word = word(text, w);
            if (AttributionCues.isSingular(word) || AttributionCues.isPlural(word)) {
                word = word(text, skip(text, w + word.length(), " ")); // "…,” he said"
            }
            return AttributionCues.isVerb(word);
        }
        return false;
    }

    /** The first offset at or after {@code from} whose char is not one of {@code chars}. */
    private static int skip(String text, int from, String chars) {
        int i = from;
        while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The run of letters at {@code from}, lower-cased (empty when none). */
    private static String word(String text, int from) {
        int e = from;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(from, e).toLowerCase(java.util.Locale.ROOT);
    }

    /** The stack level that {@code c} closes (the new depth), or -1 when it closes nothing. */
    private static int closing(char c, char[] openChar, int depth, boolean prevSpace, boolean nextSpace, boolean afterWhitespace) {
        for (int level = depth - 1; level >= 0; level--) {
            char open = openChar[level];
            boolean top = level == depth - 1;
            if (!matches(open, c)) {
                if (!top && (c == '"' || c == '\'' || c == '’')) {
                    return -1;
                }
                continue;
            }
            boolean symmetric = c == '"' || c == '\'' || c == '’' || (c == '”' && open == '”');
            if (symmetric && afterWhitespace && !nextSpace) {
                return -1;
            }
            if ((c == '\'' || c == '’') && !top) {
                return -1;
            }
            return level;
        }
        return -1;
    }

    private static boolean matches(char open, char c) {
        return switch (open) {
            case '“' -> c == '”' || c == '"';
            case '„' -> c == '“' || c == '”' || c == '"';
            case '‟', '”' -> c == '”';
            case '"' -> c == '"' || c == '”';
            case '«' -> c == '»' || c == '”' || c == '"'; // mismatched closers: « … ” as typed
            case '»' -> c == '«';
            case '‹' -> c == '›';
            case '›' -> c == '‹';
            case '‘', '‛' -> c == '’';
            case '‚' -> c == '‘' || c == '’';
            case '\'' -> c == '\'' || c == '’';
            case '「' -> c == '」';
            case '『' -> c == '』';
            default -> false;
        };
    }

    private static boolean opens(char c, boolean prevSpace, boolean nextSpace, int depth) {
        return switch (c) {
            case '“', '„', '‟', '«', '‹', '‚', '‛', '「', '『' -> true;
            case '"', '‘' -> !nextSpace;
            case '\'' -> prevSpace && !nextSpace;
            case '”' -> depth == 0 && prevSpace && !nextSpace;
            case '»', '›' -> prevSpace && !nextSpace;
            default -> false;
        };
    }

    /** Whether a quote may open right after {@code c}. */
    private static boolean opensAfter(char c) {
        return Character.isWhitespace(c) || "([{/:—–-".indexOf(c) >= 0 || isMark(c);
    }

    /** Whether a quote may close right before {@code c}. */
    private static boolean closesBefore(char c) {
        return Character.isWhitespace(c) || ".,;:!?)]}…—–-".indexOf(c) >= 0 || isMark(c);
    }

    private static void emit(String text, int open, int close, List<Integer> repeated, List<Span> out) {
        int start = open + 1;
        int end = close;
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (!hasLetterOrDigit(text, start, end)) {
            return;
        }
        out.add(new Span(open, start, end, close + 1, read(text, start, end, repeated), false, -1, -1));
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBreak(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The quote as read: repeated opening marks dropped, each line break run as one space. */
    private static String read(String text, int start, int end, List<Integer> repeated) {
        if (repeated.isEmpty() && !hasBreak(text, start, end)) {
            return text.substring(start, end);
        }
        StringBuilder b = new StringBuilder(end - start);
        int r = 0;
        for (int i = start; i < end; i++) {
            while (r < repeated.size() && repeated.get(r) < i) {
                r++;
            }
            char c = text.charAt(i);
            if (r < repeated.size() && repeated.get(r) == i) {
                continue;
            }
            if (c == '\n') {
                while (b.length() > 0 && isBlank(b.charAt(b.length() - 1))) {
                    b.setLength(b.length() - 1);
                }
                b.append(' ');
                while (i + 1 < end && isBlank(text.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
