package io.newsweave.story;

import java.util.function.Supplier;

/**
 * Runs one per-article step of the read path (its quotes, its dated sentences, its lead, its
 * highlighted text) so that a failure on that article leaves that part out instead of failing the
 * whole story, export or page. The failure is logged with the step and the article id, once per
 * call, to the {@code System.Logger} named after this class. Stateless and thread-safe.
 */
public final class PerArticle {

    private static final System.Logger LOG = System.getLogger(PerArticle.class.getName());

    private PerArticle() {
    }

    /**
     * The result of {@code work} on article {@code articleId}, or {@code fallback} when it throws
     * (a {@link RuntimeException} or a {@link StackOverflowError}).
     *
     * @param step what is computed, as a reader would name it ("quotes", "timeline sentences")
     */
    public static <T> T orElse(String step, String articleId, Supplier<T> work, T fallback) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.WARNING, () -> step + " of article " + articleId + " left out: " + e, e);
            return fallback;
        }
    }
}
