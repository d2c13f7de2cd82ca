package io.newsweave.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The append-only journal: the store's source of truth. Each record is
 * {@code [int length][int crc32c][payload]}. Appends are buffered; {@link #sync()} writes and
 * forces them to disk, and only then are they durable. On open, a torn or corrupt tail (a crash
 * in mid-append) is cut off at the last whole record. Thread-safe: appends are serialized, and
 * a replay reads, without blocking appends, the records written when it started.
 */
final class Journal implements Closeable {

    static final int MAX_RECORD = 64 << 20;
    private static final int HEADER = 8;

    private final FileChannel channel;
    private final boolean readOnly;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    private long position;

    /** Receives one record read back from the journal. */
    interface RecordHandler {
        void record(long offset, byte[] payload) throws IOException;
    }

    Journal(Path file) throws IOException {
        this.readOnly = false;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        this.position = validEnd(channel, 0, channel.size(), null);
        if (position < channel.size()) {
            channel.truncate(position);
            channel.force(true);
        }
        channel.position(position);
    }

    private Journal(FileChannel channel, long end) {
        this.readOnly = true;
        this.channel = channel;
        this.position = end;
    }

    /**
     * The journal at {@code file} as it is now, read-only, while its writer may go on appending:
     * it ends at the last whole record written so far, found by checking the records from
     * {@code validUpTo} (an offset known to end a record: {@code 0}, or an index commit's). Never
     * changes the file; empty when there is none.
     */
    static Journal readOnly(Path file, long validUpTo) throws IOException {
        if (!java.nio.file.Files.exists(file)) {
            return new Journal(null, 0);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        long size = channel.size();
        return new Journal(channel, validUpTo > size ? 0 : validEnd(channel, Math.min(validUpTo, size), size, null));
    }

    /** Reads every whole record from {@code from} up to the end written so far; returns the offset reached. */
    long replay(long from, RecordHandler handler) throws IOException {
        long end;
        synchronized (this) {
            if (channel == null) {
                return 0;
            }
            if (!readOnly) {
                flush();
            }
            end = position;
        }
        return validEnd(channel, from, end, handler);
    }

    /** Appends one record; durable only after {@link #sync()}. Returns the end offset. */
    synchronized long append(byte[] payload) throws IOException {
        if (readOnly) {
            throw new IllegalStateException("a read-only view of the journal cannot append");
        }
        if (payload.length > MAX_RECORD) {
            throw new IOException("journal record of " + payload.length + " bytes exceeds " + MAX_RECORD);
        }
        if (buffer.remaining() < HEADER + payload.length) {
            flush();
        }
        CRC32C crc = new CRC32C();
        crc.update(payload);
        if (buffer.remaining() < HEADER + payload.length) {
            ByteBuffer big = ByteBuffer.allocate(HEADER + payload.length);
            big.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
            writeFully(big);
        } else {
            buffer.putInt(payload.length).putInt((int) crc.getValue()).put(payload);
        }
        position += HEADER + payload.length;
        return position;
    }

    /** Writes buffered records to the file and forces them to the device. */
    synchronized void sync() throws IOException {
        if (readOnly) {
            return; // nothing was written
        }
        flush();
        channel.force(false);
    }

    /** The end offset of everything appended, synced or not. */
    synchronized long position() {
        return position;
    }

    private void flush() throws IOException {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
    }

    private void writeFully(ByteBuffer data) throws IOException {
        while (data.hasRemaining()) {
            channel.write(data);
        }
    }

    private static long validEnd(FileChannel channel, long from, long size, RecordHandler handler) throws IOException {
        long at = from;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (at + HEADER <= size) {
            header.clear();
            readFully(channel, header, at);
            header.flip();
            int length = header.getInt();
            int expected = header.getInt();
            if (length < 0 || length > MAX_RECORD || at + HEADER + length > size) {
                break;
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            readFully(channel, payload, at + HEADER);
            CRC32C crc = new CRC32C();
            crc.update(payload.array());
            if ((int) crc.getValue() != expected) {
                break;
            }
            if (handler != null) {
                handler.record(at, payload.array());
            }
            at += HEADER + length;
        }
        return at;
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long at) throws IOException {
        long pos = at;
        while (into.hasRemaining()) {
            int n = channel.read(into, pos);
            if (n < 0) {
                throw new IOException("unexpected end of journal at " + pos);
            }
            pos += n;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel == null) {
            return;
        }
        try {
            sync();
        } finally {
            channel.close();
        }
    }
}
