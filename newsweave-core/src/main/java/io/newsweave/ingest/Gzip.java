package io.newsweave.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Looks inside a gzip stream without consuming it. Stateless and thread-safe. */
final class Gzip {

    /** Compressed bytes that may be read while peeking; far more than a WARC header needs. */
    private static final int PEEK_LIMIT = 1 << 20;

    private Gzip() {
    }

    /**
     * True when the decompressed stream starts with {@code WARC/}: jwarc then reads the compressed
     * stream itself, record by record. The stream is reset to where it was.
     */
    static boolean holdsWarc(BufferedInputStream in) throws IOException {
        in.mark(PEEK_LIMIT);
        try {
            byte[] magic = new GZIPInputStream(new FilterInputStream(in) {
                @Override
                public void close() {
                    // leave the underlying stream open
                }
            }, 512).readNBytes(5);
            return new String(magic, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WARC/");
        } catch (IOException e) {
            return false;
        } finally {
            in.reset();
        }
    }

    /** {@code x.jsonl.gz} → {@code x.jsonl}; other names unchanged. */
    static String stripExtension(String name) {
        if (name.endsWith(".gz")) {
            return name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        return name;
    }

    /** An input stream whose {@code close()} leaves {@code in} open (for standard input). */
    static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        };
    }
}
