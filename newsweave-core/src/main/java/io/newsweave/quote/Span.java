package io.newsweave.quote;

/**
 * A quoted stretch found by {@link Marks}, before attribution.
 *
 * @param open        offset of the opening mark (or of the dialogue dash)
 * @param start       offset of the first quoted character
 * @param end         offset after the last quoted character
 * @param close       offset after the closing mark ({@code end} for dialogue)
 * @param text        the quote as read (continuation marks dropped, breaks as one space)
 * @param dialogue    whether it is a dialogue turn introduced by a dash
 * @param insertStart start of the narrator's insertion after a dialogue turn ("—dijo Juan—"), or -1
 * @param insertEnd   end of that insertion, or -1
 */
record Span(int open, int start, int end, int close, String text, boolean dialogue, int insertStart, int insertEnd) {
}
