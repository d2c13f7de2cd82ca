package io.newsweave.ingest;

/** The shape of one input, as sniffed by {@link FormatSniffer}. */
enum Format {
    /** Nothing but whitespace. */
    EMPTY,
    /** Binary junk: an image, an archive, an executable, NUL bytes. */
    BINARY,
    /** A gzip stream, to be decompressed and sniffed again. */
    GZIP,
    /** A WARC file (possibly gzipped per record). */
    WARC,
    /** An RSS (0.9x, 1.0, 2.0) or Atom feed. */
    FEED,
    /** One HTML page. */
    HTML,
    /** JSON Lines: one article object per line. */
    JSON_LINES,
    /** A JSON array of article objects, or JSON objects spanning several lines. */
    JSON_DOCUMENT,
    /** One plain-text article. */
    TEXT
}
