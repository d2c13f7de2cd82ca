package io.newsweave.model;

/**
 * The ids of the event and the story an article starts when it joins none: the one place they
 * are named. Stateless.
 */
public final class GroupIds {

    private GroupIds() {
    }

    /** The id of the story an article starts. */
    public static String story(String articleId) {
        return "s" + articleId;
    }

    /** The id of the event an article starts. */
    public static String event(String articleId) {
        return "e" + articleId;
    }
}
