package io.newsweave.entity;

/**
 * Where an entity is named in an article's text.
 *
 * @param start char offset
 * @param end   char offset after it
 * @param text  the surface form as written
 */
public record Surface(int start, int end, String text) implements java.io.Serializable {
}
