package io.newsweave.clean.html;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The blocks of a page in document order and, per visited element, the {@link Span} it covers.
 * Built once per page by {@link BlockWalker}; not shared between threads.
 *
 * @param blocks    all blocks in document order
 * @param postOrder the spans of all visited elements, children before their parents
 * @param byElement the same spans by element (identity)
 */
record BlockModel(List<Block> blocks, List<Span> postOrder, Map<Element, Span> byElement) {

    Span span(Element element) {
        return byElement.get(element);
    }

    int good(Element element) {
        Span s = byElement.get(element);
        return s == null ? 0 : s.good();
    }

    List<Block> blocksOf(Span span) {
        return blocks.subList(span.first(), span.end());
    }

    int totalGood() {
        return postOrder.isEmpty() ? 0 : postOrder.getLast().good();
    }
}
