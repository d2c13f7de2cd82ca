package io.newsweave.ingest;

import io.newsweave.model.Declared;
import io.newsweave.model.Origin;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a WARC file, plain or gzipped per record (as Common Crawl's CC-News), with jwarc. Every
 * {@code response} record of an {@code http(s)} capture with status 200 and an HTML content type
 * (or, lacking a usable type, a body that sniffs as HTML) becomes one {@link RawDocument.Kind#HTML}
 * document, origin {@code path#N} with the 1-based record number in the file: url is
 * {@code WARC-Target-URI}, crawled is {@code WARC-Date} as written, source is the URL's host, and
 * the HTTP {@code Content-Type} charset is honoured. HTTP {@code Content-Encoding} (gzip, deflate,
 * brotli) is undone. Other records (warcinfo, request, metadata, revisit, non-HTML or non-200
 * responses) are skipped without a rejection. A record longer than
 * {@link IngestConfig#maxRecordBytes()}, a page longer than {@link IngestConfig#maxDocumentBytes()}
 * or an unparsable HTTP header rejects that record only. A truncated or corrupt file delivers every
 * complete record before the damage, then one rejection naming the record and its byte offset
 * (in the file as stored, compressed or not), and ends that input. Thread-safe: holds only the
 * immutable config.
 */
final class WarcReader {

    private final IngestConfig config;

    WarcReader(IngestConfig config) {
        this.config = config;
    }

    void read(Input in, Delivery sink) {
        Origin file = in.origin();
        long records = 0;
        long offset = 0;
        try (org.netpreserve.jwarc.WarcReader warc = new org.netpreserve.jwarc.WarcReader(in.stream())) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                    sink.reject(new Rejection(file.at(records + 1), Math.max(offset, warc.position()),
                            damage(e, warc.compression(), records), null));
                    return;
                }
                if (next.isEmpty()) {
                    if (records == 0) {
                        sink.reject(in.reject(0, "WARC file holds no records"));
                    }
                    return;
                }
                records++;
                offset = warc.position();
                try {
                    record(next.get(), file.at(records), offset, sink);
                } catch (ParsingException | IllegalArgumentException e) {
                    sink.reject(new Rejection(file.at(records), offset,
                            "unreadable HTTP response in WARC record: " + Readers.describe(e), null));
                } catch (IOException e) {
                    sink.reject(new Rejection(file.at(records), offset,
                            damage(e, warc.compression(), records - 1), null));
                    return;
                }
            }
        } catch (IOException e) {
            sink.reject(new Rejection(file.at(records + 1), offset,
                    "not a readable WARC file: " + Readers.describe(e), in.head()));
        }
    }

    private void record(WarcRecord record, Origin origin, long offset, Delivery sink) throws IOException {
        if (!(record instanceof WarcResponse response) || !isHttp(response)) {
            return;
        }
        long length = record.headers().first("Content-Length").map(WarcReader::parseLong).orElse(-1L);
        if (length > config.maxRecordBytes()) {
            sink.reject(new Rejection(origin, offset,
                    Sizes.tooLarge("WARC record", length, config.maxRecordBytes()), null));
            return;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return;
        }
        MediaType type = http.contentType();
        boolean html = isHtml(type);
        if (!html && !isUnknown(type)) {
            return;
        }
        long limit = config.maxDocumentBytes();
        MessageBody body = http.bodyDecoded();
        byte[] bytes = Sizes.readAtMost(body.stream(), limit);
        if (bytes == null) {
            long size = http.headers().first("Content-Encoding").isPresent() ? -1 : http.body().size();
            sink.reject(new Rejection(origin, offset, Sizes.tooLarge("page", size, limit), null));
            return;
        }
        if (!html && FormatSniffer.detect(bytes, "") != Format.HTML) {
            return;
        }
        String charset = type == null ? null : type.parameters().get("charset");
        TextDecoder.Decoded decoded = TextDecoder.decodeHtml(bytes, charset);
        String content = decoded.text();
        if (content.isBlank()) {
            sink.reject(new Rejection(origin, offset, "empty page", null));
            return;
        }
        String url = response.target();
        Declared declared = new Declared(null, url, Readers.host(url), null, null,
                record.headers().first("WARC-Date").orElse(null));
        sink.accept(new RawDocument(origin, RawDocument.Kind.HTML, content, declared, decoded.decoding()));
    }

    private static boolean isHttp(WarcResponse response) {
        String target = response.target();
        if (target == null) {
            return false;
        }
        String lower = target.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://"))
                && response.contentType().base().equals(MediaType.HTTP);
    }

    private static boolean isHtml(MediaType type) {
        if (type == null || !type.isValid()) {
            return false;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static boolean isUnknown(MediaType type) {
        return type == null || !type.isValid() || type.base().equals(MediaType.OCTET_STREAM);
    }

    private static String damage(Exception e, WarcCompression compression, long complete) {
        String stream = compression == WarcCompression.GZIP ? "gzip stream" : "WARC file";
        String message = Readers.describe(e);
        String lower = message.toLowerCase(Locale.ROOT);
        boolean truncated = e instanceof EOFException || lower.contains("end of") || lower.contains("eof")
                || lower.contains("truncat");
        return (truncated ? "truncated " + stream + " after record " + complete
                : "corrupt " + stream + " after record " + complete) + " (" + message + ")";
    }

    private static Long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
