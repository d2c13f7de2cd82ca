package io.newsweave.model;

import java.util.Objects;

/**
 * One document as read from an input, decoded to text but not yet analyzed. Immutable.
 *
 * @param origin   where it came from
 * @param kind     how {@code content} is to be read
 * @param content  decoded text: a plain-text article, an HTML page, or a body given as a field
 * @param declared what the input says about it (title, url, date, ...)
 * @param decoding how {@code content} was decoded from bytes, when worth knowing (see {@link Decoding}), else {@code null}
 */
public record RawDocument(Origin origin, Kind kind, String content, Declared declared, Decoding decoding) implements java.io.Serializable {

    /** How the content of a raw document is shaped. */
    public enum Kind {
        /** A plain-text article: optional {@code date YYYY-MM-DD} header, title, body, page chrome. */
        TEXT,
        /** A whole HTML page that needs main-content extraction. */
        HTML,
        /** A body given as a field (JSON Lines, feed item): the title, if any, is in {@code declared}. */
        BODY
    }

    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        declared = declared == null ? Declared.NONE : declared;
        decoding = decoding == null ? null : decoding.orNullIfPlain();
    }

    public RawDocument withDecoding(Decoding newDecoding) {
        return new RawDocument(origin, kind, content, declared, newDecoding);
    }

    public RawDocument(Origin origin, Kind kind, String content, Declared declared) {
        this(origin, kind, content, declared, null);
    }
}
