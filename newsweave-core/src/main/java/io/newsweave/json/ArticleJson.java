package io.newsweave.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.model.Article;
import io.newsweave.model.Decoding;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps an {@link Article} to and from its JSON form, the one the export contract
 * ({@code DESIGN.md}) fixes: {@code id, origin, url, source, title, language, published,
 * published_provenance, text, mentions, timexes}, plus {@code language_confidence} and
 * {@code published_confidence}, and {@code decoding} ({@code charset}, {@code replacements}) for an
 * article decoded from a legacy charset or with replaced bytes. Thread-safe.
 */
public final class ArticleJson {

    private static final com.fasterxml.jackson.databind.node.JsonNodeFactory NODES =
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;

    private ArticleJson() {
    }

    public static ObjectNode toNode(Article a) {
        ObjectNode node = NODES.objectNode();
        node.put("id", a.id());
        node.put("origin", a.origin().toString());
        node.put("url", a.url());
        node.put("source", a.source());
        node.put("title", a.title());
        node.put("language", a.language());
        node.put("language_confidence", round(a.languageConfidence()));
        Published p = a.published();
        node.put("published", p.known() ? p.date().toString() : null);
        node.put("published_provenance", p.provenance().label());
        node.put("published_confidence", round(p.confidence()));
        node.put("text", a.text());
        ArrayNode mentions = node.putArray("mentions");
        for (Mention m : a.mentions()) {
            ObjectNode mention = mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text())
                    .put("entity", m.entity());
            if (m.description()) {
                mention.put("description", true);
            }
        }
        ArrayNode timexes = node.putArray("timexes");
        for (Timex t : a.timexes()) {
            timexes.addObject().put("start", t.start()).put("end", t.end()).put("text", t.text()).put("value", t.value())
                    .put("granularity", t.granularity()).put("anchor", t.anchor()).put("type", t.type())
                    .put("mod", t.mod()).put("vague", t.vague());
        }
        if (a.decoding() != null) {
            node.putObject("decoding").put("charset", a.decoding().charset()).put("replacements", a.decoding().replacements());
        }
        return node;
    }

    public static Article fromNode(JsonNode node) {
        String published = text(node, "published");
        Provenance provenance = Provenance.ofLabel(node.path("published_provenance").asText("none"));
        Published date = published == null ? Published.UNKNOWN
                : new Published(LocalDate.parse(published), provenance, node.path("published_confidence").asDouble(0));
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : node.path("mentions")) {
            mentions.add(new Mention(m.path("start").asInt(), m.path("end").asInt(), text(m, "text"), text(m, "entity"),
                    m.path("description").asBoolean(false)));
        }
        List<Timex> timexes = new ArrayList<>();
        for (JsonNode t : node.path("timexes")) {
            timexes.add(new Timex(t.path("start").asInt(), t.path("end").asInt(), text(t, "text"), text(t, "value"),
                    text(t, "granularity"), text(t, "anchor"), t.path("type").asText("DATE"), text(t, "mod")));
        }
        JsonNode d = node.path("decoding");
        Decoding decoding = d.path("charset").isTextual() ? new Decoding(d.path("charset").asText(), Math.max(0, d.path("replacements").asInt(0))) : null;
        return new Article(node.path("id").asText(), Origin.parse(node.path("origin").asText()), text(node, "url"),
                text(node, "source"), node.path("title").asText(""), node.path("text").asText(""),
                node.path("language").asText("und"), node.path("language_confidence").asDouble(0), date, mentions, timexes,
                decoding);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
