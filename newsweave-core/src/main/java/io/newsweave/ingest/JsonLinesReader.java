package io.newsweave.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsweave.model.Origin;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;

import java.io.IOException;
import java.util.Arrays;

/**
 * Reads JSON Lines (news-please, CC-News and similar exports): one article object per line, mapped
 * by {@link JsonArticle}, origin {@code path#line} with the 1-based line number. Streams line by
 * line; a line longer than {@link IngestConfig#maxDocumentBytes()} is skipped and rejected. Blank
 * lines are skipped. A malformed line is rejected with its line, byte offset and Jackson's
 * message, and reading goes on with the next line. Lines that are not valid UTF-8 are decoded
 * with {@link TextDecoder} first. An I/O error (a truncated {@code .gz}) ends the input with one
 * rejection after the lines already delivered. Byte offsets count decompressed bytes for
 * {@code .gz} inputs. Thread-safe: holds only immutable state and a thread-safe mapper.
 */
final class JsonLinesReader {

    private final IngestConfig config;
    private final ObjectReader mapper;

    JsonLinesReader(IngestConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    void read(Input in, Delivery sink) {
        LineInput lines = new LineInput(in.stream(), config.maxDocumentBytes());
        Origin file = in.origin();
        long lastLine = 0;
        try {
            LineInput.Line line;
            while ((line = lines.next()) != null) {
                lastLine = line.number();
                readLine(file, line, sink);
            }
        } catch (IOException e) {
            sink.reject(new Rejection(file.at(lastLine + 1), lines.position(),
                    "read failed after line " + lastLine + ": " + Readers.describe(e), null));
        }
    }

    private void readLine(Origin file, LineInput.Line line, Delivery sink) {
        Origin origin = file.at(line.number());
        if (line.tooLong()) {
            sink.reject(new Rejection(origin, line.offset(),
                    Sizes.tooLarge("line", line.fullLength(), config.maxDocumentBytes()), null));
            return;
        }
        int start = line.number() == 1 && TextDecoder.bomCharset(line.bytes(), 0, line.length()) != null ? 3 : 0;
        if (isBlank(line.bytes(), start, line.length())) {
            return;
        }
        try {
            JsonNode node = parse(line.bytes(), start, line.length() - start);
            sink.accept(JsonArticle.toDocument(node, origin));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            long inLine = where == null || where.getByteOffset() < 0 ? 0 : where.getByteOffset();
            sink.reject(new Rejection(origin, line.offset() + start + inLine,
                    "not valid JSON: " + Readers.describe(new IOException(e.getOriginalMessage())), sample(line)));
        } catch (IOException e) {
            sink.reject(new Rejection(origin, line.offset(), "not valid JSON: " + Readers.describe(e), sample(line)));
        } catch (BadRecordException e) {
            sink.reject(new Rejection(origin, line.offset(), e.getMessage(), sample(line)));
        }
    }

    private JsonNode parse(byte[] bytes, int offset, int length) throws IOException {
        try {
            return mapper.readTree(bytes, offset, length);
        } catch (JsonProcessingException e) {
            if (TextDecoder.strictUtf8(bytes, offset, length) != null) {
                throw e;
            }
            return mapper.readTree(TextDecoder.decode(bytes, offset, length, null));
        }
    }

    private static byte[] sample(LineInput.Line line) {
        return Arrays.copyOf(line.bytes(), line.length());
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
