package io.newsweave.text;

/**
 * One sentence of a text: {@code text} equals {@code source.substring(start, end)}, with no
 * leading or trailing white space.
 *
 * @param start char offset of the first char
 * @param end   char offset after the last char
 * @param text  the sentence
 */
public record Sentence(int start, int end, String text) {

    public Sentence {
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ") for " + text.length() + " chars");
        }
    }
}
