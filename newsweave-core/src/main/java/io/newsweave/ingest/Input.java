package io.newsweave.ingest;

import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * One opened input: its name (the origin path), a hint name for the extension (the name without
 * {@code .gz} once decompressed), the stream positioned at its start, the first bytes peeked from
 * it, and its size when known. Not thread-safe; owned by the reading thread.
 */
final class Input {

    /** Bytes peeked for sniffing and kept as the quarantine sample of a rejected whole file. */
    static final int HEAD_BYTES = 64 * 1024;

    private final String name;
    private final String hint;
    private final PeekableInputStream stream;
    private final long size;

    private Input(String name, String hint, PeekableInputStream stream, long size) {
        this.name = name;
        this.hint = hint;
        this.stream = stream;
        this.size = size;
    }

    /**
     * Peeks the first bytes of {@code in} without consuming them.
     *
     * @param size the total size in bytes when known (a regular uncompressed file), else -1
     */
    static Input peek(String name, String hint, InputStream in, long size) throws IOException {
        return new Input(name, hint, PeekableInputStream.peek(in, HEAD_BYTES), size);
    }

    String name() {
        return name;
    }

    /** The lower-case name used for extension hints. */
    String hint() {
        return hint.toLowerCase(Locale.ROOT);
    }

    /** The stream at the start of the input (the head not consumed). */
    InputStream stream() {
        return stream;
    }

    /** Up to {@link #HEAD_BYTES} first bytes; shorter only when the input is. */
    byte[] head() {
        return stream.head();
    }

    /** Total size in bytes, or -1 when unknown (standard input, decompressed streams). */
    long size() {
        return size;
    }

    Origin origin() {
        return Origin.file(name);
    }

    /** A rejection of the whole input, with its head as the sample. */
    Rejection reject(long offset, String reason) {
        return new Rejection(origin(), offset, reason, head());
    }
}
