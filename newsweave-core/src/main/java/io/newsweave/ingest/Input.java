package io.newsweave.ingest;

import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
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
    private final Charset transcodedFrom;

    private Input(String name, String hint, PeekableInputStream stream, long size, Charset transcodedFrom) {
        this.name = name;
        this.hint = hint;
        this.stream = stream;
        this.size = size;
        this.transcodedFrom = transcodedFrom;
    }

    /**
     * Peeks the first bytes of {@code in} without consuming them.
     *
     * @param size the total size in bytes when known (a regular uncompressed file), else -1
     */
    static Input peek(String name, String hint, InputStream in, long size) throws IOException {
        return new Input(name, hint, PeekableInputStream.peek(in, HEAD_BYTES), size, null);
    }

    /**
     * This input, which starts with a byte order mark of {@code charset} (UTF-16 or UTF-32), read
     * as UTF-8 from its start (the mark becomes the UTF-8 one), for the line- and byte-based readers.
     */
    Input transcoded(Charset charset) throws IOException {
        InputStream utf8 = new Utf8Transcoder(new java.io.InputStreamReader(stream, charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)));
        return new Input(name, hint, PeekableInputStream.peek(utf8, HEAD_BYTES), -1, charset);
    }

    /** The charset this input was transcoded from to UTF-8, or {@code null} when it was read as it is. */
    Charset transcodedFrom() {
        return transcodedFrom;
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
