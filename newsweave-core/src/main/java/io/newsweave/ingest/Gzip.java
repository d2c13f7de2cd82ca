package io.newsweave.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Small gzip helpers: what a gzip stream holds, names without {@code .gz}. Stateless and thread-safe. */
final class Gzip {

    private Gzip() {
    }

    /**
     * True when the gzip stream whose first bytes are {@code head} decompresses to a start of
     * {@code WARC/}: jwarc then reads the compressed stream itself, record by record.
     */
    static boolean holdsWarc(byte[] head) {
        try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(head), 512)) {
            byte[] magic = gz.readNBytes(5);
            return new String(magic, StandardCharsets.ISO_8859_1).equals("WARC/");
        } catch (IOException e) {
            return false;
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
