package io.newsweave.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsweave.model.Decoding;
import io.newsweave.model.Origin;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Reads JSON Lines (news-please, CC-News and similar exports): one article object per line, mapped
 * by {@link JsonArticle}, origin {@code path#line} with the 1-based line number. Streams line by
 * line; a line longer than {@link IngestConfig#maxDocumentBytes()} is skipped and rejected. Blank
 * lines are skipped. A malformed line is rejected with its line, byte offset and Jackson's
 * message, and reading goes on with the next line. Lines that are not valid UTF-8 are decoded
 * with {@link TextDecoder} first; an input in UTF-16 or UTF-32 (with a byte order mark) arrives
 * transcoded to UTF-8, and its byte offsets count UTF-8 bytes. An I/O error (a truncated {@code .gz}) ends the input with one
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
                readLine(file, line, sink, in.transcodedFrom());
            }
        } catch (IOException e) {
            sink.reject(new Rejection(file.at(lastLine + 1), lines.position(),
                    "read failed after line " + lastLine + ": " + Readers.describe(e), null));
        }
    }

    private void readLine(Origin file, LineInput.Line line, Delivery sink, Charset transcodedFrom) {
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
            Parsed parsed = parse(line.bytes(), start, line.length() - start);
            RawDocument document = JsonArticle.toDocument(parsed.node(), origin);
            Decoding decoding = parsed.decoding() != null ? parsed.decoding()
                    : transcodedFrom != null ? new Decoding(transcodedFrom.name(), 0) : null;
            sink.accept(decoding == null ? document : document.withDecoding(decoding));
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

    /** A parsed line, with how it was decoded when it was not UTF-8. */
    private record Parsed(JsonNode node, Decoding decoding) {
    }

    private Parsed parse(byte[] bytes, int offset, int length) throws IOException {
        try {
            return new Parsed(mapper.readTree(bytes, offset, length), null);
        } catch (JsonProcessingException e) {
            if (TextDecoder.strictUtf8(bytes, offset, length) != null) {
                throw e;
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes, offset, length, null);
            return new Parsed(mapper.readTree(decoded.text()), decoded.decoding());
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
