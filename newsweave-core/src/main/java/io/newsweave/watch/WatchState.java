package io.newsweave.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The watcher's durable state under {@code DIR/watch/}: {@code seen.log}, the normalised URLs of
 * articles already collected, one per line, appended and forced to disk before
 * {@link #markSeen} returns (a torn last line, from a crash mid-write, is cut off on open; a log
 * that has come to hold many repeated lines is rewritten atomically on open, each URL once); and
 * {@code sources.json}, every source's schedule, validators and health, rewritten atomically by
 * {@link #save} (a crash leaves the previous whole version). Losing the latest {@code sources.json}
 * only repeats a poll; losing nothing of {@code seen.log} that was acknowledged means no article
 * is fetched twice. Thread-safe.
 */
public final class WatchState implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** {@code seen.log} is rewritten on open when it holds this many repeated or empty lines, and at least one per four URLs. */
    static final int COMPACT_MIN_DUPLICATES = 1_000;

    private final Path dir;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, SourceState> sources = new ConcurrentHashMap<>();
    private final FileChannel seenLog;

    private WatchState(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        Path log = dir.resolve("seen.log");
        long whole = 0;
        if (Files.exists(log)) {
            int lines = 0;
            byte[] bytes = Files.readAllBytes(log);
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    if (i > start) {
                        seen.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                    }
                    lines++;
                    start = i + 1;
                }
            }
            whole = start;
            if (lines - seen.size() >= Math.max(COMPACT_MIN_DUPLICATES, seen.size() / 4)) {
                AtomicFiles.writeLines(log, seen);
                whole = Files.size(log);
            }
        }
        this.seenLog = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        seenLog.truncate(whole);
        seenLog.position(whole);
        Path state = dir.resolve("sources.json");
        if (Files.exists(state)) {
            try {
                Map<String, SourceState> read = JSON.readValue(state.toFile(), new TypeReference<LinkedHashMap<String, SourceState>>() {
                });
                sources.putAll(read);
            } catch (IOException e) {
                throw new IOException("cannot read " + state + " (" + e.getMessage() + "); move it away to start the schedules afresh", e);
            }
        }
    }

    /** Opens (creating) the state in {@code dir} (usually {@code DATA/watch}). */
    public static WatchState open(Path dir) throws IOException {
        return new WatchState(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Whether the article at normalised {@code url} was collected. */
    public boolean seen(String url) {
        return seen.contains(url);
    }

    public int seenCount() {
        return seen.size();
    }

    /** Records {@code urls} as collected, durably: on disk when this returns. */
    public void markSeen(Collection<String> urls) throws IOException {
        synchronized (seenLog) {
            StringBuilder lines = new StringBuilder();
            List<String> added = new java.util.ArrayList<>();
            for (String url : urls) {
                if (!url.isEmpty() && url.indexOf('\n') < 0 && !seen.contains(url) && !added.contains(url)) {
                    lines.append(url).append('\n');
                    added.add(url);
                }
            }
            if (added.isEmpty()) {
                return;
            }
            ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                seenLog.write(buffer);
            }
            seenLog.force(false);
            seen.addAll(added);
        }
    }

    /** The state of source {@code key}, or {@code null}. */
    public SourceState source(String key) {
        return sources.get(key);
    }

    public void put(SourceState state) {
        sources.put(state.key(), state);
    }

    /** Forgets a removed source's schedule and health (its seen URLs stay). */
    public void remove(String key) {
        sources.remove(key);
    }

    public List<SourceState> sources() {
        return List.copyOf(sources.values());
    }

    /** Writes every source's state atomically. */
    public synchronized void save() throws IOException {
        AtomicFiles.write(dir.resolve("sources.json"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(new java.util.TreeMap<>(sources)));
    }

    @Override
    public void close() throws IOException {
        synchronized (seenLog) {
            seenLog.close();
        }
    }
}
