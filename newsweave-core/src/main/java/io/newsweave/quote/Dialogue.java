package io.newsweave.quote;

import io.newsweave.text.WordRuns;

import java.util.List;

/**
 * Reads a dialogue paragraph: a turn opened by a dash ("—No lo sé —dijo Juan—. Pero…",
 * "— Не знаю, — сказал он.", "— Je ne sais pas, dit-il."). Each stretch of speech becomes a
 * {@link Span}; the narrator's insertion between dashes, or a final clause that starts with a
 * reporting verb, is kept as the span's insertion for attribution.
 */
final class Dialogue {

    private Dialogue() {
    }

    /** Adds the turns of the paragraph whose dash is at {@code dash}; returns the paragraph end. */
    static int read(WordRuns words, int dash, List<Span> out) {
        String text = words.text();
        int n = text.length();
        int pe = dash;
        while (pe < n && text.charAt(pe) != '\n') {
            pe++;
        }
        int open = dash;
        int p = dash + 1;
        while (p < pe) {
            while (p < pe && Marks.isBlank(text.charAt(p))) {
                p++;
            }
            int start = p;
            int q = p;
            while (q < pe && !(Marks.isDash(text.charAt(q)) && q > start
                    && (Marks.isBlank(text.charAt(q - 1)) || text.charAt(q - 1) == ','))) {
                q++;
            }
            int end = q;
            int insertStart = -1;
            int insertEnd = -1;
            int next = pe;
            if (q < pe) {
                insertStart = q + 1;
                int r = insertStart;
                while (r < pe && !Marks.isDash(text.charAt(r))) {
                    r++;
                }
                insertEnd = r;
                next = r < pe ? r + 1 : pe;
                while (next < pe && (".,;".indexOf(text.charAt(next)) >= 0 || Marks.isBlank(text.charAt(next)))) {
                    next++;
                }
            } else {
                int comma = finalCueClause(words, start, pe);
                if (comma > 0) {
                    end = comma;
                    insertStart = comma + 1;
                    insertEnd = pe;
                }
            }
            while (end > start && (Marks.isBlank(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
            if (Marks.hasLetterOrDigit(text, start, end)) {
                out.add(new Span(open, start, end, end, text.substring(start, end), true, insertStart, insertEnd));
            }
            if (insertStart < 0 || next >= pe) {
                break;
            }
            open = next;
            p = next;
        }
        return pe;
    }

    /** The offset of one of the last three commas of the turn whose clause starts with a reporting verb ("dit-il"), or -1. */
    private static int finalCueClause(WordRuns words, int start, int end) {
        String text = words.text();
        int tried = 0;
        for (int i = end - 1; i > start && tried < 3; i--) {
            if (text.charAt(i) != ',') {
                continue;
            }
            tried++;
            WindowTokens w = WindowTokens.of(words, i + 1, Math.min(end, i + 40));
            if (w.size() > 0 && w.isWord(0)) {
                String first = w.lower(0);
                if (AttributionCues.isVerb(AttributionCues.verbPart(first)) || AttributionCues.pronounTail(first)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
