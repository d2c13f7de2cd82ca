package io.newsweave.model;

/**
 * A surface form in an article's text that refers to an entity.
 *
 * @param start  char offset in the article text
 * @param end    char offset after the mention
 * @param text   surface form
 * @param entity canonical entity id
 */
public record Mention(int start, int end, String text, String entity) {
}
