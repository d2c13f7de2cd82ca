package io.newsweave.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.model.Rejection;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quarantine folder, {@code <data>/quarantine/}: one {@code <key>.json} per rejected input (a
 * file, standard input, a POSTed batch), however many of its lines or records were rejected. The
 * entry holds the input's name, the number of rejections, counts per reason (the reason's text up
 * to its first colon: "not valid JSON"), the first and last time, and the first
 * {@value #MAX_EXAMPLES} rejections with their place, reason and a sample of at most
 * {@value #MAX_SAMPLE_BYTES} bytes (decoded as UTF-8 with replacement). The key is a hash of the
 * input's name; the first rejection of an input by this instance replaces the entry an earlier
 * run left, later ones add to it.
 *
 * <p>Entries are written when an input is first rejected and then at most every
 * {@value #WRITE_EVERY_MS} ms while rejections keep coming, and by {@link #flush()}. The folder
 * is bounded to {@code maxBytes}: past it, the entries least recently written are deleted first and
 * counted in {@code dropped.json}. Thread-safe.
 */
public final class Quarantine {

    /** Reads and writes quarantine entries and the dropped-entries counter. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Rejections kept as examples per input. */
    static final int MAX_EXAMPLES = 10;
    /** Bytes of an input kept per example. */
    static final int MAX_SAMPLE_BYTES = 4096;
    /** Characters of a reason kept in an example. */
    static final int MAX_REASON_CHARS = 1000;
    /** Distinct reasons counted per input; the rest are counted under {@code "other"}. */
    static final int MAX_REASONS = 50;
    /** Default bound on the folder's size. */
    static final long DEFAULT_MAX_BYTES = 10L << 20;
    static final long WRITE_EVERY_MS = 1000;
    static final String DROPPED = "dropped.json";

    private final Path dir;
    private final long maxBytes;
    /** Inputs rejected by this instance, by key. */
    private final Map<String, Entry> entries = new HashMap<>();
    /** Files of the folder with their sizes, least recently written first; read on first write. */
    private LinkedHashMap<String, Long> files;
    private long bytes;
    private long dropped = -1;

    Quarantine(Path dir) {
        this(dir, DEFAULT_MAX_BYTES);
    }

    Quarantine(Path dir, long maxBytes) {
        if (maxBytes < 64 * 1024) {
            throw new IllegalArgumentException("a quarantine needs at least 64 KiB: " + maxBytes);
        }
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    public Path dir() {
        return dir;
    }

    /** Records a rejection; an I/O failure here is reported, never thrown into the stream. */
    public synchronized void put(Rejection rejection) throws IOException {
        String input = rejection.origin().path();
        String key = key(input);
        Entry e = entries.computeIfAbsent(key, k -> new Entry(input));
        e.add(rejection);
        long now = System.currentTimeMillis();
        if (e.written == 0 || now - e.written >= WRITE_EVERY_MS) {
            write(key, e, now);
        }
    }

    /** Writes every entry that changed since it was last written. */
    public synchronized void flush() throws IOException {
        long now = System.currentTimeMillis();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (e.getValue().dirty) {
                write(e.getKey(), e.getValue(), now);
            }
        }
    }

    /** How many inputs the quarantine holds an entry for. */
    public synchronized long size() throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals(DROPPED)).count();
        }
    }

    /** How many entries were deleted to keep the folder within its bound, over its whole life. */
    synchronized long dropped() throws IOException {
        if (dropped < 0) {
            Path file = dir.resolve(DROPPED);
            dropped = Files.isRegularFile(file) ? JSON.readTree(file.toFile()).path("dropped_entries").asLong(0) : 0;
        }
        return dropped;
    }

    private void write(String key, Entry e, long now) throws IOException {
        Files.createDirectories(dir);
        loadFiles();
        byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(e.json());
        String name = key + ".json";
        Path tmp = dir.resolve(name + ".tmp");
        Files.write(tmp, json);
        Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Long old = files.remove(name);
        bytes += json.length - (old == null ? 0 : old);
        files.put(name, (long) json.length);
        e.written = now;
        e.dirty = false;
        bound(name);
    }

    /** Deletes the least recently written entries until the folder fits, never {@code keep}. */
    private void bound(String keep) throws IOException {
        if (bytes <= maxBytes) {
            return;
        }
        long removed = 0;
        var it = files.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            var f = it.next();
            if (f.getKey().equals(keep) || f.getKey().equals(DROPPED)) {
                continue;
            }
            Files.deleteIfExists(dir.resolve(f.getKey()));
            bytes -= f.getValue();
            it.remove();
            removed++;
        }
        if (removed > 0) {
            dropped = dropped() + removed;
            ObjectNode node = JSON.createObjectNode();
            node.put("dropped_entries", dropped);
            node.put("max_bytes", maxBytes);
            node.put("time", Instant.now().toString());
            Path tmp = dir.resolve(DROPPED + ".tmp");
            Files.write(tmp, JSON.writeValueAsBytes(node));
            Files.move(tmp, dir.resolve(DROPPED), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Reads the folder's files, oldest first, once. */
    private void loadFiles() throws IOException {
        if (files != null) {
            return;
        }
        files = new LinkedHashMap<>();
        bytes = 0;
        List<Path> found = new ArrayList<>();
        try (var list = Files.list(dir)) {
            list.filter(Files::isRegularFile).forEach(found::add);
        }
        Map<Path, Long> times = new HashMap<>();
        for (Path p : found) {
            times.put(p, Files.getLastModifiedTime(p).toMillis());
        }
        found.sort(java.util.Comparator.comparing(times::get));
        for (Path p : found) {
            long size = Files.size(p);
            files.put(p.getFileName().toString(), size);
            bytes += size;
        }
    }

    /** The reason's kind: its text up to the first colon, as counted per input. */
    public static String kind(String reason) {
        int colon = reason.indexOf(':');
        String kind = (colon > 0 ? reason.substring(0, colon) : reason).strip();
        return kind.length() <= 120 ? kind : kind.substring(0, 120);
    }

    static String key(String input) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bounded sample of {@code bytes} as text: UTF-8 with replacement characters. */
    static String sample(byte[] bytes) {
        int n = Math.min(bytes.length, MAX_SAMPLE_BYTES);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // REPLACE never throws
        }
    }

    /** What is known of one rejected input. */
    private static final class Entry {
        final String input;
        final String first = Instant.now().toString();
        String last = first;
        long rejected;
        final Map<String, Long> reasons = new TreeMap<>();
        final List<ObjectNode> examples = new ArrayList<>();
        long written;
        boolean dirty;

        Entry(String input) {
            this.input = input;
        }

        void add(Rejection r) {
            rejected++;
            last = Instant.now().toString();
            String kind = kind(r.reason());
            if (!reasons.containsKey(kind) && reasons.size() >= MAX_REASONS) {
                kind = "other";
            }
            reasons.merge(kind, 1L, Long::sum);
            if (examples.size() < MAX_EXAMPLES) {
                ObjectNode x = JSON.createObjectNode();
                x.put("origin", r.origin().toString());
                x.put("offset", r.offset());
                x.put("reason", r.reason().length() <= MAX_REASON_CHARS ? r.reason() : r.reason().substring(0, MAX_REASON_CHARS) + "…");
                x.put("sample_bytes", r.sample().length);
                x.put("sample", sample(r.sample()));
                examples.add(x);
            }
            dirty = true;
        }

        ObjectNode json() {
            ObjectNode node = JSON.createObjectNode();
            node.put("input", input);
            node.put("rejected", rejected);
            ObjectNode counts = node.putObject("reasons");
            reasons.forEach(counts::put);
            node.put("first_time", first);
            node.put("last_time", last);
            ArrayNode xs = node.putArray("examples");
            examples.forEach(xs::add);
            return node;
        }
    }
}
