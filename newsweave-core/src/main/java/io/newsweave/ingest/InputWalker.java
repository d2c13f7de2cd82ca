package io.newsweave.ingest;

import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands a path given by the user into the files to read: the file itself, or every file under a
 * directory, depth first in sorted name order. Skips entries whose name starts with a dot,
 * symbolic links to directories (no loops) and the data directory; anything neither a regular
 * file nor a directory inside a directory (sockets, pipes) is skipped too, though one named
 * directly is read. A missing path or an unlistable directory becomes a rejection. Thread-safe:
 * holds only an immutable path.
 */
final class InputWalker {

    /** Receives each file to read, with its name for origins and its size. */
    interface FileHandler {
        void file(String name, Path path, long size);
    }

    private final Path dataDirectory;

    InputWalker(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    void walk(String name, FileHandler handler, Delivery sink) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            sink.reject(new Rejection(Origin.file(name), "not a valid path: " + e.getReason()));
            return;
        }
        if (Files.isDirectory(path)) {
            directory(name, path, handler, sink);
        } else if (Files.exists(path)) {
            handler.file(name, path, sizeOf(path));
        } else {
            sink.reject(new Rejection(Origin.file(name), "no such file or directory"));
        }
    }

    private void directory(String name, Path dir, FileHandler handler, Delivery sink) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(dir)) {
            entries = new ArrayList<>(listing.toList());
        } catch (IOException | RuntimeException e) {
            sink.reject(new Rejection(Origin.file(name), "cannot list directory: " + describe(e)));
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            String fileName = entry.getFileName().toString();
            if (fileName.startsWith(".")) {
                continue;
            }
            String childName = Path.of(name).resolve(fileName).toString();
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (!isDataDirectory(entry)) {
                    directory(childName, entry, handler, sink);
                }
            } else if (Files.isRegularFile(entry)) {
                handler.file(childName, entry, sizeOf(entry));
            }
        }
    }

    private boolean isDataDirectory(Path dir) {
        if (dataDirectory == null) {
            return false;
        }
        try {
            return Files.exists(dataDirectory) && Files.isSameFile(dir, dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A short reason for a file-system failure. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e.getCause() instanceof IOException io && e instanceof java.io.UncheckedIOException) {
            return describe(io);
        }
        return Readers.describe(e);
    }
}
