package io.newsweave.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, {@code \r\n}) one at a time, with each line's
 * number and byte offset, never holding more than one bounded line. A line longer than the bound
 * is skipped to its end and reported as too long, with its full length. Not thread-safe.
 */
final class LineInput {

    /** One line: its bytes (without the line break), 1-based number and byte offset. */
    record Line(byte[] bytes, int length, long number, long offset, long fullLength) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    private long position;
    private long number;
    private byte[] line = new byte[256];

    LineInput(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = (int) Math.min(maxLineBytes, IngestConfig.MAX_LIMIT);
    }

    /** Bytes consumed so far. */
    long position() {
        return position;
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        long start = position;
        int length = 0;
        long fullLength = 0;
        boolean sawAny = false;
        while (true) {
            if (chunkPos == chunkEnd) {
                int n = in.read(chunk);
                if (n < 0) {
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
                chunkPos = 0;
                chunkEnd = n;
                continue;
            }
            sawAny = true;
            int newline = indexOf(chunk, (byte) '\n', chunkPos, chunkEnd);
            int end = newline < 0 ? chunkEnd : newline;
            int n = end - chunkPos;
            if (fullLength + n <= maxLineBytes) {
                ensure(length + n);
                System.arraycopy(chunk, chunkPos, line, length, n);
                length += n;
            }
            fullLength += n;
            position += n;
            chunkPos = end;
            if (newline >= 0) {
                chunkPos++;
                position++;
                break;
            }
        }
        number++;
        if (fullLength > maxLineBytes) {
            return new Line(null, 0, number, start, fullLength);
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new Line(line, length, number, start, fullLength);
    }

    private void ensure(int capacity) {
        if (capacity > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max(capacity, 2L * line.length), IngestConfig.MAX_LIMIT));
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
