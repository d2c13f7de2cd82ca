package io.newsweave.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.json.ArticleJson;
import io.newsweave.model.Rejection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The quarantine folder, {@code <data>/quarantine/}: one {@code <key>.json} per rejected input
 * (origin, byte offset, reason, time) and a {@code <key>.sample} with its first bytes. The key is a
 * hash of the origin, so rejecting the same input again replaces its entry. Thread-safe.
 */
public final class Quarantine {

    private final Path dir;

    Quarantine(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Records a rejection; an I/O failure here is reported, never thrown into the stream. */
    public synchronized void put(Rejection rejection) throws IOException {
        Files.createDirectories(dir);
        String key = key(rejection.origin().toString());
        ObjectNode node = ArticleJson.MAPPER.createObjectNode();
        node.put("origin", rejection.origin().toString());
        node.put("offset", rejection.offset());
        node.put("reason", rejection.reason());
        node.put("time", Instant.now().toString());
        node.put("sample_bytes", rejection.sample().length);
        Path json = dir.resolve(key + ".json");
        Path tmp = dir.resolve(key + ".json.tmp");
        Files.writeString(tmp, ArticleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node), StandardCharsets.UTF_8);
        Files.move(tmp, json, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        if (rejection.sample().length > 0) {
            Files.write(dir.resolve(key + ".sample"), rejection.sample());
        }
    }

    /** How many entries the quarantine holds. */
    public long size() throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
    }

    private static String key(String origin) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(origin.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
