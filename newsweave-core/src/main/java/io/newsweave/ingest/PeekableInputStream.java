package io.newsweave.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * An input stream whose first bytes have been read ahead for sniffing and are replayed before the
 * rest. Unlike {@link java.io.BufferedInputStream} it never loops over the underlying stream
 * within one call, so a stream that fails part-way (a truncated gzip member) still yields every
 * byte before the damage, and the failure comes up only when those bytes are used up. A failure
 * met while reading ahead is kept and thrown at that same point. Not thread-safe.
 */
final class PeekableInputStream extends InputStream {

    private final InputStream in;
    private final byte[] head;
    private int position;
    private IOException deferred;

    private PeekableInputStream(InputStream in, byte[] head, IOException deferred) {
        this.in = in;
        this.head = head;
        this.deferred = deferred;
    }

    /** Reads up to {@code size} bytes ahead from {@code in}. */
    static PeekableInputStream peek(InputStream in, int size) throws IOException {
        Objects.requireNonNull(in, "in");
        byte[] head = new byte[size];
        int length = 0;
        IOException failure = null;
        try {
            for (int n; length < size && (n = in.read(head, length, size - length)) >= 0; ) {
                length += n;
            }
        } catch (IOException e) {
            if (length == 0) {
                throw e;
            }
            failure = e;
        }
        return new PeekableInputStream(in, Arrays.copyOf(head, length), failure);
    }

    /** The bytes read ahead (a copy-free view: do not modify). */
    byte[] head() {
        return head;
    }

    @Override
    public int read() throws IOException {
        if (position < head.length) {
            return head[position++] & 0xff;
        }
        throwDeferred();
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (position < head.length) {
            int n = Math.min(len, head.length - position);
            System.arraycopy(head, position, b, off, n);
            position += n;
            return n;
        }
        throwDeferred();
        return in.read(b, off, len);
    }

    @Override
    public int available() throws IOException {
        return position < head.length ? head.length - position : deferred != null ? 0 : in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void throwDeferred() throws IOException {
        if (deferred != null) {
            IOException e = deferred;
            deferred = null;
            throw e;
        }
    }
}
