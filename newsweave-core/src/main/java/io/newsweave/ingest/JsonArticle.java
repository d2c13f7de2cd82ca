package io.newsweave.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsweave.model.Declared;
import io.newsweave.model.Origin;
import io.newsweave.model.RawDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one JSON article object to a {@link RawDocument}: the news-please / CC-News field names
 * ({@code title}, {@code maintext}, {@code date_publish}, {@code language}, {@code url},
 * {@code source_domain}, {@code date_download}) and their common aliases, tried in the order
 * listed below. A body is a string, or an array of strings joined as paragraphs; a source may be
 * an object with {@code name} or {@code domain}; a numeric date is read as epoch seconds (or
 * milliseconds when large) and written as ISO 8601. A body that looks like HTML becomes
 * {@link RawDocument.Kind#HTML}, any other {@link RawDocument.Kind#BODY}. Does not parse or check
 * dates, languages or URLs; when no source is named, the URL's host is the source.
 * Stateless and thread-safe.
 */
final class JsonArticle {

    static final List<String> BODY = List.of("maintext", "text", "body", "content", "article",
            "articleBody", "article_body", "full_text", "fulltext", "description", "summary");
    static final List<String> TITLE = List.of("title", "headline", "title_page", "title_rss", "name");
    static final List<String> PUBLISHED = List.of("date_publish", "published", "publish_date",
            "published_at", "publishedAt", "date_published", "datePublished", "pubDate", "date",
            "date_created", "created_at");
    static final List<String> CRAWLED = List.of("date_download", "crawled", "crawled_at",
            "date_crawled", "downloaded_at", "fetched_at");
    static final List<String> LANGUAGE = List.of("language", "lang", "inLanguage", "locale");
    static final List<String> URL = List.of("url", "link", "uri", "href", "canonical_url", "source_url");
    static final List<String> SOURCE = List.of("source_domain", "source", "domain", "site", "outlet",
            "publisher", "site_name", "source_name", "feed");

    private static final long EPOCH_MILLIS_THRESHOLD = 100_000_000_000L;

    private JsonArticle() {
    }

    /** The document for {@code node}, or why there is none. */
    static RawDocument toDocument(JsonNode node, Origin origin) throws BadRecordException {
        if (!node.isObject()) {
            throw new BadRecordException("not a JSON object but " + describe(node));
        }
        String body = body(node);
        if (body == null) {
            throw new BadRecordException("no article text in fields " + String.join(", ", BODY));
        }
        String url = text(node, URL);
        Declared declared = new Declared(text(node, TITLE), url, source(node, url),
                date(node, PUBLISHED), text(node, LANGUAGE), date(node, CRAWLED));
        RawDocument.Kind kind = Readers.looksLikeHtml(body) ? RawDocument.Kind.HTML : RawDocument.Kind.BODY;
        return new RawDocument(origin, kind, body, declared);
    }

    private static String body(JsonNode node) {
        for (String field : BODY) {
            JsonNode value = node.get(field);
            if (value == null) {
                continue;
            }
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
            if (value.isArray()) {
                List<String> paragraphs = new ArrayList<>();
                value.forEach(p -> {
                    if (p.isTextual() && !p.asText().isBlank()) {
                        paragraphs.add(p.asText().strip());
                    }
                });
                if (!paragraphs.isEmpty()) {
                    return String.join("\n\n", paragraphs);
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node, List<String> fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && (value.isTextual() || value.isNumber()) && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    private static String date(JsonNode node, List<String> fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value == null) {
                continue;
            }
            if (value.isIntegralNumber()) {
                long n = value.asLong();
                return (n >= EPOCH_MILLIS_THRESHOLD ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n)).toString();
            }
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    private static String source(JsonNode node, String url) {
        for (String field : SOURCE) {
            JsonNode value = node.get(field);
            if (value == null) {
                continue;
            }
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
            if (value.isObject()) {
                String nested = text(value, List.of("name", "domain", "title", "id"));
                if (nested != null) {
                    return nested;
                }
                String host = Readers.host(text(value, List.of("url", "link", "href")));
                if (host != null) {
                    return host;
                }
            }
        }
        return Readers.host(url);
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
