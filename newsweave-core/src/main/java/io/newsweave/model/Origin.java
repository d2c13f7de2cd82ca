package io.newsweave.model;

import java.util.Objects;

/**
 * Where a document came from: the input path and, for containers that hold many documents
 * (JSON Lines, feeds, WARC), the 1-based line or record number. Immutable and thread-safe.
 *
 * @param path   the input path as given by the user, or {@code -} for standard input
 * @param record the 1-based line or record number inside {@code path}, or 0 for a whole file
 */
public record Origin(String path, long record) implements java.io.Serializable {

    public Origin {
        Objects.requireNonNull(path, "path");
        if (record < 0) {
            throw new IllegalArgumentException("record must be >= 0: " + record);
        }
    }

    /** A whole-file origin. */
    public static Origin file(String path) {
        return new Origin(path, 0);
    }

    /** The same container, another record in it. */
    public Origin at(long record) {
        return new Origin(path, record);
    }

    /** {@code path} for a whole file, {@code path#record} otherwise: the export's {@code origin}. */
    @Override
    public String toString() {
        return record == 0 ? path : path + "#" + record;
    }

    /** Parses the {@link #toString()} form back. */
    public static Origin parse(String text) {
        int hash = text.lastIndexOf('#');
        if (hash > 0) {
            String tail = text.substring(hash + 1);
            if (!tail.isEmpty() && tail.chars().allMatch(Character::isDigit) && tail.length() < 19) {
                return new Origin(text.substring(0, hash), Long.parseLong(tail));
            }
        }
        return file(text);
    }
}
