package io.newsweave.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.lineage.LineageLink;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lineage links found at ingest (sightings, copies, reuse, translations), durable in their own
 * append-only {@link Journal} ({@code lineage.log}) and replayed whole on open: links are few next to
 * articles and small. A record that cannot be read (written by a newer version) is skipped. Thread-safe.
 */
final class LineageLog implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Journal journal;
    private final List<LineageLink> links = new ArrayList<>();

    LineageLog(Path file) throws IOException {
        this(new Journal(file));
    }

    /** The links recorded in {@code file} so far, read-only (see {@link Journal#readOnly}). */
    static LineageLog readOnly(Path file) throws IOException {
        return new LineageLog(Journal.readOnly(file, 0));
    }

    private LineageLog(Journal journal) throws IOException {
        this.journal = journal;
        journal.replay(0, (offset, payload) -> {
            LineageLink link = decode(JSON.readTree(payload));
            if (link != null) {
                links.add(link);
            }
        });
    }

    /** Appends a link; durable after {@link #sync()}. */
    synchronized void add(LineageLink link) throws IOException {
        journal.append(JSON.writeValueAsBytes(encode(link)));
        links.add(link);
    }

    /** Every link recorded, in the order found. */
    synchronized List<LineageLink> links() {
        return List.copyOf(links);
    }

    synchronized int count() {
        return links.size();
    }

    void sync() throws IOException {
        journal.sync();
    }

    @Override
    public void close() throws IOException {
        journal.close();
    }

    static ObjectNode encode(LineageLink link) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", link.kind().name().toLowerCase(java.util.Locale.ROOT));
        node.set("article", side(link.article()));
        node.set("of", side(link.of()));
        node.put("share", Math.round(link.share() * 1000) / 1000.0);
        node.put("of_share", Math.round(link.ofShare() * 1000) / 1000.0);
        return node;
    }

    private static ObjectNode side(LineageLink.Side side) {
        ObjectNode node = JSON.createObjectNode();
        if (side.id() != null) {
            node.put("id", side.id());
            node.put("seq", side.seq());
        }
        putIf(node, "url", side.url());
        putIf(node, "source", side.source());
        putIf(node, "published", side.published());
        node.put("language", side.language());
        return node;
    }

    private static void putIf(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static LineageLink decode(JsonNode node) {
        LineageLink.Kind kind;
        try {
            kind = LineageLink.Kind.valueOf(node.path("kind").asText("").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
        LineageLink.Side article = side(node.path("article"));
        LineageLink.Side of = side(node.path("of"));
        if (of.id() == null || kind != LineageLink.Kind.SIGHTING && article.id() == null) {
            return null;
        }
        double share = node.path("share").asDouble(1);
        return new LineageLink(kind, article, of, share, node.path("of_share").asDouble(share));
    }

    private static LineageLink.Side side(JsonNode node) {
        return new LineageLink.Side(text(node, "id"), node.path("seq").asLong(-1), text(node, "url"), text(node, "source"),
                text(node, "published"), node.path("language").asText("und"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
