package io.newsweave.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a snippet of HTML (a feed item's {@code content:encoded} or description) into plain
 * paragraphs separated by a blank line: block elements and {@code <br>} end a paragraph, scripts,
 * styles and embedded media are dropped, whitespace is collapsed. Does not remove boilerplate
 * (share links, "read more"): the clean stage does. Stateless and thread-safe.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table", "section", "article", "header",
            "footer", "figure", "figcaption", "dd", "dt", "hr", "aside", "main", "address");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "object",
            "embed", "video", "audio", "svg", "template", "form", "button");

    private HtmlText() {
    }

    /** The paragraphs of {@code html} joined by {@code "\n\n"}; plain text passes through trimmed. */
    static String paragraphs(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return plain(html);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(String.join(",", DROPPED)).remove();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.text());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
            }
        }, body);
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    /** Plain text with paragraphs at blank lines, whitespace collapsed inside each. */
    static String plain(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            flush(new StringBuilder(paragraph), paragraphs);
        }
        return String.join("\n\n", paragraphs);
    }

    /** Markup-free text of a title ({@code type="html"} Atom titles hold tags and entities). */
    static String inline(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return collapse(html);
        }
        return collapse(Jsoup.parseBodyFragment(html).body().text());
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = collapse(current.toString());
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }

    private static String collapse(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
