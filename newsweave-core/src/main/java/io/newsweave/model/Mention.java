package io.newsweave.model;

/**
 * A surface form in an article's text that refers to an entity.
 *
 * @param start       char offset in the article text
 * @param end         char offset after the mention
 * @param text        surface form
 * @param entity      canonical entity id
 * @param description true when the form describes the entity rather than names it ("the American
 *                    president" for Joe Biden): it counts as a mention, never as a name variant
 */
public record Mention(int start, int end, String text, String entity, boolean description) implements java.io.Serializable {

    /** A mention that names its entity. */
    public Mention(int start, int end, String text, String entity) {
        this(start, end, text, entity, false);
    }
}
