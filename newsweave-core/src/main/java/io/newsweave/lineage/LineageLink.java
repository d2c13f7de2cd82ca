package io.newsweave.lineage;

import java.util.Objects;

/**
 * One recorded relation between two reports, found when the later of them arrived: {@code article}
 * (the one that arrived) and {@code of} (a stored one). Carries what the lineage view needs of both
 * sides, so that the view is built from links alone, without reading articles. Immutable.
 *
 * @param kind    what relates them
 * @param article the report that arrived; for a {@link Kind#SIGHTING} it has no id
 * @param of      the stored article it was found to relate to
 * @param share   for {@code COPY} and {@code REUSE}: the share of {@code article}'s text found in
 *                {@code of}; for {@code TRANSLATION}: how closely their anchors align; 1 for a sighting
 * @param ofShare for {@code COPY} and {@code REUSE}: the share of {@code of}'s text found in
 *                {@code article}; else equal to {@code share}
 */
public record LineageLink(Kind kind, Side article, Side of, double share, double ofShare) {

    /** What relates two reports. */
    public enum Kind {
        /** The same text (same normalized content) from another outlet, URL or date. */
        SIGHTING,
        /** Mostly the same text in one language: a republication, lightly edited or cut. */
        COPY,
        /** A substantial part of one text inside another. */
        REUSE,
        /** The same report in another language. */
        TRANSLATION
    }

    /**
     * One side of a link.
     *
     * @param id        article id, {@code null} for a sighting (the text is stored under {@code of})
     * @param seq       arrival number, -1 for a sighting
     * @param url       its URL, or {@code null}
     * @param source    its outlet, or {@code null}
     * @param published its publication day (ISO), or {@code null}
     * @param language  its language
     */
    public record Side(String id, long seq, String url, String source, String published, String language) {
        public Side {
            Objects.requireNonNull(language, "language");
        }

        /** A publication day to compare by: unknown days sort last. */
        String day() {
            return published == null ? "9999-99-99" : published;
        }
    }

    public LineageLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(of, "of");
        Objects.requireNonNull(of.id(), "of.id");
        if (kind != Kind.SIGHTING) {
            Objects.requireNonNull(article.id(), "article.id");
        }
    }
}
