package io.newsweave.model;

import java.util.Locale;

/** Where a publication date came from, from most to least trustworthy. */
public enum Provenance {
    /** Declared by structured metadata: a JSON field, a feed, HTML meta tags or JSON-LD. */
    METADATA,
    /** A date header line at the top of a plain-text article. */
    HEADER,
    /** A dateline or byline date written in the article text. */
    TEXT,
    /** Reasoned from the dates and weekday phrases the text reports. */
    INFERRED,
    /** The crawl date of the record, the last resort. */
    CRAWL,
    /** The article could not be dated. */
    NONE;

    /** The lower-case name used in exports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Provenance ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
