package io.newsweave.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Reads back what a {@link SnapshotOutput} saved, from a file checked whole first: a file that is
 * missing, larger than the caller allows, or whose CRC-32 does not match reads as absent
 * ({@link #open} returns {@code null}). Past that check every read is bounded by the bytes
 * left, so a damaged or hostile file fails with a {@link Corrupt} exception naming what it
 * could not read, never with an allocation larger than the file. Not thread-safe.
 */
public final class SnapshotInput {

    /** The file does not hold what its reader expects. */
    public static final class Corrupt extends IOException {
        public Corrupt(String message) {
            super(message);
        }
    }

    private final byte[] data;
    private final int end;
    private int at;
    private final List<String> strings = new ArrayList<>();

    private SnapshotInput(byte[] data, int end) {
        this.data = data;
        this.end = end;
    }

    /**
     * The contents of {@code file} when it exists, is at most {@code maxBytes} long and its
     * checksum matches; else {@code null}.
     */
    public static SnapshotInput open(Path file, long maxBytes) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (size < 4 || size > maxBytes || size > Integer.MAX_VALUE - 16) {
            return null;
        }
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (data.length < 4) {
            return null;
        }
        int bodyEnd = data.length - 4;
        CRC32 crc = new CRC32();
        crc.update(data, 0, bodyEnd);
        long stored = 0;
        for (int i = bodyEnd; i < data.length; i++) {
            stored = (stored << 8) | (data[i] & 0xFF);
        }
        return stored == crc.getValue() ? new SnapshotInput(data, bodyEnd) : null;
    }

    public long readLong() throws Corrupt {
        long z = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= end) {
                throw new Corrupt("ends inside a number at byte " + at);
            }
            int b = data[at++] & 0xFF;
            z |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (z >>> 1) ^ -(z & 1);
            }
        }
        throw new Corrupt("a number longer than 10 bytes at byte " + at);
    }

    public int readInt() throws Corrupt {
        long v = readLong();
        if (v != (int) v) {
            throw new Corrupt("number " + v + " out of int range at byte " + at);
        }
        return (int) v;
    }

    /** A count of things that each take at least one more byte: never more than the bytes left. */
    public int readCount() throws Corrupt {
        int n = readInt();
        if (n < 0 || n > end - at) {
            throw new Corrupt("count " + n + " with " + (end - at) + " bytes left at byte " + at);
        }
        return n;
    }

    public boolean readBoolean() throws Corrupt {
        if (at >= end) {
            throw new Corrupt("ends inside a flag at byte " + at);
        }
        int b = data[at++];
        if (b != 0 && b != 1) {
            throw new Corrupt("flag " + b + " at byte " + (at - 1));
        }
        return b == 1;
    }

    /** A string as {@link SnapshotOutput#writeString} wrote it; {@code null} when it wrote {@code null}. */
    public String readString() throws Corrupt {
        long tag = readLong();
        if (tag == 0) {
            return null;
        }
        if (tag == 1) {
            int len = readCount();
            String s = new String(data, at, len, StandardCharsets.UTF_8);
            at += len;
            strings.add(s);
            return s;
        }
        long index = tag - 2;
        if (index < 0 || index >= strings.size()) {
            throw new Corrupt("string number " + index + " of " + strings.size() + " at byte " + at);
        }
        return strings.get((int) index);
    }

    /** A string that may not be {@code null}. */
    public String readPresentString() throws Corrupt {
        String s = readString();
        if (s == null) {
            throw new Corrupt("a missing string at byte " + at);
        }
        return s;
    }

    public LocalDate readDate() throws Corrupt {
        if (!readBoolean()) {
            return null;
        }
        long day = readLong();
        if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
            throw new Corrupt("day " + day + " out of range at byte " + at);
        }
        return LocalDate.ofEpochDay(day);
    }

    /** Reads counts as {@link SnapshotOutput#writeCounts} wrote them into {@code into}, in their order. */
    public <M extends Map<String, Integer>> M readCounts(M into) throws Corrupt {
        int n = readCount();
        for (int i = 0; i < n; i++) {
            into.put(readString(), readInt());
        }
        return into;
    }

    /**
     * Reads day counts as {@link SnapshotOutput#writeDayCounts} wrote them into {@code into}, in
     * their order.
     */
    public <M extends Map<LocalDate, Integer>> M readDayCounts(M into) throws Corrupt {
        int n = readCount();
        for (int i = 0; i < n; i++) {
            long day = readLong();
            if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
                throw new Corrupt("day " + day + " out of range at byte " + at);
            }
            into.put(LocalDate.ofEpochDay(day), readInt());
        }
        return into;
    }

    /** Reads strings as {@link SnapshotOutput#writeStrings} wrote them into {@code into}, in their order. */
    public <C extends Collection<String>> C readStrings(C into) throws Corrupt {
        int n = readCount();
        for (int i = 0; i < n; i++) {
            into.add(readString());
        }
        return into;
    }

    /** Whether every byte before the checksum was read. */
    public boolean atEnd() {
        return at == end;
    }
}
