package io.newsweave.clean.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Decides, top down in one pass, which subtrees are clutter. An element that {@link ClutterRules}
 * calls clutter is still kept when it holds at least half of the page's prose: such a wrapper is
 * more likely the article with an unlucky class name than a comment section. Marks, never
 * removes, so the document stays intact for metadata lookups.
 */
final class Pruner {

    /** A clutter-named element holding more than this share of the page's prose is kept. */
    static final double MAX_PROSE_SHARE = 0.5;

    private Pruner() {
    }

    static Set<Element> prune(Element root, BlockModel unpruned, ClutterRules rules) {
        Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        double limit = MAX_PROSE_SHARE * unpruned.totalGood();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (ClutterRules.isJunkTag(e.normalName())
                        || (rules.isClutter(e) && unpruned.good(e) <= limit)) {
                    removed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return removed;
    }
}
