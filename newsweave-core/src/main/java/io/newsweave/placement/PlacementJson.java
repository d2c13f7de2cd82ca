package io.newsweave.placement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.json.ArticleJson;
import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The one-line JSON form of a {@link PlacementRecord}:
 * <pre>
 * {"type":"placed","partition":"en","story":"s-…","event":"e-…","entities":["…"],"keys":["…"],"article":{…export form…}}
 * {"type":"merged","partition":"en","from":"s-…","into":"s-…"}
 * {"type":"duplicate","partition":"en","origin":"kafka:articles/0#18","article":"…"}
 * {"type":"rejected","partition":"","origin":"kafka:articles/0#19","offset":-1,"reason":"…","sample":"base64"}
 * </pre>
 * The article is in the export's form ({@link ArticleJson}); {@code entities} is informative
 * (the article's mentions carry the ids). A rejection keeps at most {@value #SAMPLE_BYTES} bytes of
 * its sample. Thread-safe.
 */
public final class PlacementJson {

    /** Bytes of a rejected input's sample carried in its record. */
    static final int SAMPLE_BYTES = 4096;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlacementJson() {
    }

    /** The record as one line of JSON (no line break). */
    public static String write(PlacementRecord record) {
        ObjectNode node = JSON.createObjectNode();
        switch (record) {
            case PlacementRecord.Placed p -> {
                node.put("type", "placed").put("partition", p.partition()).put("story", p.story()).put("event", p.event());
                p.entities().forEach(node.putArray("entities")::add);
                p.keys().forEach(node.putArray("keys")::add);
                node.set("article", ArticleJson.toNode(p.article()));
            }
            case PlacementRecord.Merged m -> node.put("type", "merged").put("partition", m.partition()).put("from", m.from())
                    .put("into", m.into());
            case PlacementRecord.Duplicate d -> node.put("type", "duplicate").put("partition", d.partition())
                    .put("origin", d.origin().toString()).put("article", d.article());
            case PlacementRecord.Rejected r -> {
                Rejection rejection = r.rejection();
                byte[] sample = rejection.sample().length > SAMPLE_BYTES ? Arrays.copyOf(rejection.sample(), SAMPLE_BYTES)
                        : rejection.sample();
                node.put("type", "rejected").put("partition", r.partition()).put("origin", rejection.origin().toString())
                        .put("offset", rejection.offset()).put("reason", rejection.reason())
                        .put("sample", Base64.getEncoder().encodeToString(sample));
            }
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a placement record", e);
        }
    }

    /**
     * Reads one line written by {@link #write}.
     *
     * @throws IllegalArgumentException naming what is wrong when the line is not such a record
     */
    public static PlacementRecord read(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String type = node.path("type").asText("");
        String partition = node.path("partition").asText("");
        try {
            return switch (type) {
                case "placed" -> {
                    List<String> keys = new ArrayList<>();
                    node.path("keys").forEach(k -> keys.add(k.asText()));
                    yield new PlacementRecord.Placed(partition, ArticleJson.fromNode(required(node, "article")),
                            required(node, "story").asText(), required(node, "event").asText(), keys);
                }
                case "merged" -> new PlacementRecord.Merged(partition, required(node, "from").asText(),
                        required(node, "into").asText());
                case "duplicate" -> new PlacementRecord.Duplicate(partition, Origin.parse(required(node, "origin").asText()),
                        required(node, "article").asText());
                case "rejected" -> new PlacementRecord.Rejected(partition, new Rejection(Origin.parse(required(node, "origin").asText()),
                        node.path("offset").asLong(-1), required(node, "reason").asText(),
                        Base64.getDecoder().decode(node.path("sample").asText(""))));
                default -> throw new IllegalArgumentException("unknown placement record type '" + type + "'");
            };
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("unknown placement")) {
                throw e;
            }
            throw new IllegalArgumentException("bad '" + type + "' placement record: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }
}
