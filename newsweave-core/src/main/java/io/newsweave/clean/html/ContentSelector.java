package io.newsweave.clean.html;

/**
 * Picks the element that holds the main text: the one whose blocks maximise good characters minus
 * bad characters (see {@link Block}). Children come before parents, so on a tie the tighter
 * element wins. Gives no bonus to {@code <article>} or body-like class names: measured on the
 * labelled set, such a bonus cut off lead paragraphs just outside the named container more often
 * than it kept clutter out. Stateless.
 */
final class ContentSelector {

    /** Weight of a bad character against a good one. */
    static final double BAD_WEIGHT = 1.0;

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
            if (score > bestScore) {
                best = span;
                bestScore = score;
            }
        }
        return best;
    }
}
