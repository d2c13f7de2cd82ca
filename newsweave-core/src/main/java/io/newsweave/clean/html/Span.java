package io.newsweave.clean.html;

import org.jsoup.nodes.Element;

/**
 * What one element holds after a {@link BlockWalker} pass: the blocks {@code [first, end)} of the
 * model, and the sums of their good and bad characters.
 */
record Span(Element element, int first, int end, int good, int bad) {

    boolean isEmpty() {
        return first == end;
    }
}
