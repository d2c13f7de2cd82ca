package io.newsweave.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;

import java.io.IOException;

/**
 * Reads a {@code .json} file that is not JSON Lines: a JSON array of article objects, or one or
 * more objects that span several lines (a news-please {@code .json} file, pretty-printed). Each
 * element is mapped by {@link JsonArticle}; the origin's record is the 1-based element number
 * (not a line number). Streams element by element with Jackson's parser. A syntax error cannot be
 * skipped over, so it ends the input with one rejection naming the element and byte offset, after
 * the elements already delivered. Thread-safe: holds only immutable state and a thread-safe mapper.
 */
final class JsonDocumentReader {

    private final IngestConfig config;
    private final ObjectMapper mapper;

    JsonDocumentReader(IngestConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    void read(Input in, Delivery sink) {
        Origin file = in.origin();
        long element = 0;
        long offset = 0;
        try (JsonParser parser = mapper.createParser(in.stream())) {
            JsonToken first = parser.nextToken();
            boolean array = first == JsonToken.START_ARRAY;
            JsonToken token = array ? parser.nextToken() : first;
            while (token != null && token != JsonToken.END_ARRAY) {
                element++;
                offset = byteOffset(parser.currentTokenLocation());
                JsonNode node = mapper.readTree(parser);
                long end = byteOffset(parser.currentLocation());
                readElement(file.at(element), offset, end - offset, node, sink);
                token = parser.nextToken();
            }
            if (array && token == JsonToken.END_ARRAY && parser.nextToken() != null) {
                sink.reject(new Rejection(file, byteOffset(parser.currentTokenLocation()),
                        "unexpected content after the JSON array", in.head()));
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            long at = where == null ? offset : byteOffset(where);
            sink.reject(new Rejection(file.at(element), at, "not valid JSON in element " + element
                    + ": " + Readers.describe(new IOException(e.getOriginalMessage())), in.head()));
        } catch (IOException e) {
            sink.reject(new Rejection(file.at(element), offset,
                    "read failed in element " + element + ": " + Readers.describe(e), in.head()));
        }
    }

    private void readElement(Origin origin, long offset, long length, JsonNode node, Delivery sink) {
        if (length > config.maxDocumentBytes()) {
            sink.reject(new Rejection(origin, offset,
                    Sizes.tooLarge("record", length, config.maxDocumentBytes()), null));
            return;
        }
        try {
            sink.accept(JsonArticle.toDocument(node, origin));
        } catch (BadRecordException e) {
            sink.reject(new Rejection(origin, offset, e.getMessage(), null));
        }
    }

    private static long byteOffset(JsonLocation location) {
        return location == null ? -1 : Math.max(-1, location.getByteOffset());
    }
}
