package io.newsweave.entity;

/**
 * One token of an article: a run of letters and digits (with inner hyphens, apostrophes of names
 * and the dots of abbreviations), or one punctuation char.
 *
 * @param start   char offset
 * @param end     char offset after it
 * @param text    the surface text
 * @param lower   lower-cased text without a trailing dot
 * @param word    true for letters/digits, false for punctuation
 * @param cap     first letter upper or title case
 * @param caps    two or more letters, all upper case
 * @param initial first word of a sentence (or of a line)
 * @param line    index of the line (paragraph) it is on
 */
record Token(int start, int end, String text, String lower, boolean word, boolean cap, boolean caps,
             boolean initial, int line) {
}
