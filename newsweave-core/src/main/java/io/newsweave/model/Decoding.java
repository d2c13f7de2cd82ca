package io.newsweave.model;

import java.util.Objects;

/**
 * How an article's bytes were decoded, kept when it is worth knowing: a legacy charset was used,
 * or bytes that were not valid in the charset were replaced (U+FFFD). An article decoded from
 * clean UTF-8 carries none. Immutable.
 *
 * @param charset      the charset used ("UTF-8", "windows-1251", "UTF-16LE", ...)
 * @param replacements how many malformed byte sequences became U+FFFD
 */
public record Decoding(String charset, int replacements) implements java.io.Serializable {

    public Decoding {
        Objects.requireNonNull(charset, "charset");
        if (replacements < 0) {
            throw new IllegalArgumentException("replacements must be >= 0: " + replacements);
        }
    }

    /** This decoding when it says more than "clean UTF-8", else {@code null}. */
    Decoding orNullIfPlain() {
        return replacements == 0 && charset.equals("UTF-8") ? null : this;
    }
}
