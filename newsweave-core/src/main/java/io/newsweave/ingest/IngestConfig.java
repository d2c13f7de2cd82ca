package io.newsweave.ingest;

import java.nio.file.Path;

/**
 * Limits and settings for {@link Inputs}, validated once at construction. Immutable and
 * thread-safe.
 *
 * <p>It does not choose formats or charsets: those are sniffed from each input.
 *
 * @param maxDocumentBytes the most bytes one document may have: a plain-text or HTML file, an HTML
 *                         page in a WARC record (after HTTP content decoding), a JSON Lines line or
 *                         a JSON record, a feed item's body. Larger documents are rejected without
 *                         being held in memory.
 * @param maxRecordBytes   the most bytes one WARC record may declare in its {@code Content-Length};
 *                         larger records are rejected without parsing their payload. Must be at
 *                         least {@code maxDocumentBytes}.
 * @param maxFeedBytes     the most bytes one RSS or Atom feed file may have (a feed is parsed as one
 *                         XML tree in memory).
 * @param dataDirectory    newsweave's own data directory, skipped when walking directories; may be
 *                         {@code null} when there is none to skip
 */
public record IngestConfig(long maxDocumentBytes, long maxRecordBytes, long maxFeedBytes,
                           Path dataDirectory) implements java.io.Serializable {

    /** 8 MiB: far above any real article, far below a heap problem. */
    static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L << 20;
    /** 64 MiB per WARC record. */
    static final long DEFAULT_MAX_RECORD_BYTES = 64L << 20;
    /** 64 MiB per feed file. */
    static final long DEFAULT_MAX_FEED_BYTES = 64L << 20;
    /** The data directory the CLI uses unless told otherwise. */
    static final Path DEFAULT_DATA_DIRECTORY = Path.of("newsweave-data");

    /** The largest limit accepted: a document must fit in one Java array. */
    static final long MAX_LIMIT = Integer.MAX_VALUE - 16;

    public IngestConfig {
        requireLimit("maxDocumentBytes", maxDocumentBytes);
        requireLimit("maxRecordBytes", maxRecordBytes);
        requireLimit("maxFeedBytes", maxFeedBytes);
        if (maxRecordBytes < maxDocumentBytes) {
            throw new IllegalArgumentException("maxRecordBytes (" + maxRecordBytes
                    + ") must be at least maxDocumentBytes (" + maxDocumentBytes + ")");
        }
    }

    /** The defaults: 8 MiB per document, 64 MiB per WARC record and per feed, {@code ./newsweave-data} skipped. */
    public static IngestConfig defaults() {
        return new IngestConfig(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_RECORD_BYTES,
                DEFAULT_MAX_FEED_BYTES, DEFAULT_DATA_DIRECTORY);
    }

    /** A copy with another per-document limit (raising the WARC record limit if needed). */
    IngestConfig withMaxDocumentBytes(long bytes) {
        return new IngestConfig(bytes, Math.max(bytes, maxRecordBytes), maxFeedBytes, dataDirectory);
    }

    /** A copy that skips another data directory ({@code null}: skip none). */
    public IngestConfig withDataDirectory(Path directory) {
        return new IngestConfig(maxDocumentBytes, maxRecordBytes, maxFeedBytes, directory);
    }

    private static void requireLimit(String name, long value) {
        if (value < 1 || value > MAX_LIMIT) {
            throw new IllegalArgumentException(name + " must be in [1, " + MAX_LIMIT + "]: " + value);
        }
    }

    /** Serialized as {@link Form}: a {@link Path} is not serializable, its string is. */
    @java.io.Serial
    private Object writeReplace() {
        return new Form(maxDocumentBytes, maxRecordBytes, maxFeedBytes, dataDirectory == null ? null : dataDirectory.toString());
    }

    /** The serial form of an {@link IngestConfig}; read back through the validating constructor. */
    private record Form(long maxDocumentBytes, long maxRecordBytes, long maxFeedBytes, String dataDirectory)
            implements java.io.Serializable {
        @java.io.Serial
        private Object readResolve() {
            return new IngestConfig(maxDocumentBytes, maxRecordBytes, maxFeedBytes,
                    dataDirectory == null ? null : Path.of(dataDirectory));
        }
    }
}
