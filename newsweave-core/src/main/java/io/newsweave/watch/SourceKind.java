package io.newsweave.watch;

import java.util.Locale;

/** What a source's URL serves; {@link #wire()} is its name in sources files and the API. */
public enum SourceKind {
    RSS, ATOM, SITEMAP, NEWS_SITEMAP,
    /** An HTML section page whose article links are followed. */
    PAGE;

    /** {@code rss}, {@code atom}, {@code sitemap}, {@code news-sitemap}, {@code page}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind named {@code text} (its {@link #wire()} form), or {@code null} when there is none. */
    public static SourceKind parse(String text) {
        for (SourceKind kind : values()) {
            if (kind.wire().equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
