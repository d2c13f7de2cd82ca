package io.newsweave.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One linear, non-recursive pass over a subtree that cuts its text into {@link Block}s at block
 * boundaries and sums good and bad characters bottom-up into a {@link Span} per element. Elements
 * for which {@code skip} answers true are left out with their whole subtree. Single use.
 */
final class BlockWalker implements NodeFilter {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "iframe", "legend", "li",
            "main", "menu", "nav", "noscript", "ol", "option", "p", "pre", "section", "summary", "table",
            "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private final Predicate<Element> skip;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Span> postOrder = new ArrayList<>();
    private final Map<Element, Span> byElement = new IdentityHashMap<>();
    private final List<Frame> stack = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private int bufferLinkChars;
    private int linkDepth;

    private BlockWalker(Predicate<Element> skip) {
        this.skip = skip;
    }

    static BlockModel walk(Element root, Predicate<Element> skip) {
        BlockWalker walker = new BlockWalker(skip);
        NodeTraversor.filter(walker, root);
        return new BlockModel(walker.blocks, walker.postOrder, walker.byElement);
    }

    static boolean isBlockTag(String normalName) {
        return BLOCK_TAGS.contains(normalName);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            int added = Whitespace.appendCollapsed(buffer, text.getWholeText());
            if (linkDepth > 0) {
                bufferLinkChars += added;
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String name = element.normalName();
        boolean block = BLOCK_TAGS.contains(name);
        if (!stack.isEmpty() && skip.test(element)) {
            if (block) {
                flush();
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if (block) {
            flush();
        }
        if (name.equals("a")) {
            linkDepth++;
        }
        String blockTag = block ? name : stack.isEmpty() ? "body" : stack.getLast().blockTag;
        stack.add(new Frame(blocks.size(), blockTag));
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        String name = element.normalName();
        if (BLOCK_TAGS.contains(name) || stack.size() == 1) {
            flush();
        }
        if (name.equals("a")) {
            linkDepth--;
        }
        Frame frame = stack.removeLast();
        Span span = new Span(element, frame.first, blocks.size(), frame.good, frame.bad);
        postOrder.add(span);
        byElement.put(element, span);
        if (!stack.isEmpty()) {
            Frame parent = stack.getLast();
            parent.good += frame.good;
            parent.bad += frame.bad;
        }
        return FilterResult.CONTINUE;
    }

    private void flush() {
        int end = buffer.length();
        if (end > 0 && buffer.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && !stack.isEmpty()) {
            Frame top = stack.getLast();
            Block block = new Block(buffer.substring(0, end), Math.min(bufferLinkChars, end), kindOf(top.blockTag));
            blocks.add(block);
            top.good += block.goodChars();
            top.bad += block.badChars();
        }
        buffer.setLength(0);
        bufferLinkChars = 0;
    }

    private static Block.Kind kindOf(String blockTag) {
        return switch (blockTag) {
            case "h1" -> Block.Kind.HEADLINE;
            case "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
            case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
            case "blockquote" -> Block.Kind.QUOTE;
            case "pre" -> Block.Kind.PRE;
            case "td", "th" -> Block.Kind.CELL;
            case "figcaption", "caption" -> Block.Kind.CAPTION;
            default -> Block.Kind.TEXT;
        };
    }

    private static final class Frame {
        final int first;
        final String blockTag;
        int good;
        int bad;

        Frame(int first, String blockTag) {
            this.first = first;
            this.blockTag = blockTag;
        }
    }
}
