package io.newsweave.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication date with its provenance and a confidence in [0, 1]. An undated article has
 * {@link #UNKNOWN}: a {@code null} date with provenance {@link Provenance#NONE}; newsweave never
 * substitutes the ingest time.
 */
public record Published(LocalDate date, Provenance provenance, double confidence) implements java.io.Serializable {

    public static final Published UNKNOWN = new Published(null, Provenance.NONE, 0);

    public Published {
        Objects.requireNonNull(provenance, "provenance");
        if ((date == null) != (provenance == Provenance.NONE)) {
            throw new IllegalArgumentException("a date needs a provenance other than NONE, and only then");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public boolean known() {
        return date != null;
    }
}
