package io.newsweave.clean.html;

/**
 * One run of text between two block boundaries (block-level tags and {@code <br>}), with its
 * whitespace collapsed.
 *
 * @param text      the collapsed, trimmed text; never empty
 * @param linkChars how many of its characters sit inside {@code <a>} elements
 * @param kind      what kind of element holds it
 */
record Block(String text, int linkChars, Kind kind) {

    /** Blocks with at least this many characters outside links can count as prose. */
    static final int MIN_PROSE_CHARS = 30;

    /** The element a block sits in; {@code HEADLINE} is an {@code <h1>}, {@code HEADING} h2 to h6. */
    enum Kind { TEXT, HEADLINE, HEADING, LIST_ITEM, QUOTE, PRE, CELL, CAPTION }

    boolean isHeading() {
        return kind == Kind.HEADLINE || kind == Kind.HEADING;
    }

    int length() {
        return text.length();
    }

    int plainChars() {
        return text.length() - linkChars;
    }

    double linkDensity() {
        return (double) linkChars / text.length();
    }

    /** Whether the block reads like prose: long enough outside links, with few links. */
    boolean isProse() {
        return plainChars() >= MIN_PROSE_CHARS && linkChars * 3 <= text.length();
    }

    /** Characters that speak for the block being main content. */
    int goodChars() {
        return isProse() ? plainChars() : 0;
    }

    /** Characters that speak against it: link text, and all of a block that is not prose. */
    int badChars() {
        return isProse() ? linkChars : text.length();
    }
}
