package io.newsweave.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The body of a snapshot file being written: variable-length integers, strings written once and
 * referred to by their number after that, dates as epoch days, all in memory until
 * {@link #save}, which appends a CRC-32 of everything and moves the file into place atomically
 * (temporary file in the same directory, forced to disk, then moved over the old one), so a
 * reader meets the old file or the new one, never part of one. Read back by
 * {@link SnapshotInput}. Not thread-safe.
 */
public final class SnapshotOutput {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final Map<String, Integer> strings = new HashMap<>();

    /** Writes {@code v} in 1 to 10 bytes (7 bits a byte, zig-zag for negatives). */
    public void writeLong(long v) {
        long z = (v << 1) ^ (v >> 63);
        while ((z & ~0x7FL) != 0) {
            bytes.write((int) ((z & 0x7F) | 0x80));
            z >>>= 7;
        }
        bytes.write((int) z);
    }

    /** Writes {@code v} as {@link #writeLong} does. */
    public void writeInt(int v) {
        writeLong(v);
    }

    public void writeBoolean(boolean v) {
        bytes.write(v ? 1 : 0);
    }

    /**
     * Writes {@code s} ({@code null} allowed): its number when written before, else its UTF-8
     * bytes, which gives it the next number.
     */
    public void writeString(String s) {
        if (s == null) {
            writeLong(0);
            return;
        }
        Integer known = strings.get(s);
        if (known != null) {
            writeLong(known + 2L);
            return;
        }
        strings.put(s, strings.size());
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeLong(1);
        writeLong(utf8.length);
        bytes.write(utf8, 0, utf8.length);
    }

    /** Writes {@code d} ({@code null} allowed) as its epoch day. */
    public void writeDate(LocalDate d) {
        writeBoolean(d != null);
        if (d != null) {
            writeLong(d.toEpochDay());
        }
    }

    /** Writes a map of strings to counts in its iteration order. */
    public void writeCounts(Map<String, Integer> counts) {
        writeInt(counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            writeString(e.getKey());
            writeInt(e.getValue());
        }
    }

    /** Writes a map of days to counts in its iteration order; no day may be {@code null}. */
    public void writeDayCounts(Map<LocalDate, Integer> counts) {
        writeInt(counts.size());
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            writeLong(e.getKey().toEpochDay());
            writeInt(e.getValue());
        }
    }

    /** Writes a collection of strings in its iteration order. */
    public void writeStrings(java.util.Collection<String> values) {
        writeInt(values.size());
        for (String v : values) {
            writeString(v);
        }
    }

    /**
     * A name for a new temporary file beside {@code file}, unique to this process, thread and
     * moment, so that writers saving the same file at once never share one (created with the
     * process's default permissions, as the journal is).
     */
    public static Path temporaryBeside(Path file) {
        return file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-" + Thread.currentThread().threadId()
                + "-" + System.nanoTime() + ".tmp");
    }

    /**
     * Writes everything, then its CRC-32, to {@code file}, replacing it atomically (see the class
     * comment); the temporary file is removed when this fails.
     */
    public void save(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] body = bytes.toByteArray();
        crc.update(body);
        long sum = crc.getValue();
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes.write((int) (sum >>> shift) & 0xFF);
        }
        replace(file, bytes.toByteArray());
    }

    /**
     * Replaces {@code file} with {@code content} atomically: written to its own temporary file
     * beside it ({@link #temporaryBeside}), forced to disk, then moved over the old one; the
     * temporary file is removed when this fails.
     */
    public static void replace(Path file, byte[] content) throws IOException {
        Path tmp = temporaryBeside(file);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(content);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
