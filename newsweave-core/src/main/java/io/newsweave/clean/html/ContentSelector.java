package io.newsweave.clean.html;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the main text: the one whose blocks maximise good characters
 * minus a multiple of bad characters (see {@link Block}), with a bonus for elements marked up or
 * named as an article body. Children come before parents, so on a tie the tighter element wins.
 */
final class ContentSelector {

    static final double BAD_WEIGHT = Knobs.d("bad", 1.0);
    static final double BODY_BONUS = Knobs.d("bonus", 1.0);

    private static final List<String> BODY_NAMES = List.of(
            "articlebody", "article-body", "article_body", "article__body", "articletext", "article-text",
            "article__text", "article-content", "article__content", "articlecontent", "entry-content",
            "entry_content", "post-content", "post_content", "postcontent", "post-body", "post-text",
            "post-entry", "story-body", "storybody", "story-content", "storycontent", "body-text",
            "bodytext", "text-content", "content-body", "main-content", "article-main", "artikel",
            "texte", "cuerpo", "fulltext", "field-body", "rich-text", "richtext");

    private ContentSelector() {
    }

    /** The best element, or {@code null} when no element holds any prose. */
    static Span select(BlockModel model) {
        Span best = null;
        double bestScore = 0;
        for (Span span : model.postOrder()) {
            if (span.good() == 0) {
                continue;
            }
            double score = span.good() - BAD_WEIGHT * span.bad();
            if (score > 0 && looksLikeBody(span.element())) {
                score *= BODY_BONUS;
            }
            if (score > bestScore) {
                best = span;
                bestScore = score;
            }
        }
        return best;
    }

    static boolean looksLikeBody(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody") || e.normalName().equals("article")) {
            return true;
        }
        String names = (e.className() + ' ' + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String p : BODY_NAMES) {
            if (names.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
