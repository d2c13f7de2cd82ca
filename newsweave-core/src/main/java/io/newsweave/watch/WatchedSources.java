package io.newsweave.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The sources file and the watcher kept in step: additions and removals (from the API) rewrite
 * the file atomically and take effect at once; edits made to the file by hand are picked up by
 * {@link #reloadIfChanged()}. The file is the one truth about which sources are watched; their
 * state lives in {@link WatchState}. Thread-safe.
 */
public final class WatchedSources {

    private final Path file;
    private final Watcher watcher;
    private FileTime seen;

    /** Reads {@code file} (an error naming the line when it is invalid) and hands its sources to {@code watcher}. */
    public WatchedSources(Path file, Watcher watcher) throws IOException {
        this.file = file;
        this.watcher = watcher;
        reload();
    }

    /** Reads the sources of {@code file} for a new watcher. */
    public static List<Source> read(Path file) throws IOException {
        return SourcesFile.read(file);
    }

    public Path file() {
        return file;
    }

    public Watcher watcher() {
        return watcher;
    }

    /** The watched sources with their state. */
    public List<Map.Entry<Source, SourceState>> list() {
        return watcher.sources();
    }

    public Instant now() {
        return watcher.now();
    }

    /** Adds {@code source} to the file and the watcher; an {@link IllegalArgumentException} when it is already there. */
    public synchronized void add(Source source) throws IOException {
        SourcesFile.add(file, source);
        reload();
    }

    /** Removes the source of {@code url}; whether there was one. */
    public synchronized boolean remove(String url) throws IOException {
        boolean removed = SourcesFile.remove(file, url);
        if (removed) {
            reload();
        }
        return removed;
    }

    /** Re-reads the file when it changed since last read; an invalid file leaves the sources as they were and throws. */
    public synchronized boolean reloadIfChanged() throws IOException {
        FileTime now = Files.getLastModifiedTime(file);
        if (now.equals(seen)) {
            return false;
        }
        reload();
        return true;
    }

    private void reload() throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        watcher.setSources(SourcesFile.read(file));
        seen = modified;
    }

    /** A source from API input: a URL and optional kind, name, lang and every, validated as a sources-file line is. */
    public static Source parse(String url, String kind, String name, String lang, String every) {
        StringBuilder line = new StringBuilder(url == null ? "" : url.strip());
        if (url == null || url.isBlank() || line.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("url must be one http(s) URL");
        }
        append(line, "kind", kind);
        append(line, "name", name);
        append(line, "lang", lang);
        append(line, "every", every);
        try {
            return SourcesFile.parseLine("request", 1, line.toString());
        } catch (SourcesFile.Invalid e) {
            throw new IllegalArgumentException(e.getMessage().substring("request:1: ".length()));
        }
    }

    private static void append(StringBuilder line, String key, String value) {
        if (value != null && !value.isBlank()) {
            if (value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException(key + " must not contain quotes or line breaks");
            }
            line.append(' ').append(key).append("=\"").append(value.strip()).append('"');
        }
    }

}
