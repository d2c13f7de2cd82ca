package io.newsweave.clean.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;

/**
 * Turns the blocks of the chosen content element into paragraphs: drops what
 * {@link ParagraphFilter} rejects, the headline (it is the title, not body), headings with no text
 * under them, and short non-sentences after the last prose block (tags, author lines, source
 * notes). Falls back to the page's JSON-LD {@code articleBody} when that is much longer. Stateless.
 */
final class ParagraphAssembler {

    /** JSON-LD {@code articleBody} replaces the extracted text when it is this many times longer. */
    static final double JSON_LD_BODY_RATIO = 2.0;
    private static final int MIN_JSON_LD_BODY = 200;
    private static final int MIN_SENTENCE = 15;

    private ParagraphAssembler() {
    }

    static List<String> assemble(List<Block> blocks, String title, String jsonLdBody) {
        List<String> paragraphs = fromBlocks(blocks, title);
        return preferJsonLdBody(paragraphs, jsonLdBody);
    }

    static List<String> fromBlocks(List<Block> blocks, String title) {
        List<Block> kept = new ArrayList<>();
        int lastProse = -1;
        for (Block b : blocks) {
            boolean headline = b.kind() == Block.Kind.HEADLINE || b.isHeading() && b.text().equals(title);
            if (!headline && ParagraphFilter.keep(b)) {
                kept.add(b);
                if (b.isProse() || isSentence(b)) {
                    lastProse = kept.size() - 1;
                }
            }
        }
        if (lastProse >= 0) {
            kept = kept.subList(0, lastProse + 1);
        }
        List<String> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Block b = kept.get(i);
            boolean orphanHeading = b.isHeading() && (i + 1 == kept.size() || kept.get(i + 1).isHeading());
            if (!orphanHeading) {
                out.add(b.text());
            }
        }
        return out;
    }

    private static boolean isSentence(Block b) {
        String t = b.text();
        char last = t.charAt(t.length() - 1);
        return !b.isHeading() && b.linkChars() == 0 && t.length() >= MIN_SENTENCE && t.indexOf(' ') > 0
                && (last == '.' || last == '!' || last == '?' || last == '"' || last == '»' || last == '“'
                || last == '”');
    }

    private static List<String> preferJsonLdBody(List<String> paragraphs, String articleBody) {
        if (articleBody == null || articleBody.length() < MIN_JSON_LD_BODY) {
            return paragraphs;
        }
        int chars = 0;
        for (String p : paragraphs) {
            chars += p.length() + 1;
        }
        if (articleBody.length() < JSON_LD_BODY_RATIO * chars) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>();
        if (articleBody.indexOf('<') >= 0 && articleBody.indexOf('>') > 0) {
            for (Block b : BlockWalker.walk(Jsoup.parseBodyFragment(articleBody).body(),
                    e -> ClutterRules.isJunkTag(e.normalName())).blocks()) {
                out.add(b.text());
            }
            return out;
        }
        for (String line : articleBody.split("\\R")) {
            String p = Whitespace.clean(line);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }
}
