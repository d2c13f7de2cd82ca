package io.newsweave.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Cluster merges (stories or events found to be one), durable in their own append-only
 * {@link Journal} and resolved at read time through a union-find: a merged id reads back as the
 * id it was merged into, transitively. Replayed whole on open (merges are few next to articles).
 * Thread-safe.
 */
final class Merges implements Closeable {

    /** Reads and writes merge records. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Journal journal;
    private final Map<String, String> parent = new HashMap<>();
    /** Every id merged into a root, the root included, for roots that absorbed others. */
    private final Map<String, Set<String>> members = new HashMap<>();
    private int count;

    Merges(Path file) throws IOException {
        this(new Journal(file));
    }

    /** The merges recorded in {@code file} so far, read-only (see {@link Journal#readOnly}). */
    static Merges readOnly(Path file) throws IOException {
        return new Merges(Journal.readOnly(file, 0));
    }

    private Merges(Journal journal) throws IOException {
        this.journal = journal;
        journal.replay(0, (offset, payload) -> {
            JsonNode node = JSON.readTree(payload);
            union(node.path("from").asText(), node.path("into").asText());
        });
    }

    /** Merges {@code from} into {@code into}; returns false when they are one already. Durable after {@link #sync()}. */
    synchronized boolean merge(String from, String into) throws IOException {
        if (canonical(from).equals(canonical(into))) {
            return false;
        }
        journal.append(JSON.writeValueAsBytes(Map.of("from", from, "into", into)));
        union(from, into);
        return true;
    }

    private void union(String from, String into) {
        String a = canonical(from);
        String b = canonical(into);
        if (a.equals(b)) {
            return;
        }
        parent.put(a, b);
        Set<String> target = members.computeIfAbsent(b, k -> new LinkedHashSet<>(Set.of(k)));
        Set<String> moved = members.remove(a);
        target.addAll(moved == null ? Set.of(a) : moved);
        count++;
    }

    /** The id {@code id} reads back as. */
    synchronized String canonical(String id) {
        String at = id;
        String next;
        while ((next = parent.get(at)) != null) {
            at = next;
        }
        if (!at.equals(id)) {
            parent.put(id, at);
        }
        return at;
    }

    /** Every id that reads back as {@code id}'s canonical id. */
    synchronized Set<String> members(String id) {
        String root = canonical(id);
        Set<String> all = members.get(root);
        return all == null ? Set.of(root) : Set.copyOf(all);
    }

    /** How many merges took effect. */
    synchronized int count() {
        return count;
    }

    void sync() throws IOException {
        journal.sync();
    }

    @Override
    public void close() throws IOException {
        journal.close();
    }
}
