package io.newsweave.clean.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Facts from a page's JSON-LD blocks ({@code <script type="application/ld+json">}), including
 * {@code @graph} and top-level arrays. Article-typed objects win over others. Invalid JSON is
 * skipped, lenient syntax (comments, trailing commas, raw control characters) accepted. Does not
 * resolve {@code @id} references.
 *
 * @param headline      the article headline
 * @param published     {@code datePublished} as written
 * @param publisherName {@code publisher.name}, else a {@code WebSite}'s or {@code Organization}'s name
 * @param articleBody   the plain {@code articleBody}, when the page embeds it
 */
record JsonLd(String headline, String published, String publisherName, String articleBody) {

    static final JsonLd EMPTY = new JsonLd(null, null, null, null);

    private static final ObjectReader READER = JsonMapper.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                    .build())
            .build()
            .reader();

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "liveblogposting",
            "scholarlyarticle", "techarticle", "report", "posting");

    private static final int MAX_NODES = 20_000;

    static JsonLd read(Document doc) {
        Builder b = new Builder();
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            JsonNode root = parse(script.data());
            if (root != null) {
                b.walk(root);
            }
        }
        return b.build();
    }

    private static JsonNode parse(String raw) {
        String s = raw.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("<![CDATA[", "").replace("]]>", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return READER.readTree(s);
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }

    /** Collects facts over all blocks; article-typed objects override untyped ones. */
    private static final class Builder {
        String headline;
        String published;
        String articlePublished;
        String publisher;
        String siteName;
        String body;
        int visited;

        void walk(JsonNode root) {
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.add(root);
            while (!todo.isEmpty() && visited++ < MAX_NODES) {
                JsonNode n = todo.poll();
                if (n.isArray()) {
                    n.forEach(todo::add);
                } else if (n.isObject()) {
                    visit(n);
                    n.forEach(child -> {
                        if (child.isContainerNode()) {
                            todo.add(child);
                        }
                    });
                }
            }
        }

        private void visit(JsonNode n) {
            boolean article = isArticle(n.get("@type"));
            String date = text(n.get("datePublished"));
            if (date != null) {
                if (article && articlePublished == null) {
                    articlePublished = date;
                }
                if (published == null) {
                    published = date;
                }
            }
            if (article) {
                if (headline == null) {
                    headline = text(n.get("headline"));
                }
                JsonNode b = n.get("articleBody");
                if (body == null && b != null && b.isTextual() && !b.asText().isBlank()) {
                    body = b.asText();
                }
            }
            JsonNode pub = n.get("publisher");
            if (publisher == null && pub != null) {
                publisher = text(pub.isArray() && !pub.isEmpty() ? pub.get(0).get("name") : pub.get("name"));
            }
            if (siteName == null && (hasType(n.get("@type"), "website") || hasType(n.get("@type"), "newsmediaorganization"))) {
                siteName = text(n.get("name"));
            }
        }

        JsonLd build() {
            return new JsonLd(headline, articlePublished != null ? articlePublished : published,
                    publisher != null ? publisher : siteName, body);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText("").toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText("").toLowerCase(Locale.ROOT));
    }

    private static boolean hasType(JsonNode type, String wanted) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText("").equalsIgnoreCase(wanted)) {
                    return true;
                }
            }
            return false;
        }
        return type.asText("").equalsIgnoreCase(wanted);
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            JsonNode v = n.get("@value");
            return v == null ? null : text(v);
        }
        return n.isValueNode() ? Whitespace.clean(n.asText()) : null;
    }
}
