package io.newsweave.ingest;

import io.newsweave.model.Declared;
import io.newsweave.model.RawDocument;


/**
 * Reads an input that holds one document, a plain-text article or an HTML page, into one
 * {@link RawDocument} with record 0. Refuses inputs over {@link IngestConfig#maxDocumentBytes()}
 * without reading past the limit, and inputs that decode to whitespace only. Does not extract
 * anything from the page. Thread-safe: holds only the immutable config.
 */
final class WholeFileReader {

    private final IngestConfig config;

    WholeFileReader(IngestConfig config) {
        this.config = config;
    }

    void read(Input in, RawDocument.Kind kind, Delivery sink) {
        String what = kind == RawDocument.Kind.HTML ? "page" : "text";
        byte[] bytes = Sizes.readWhole(in, what, config.maxDocumentBytes(), sink);
        if (bytes == null) {
            return;
        }
        TextDecoder.Decoded decoded = kind == RawDocument.Kind.HTML
                ? TextDecoder.decodeHtml(bytes, null) : TextDecoder.decodeText(bytes);
        String content = decoded.text();
        if (content.isBlank()) {
            sink.reject(in.reject(0, "empty input"));
            return;
        }
        sink.accept(new RawDocument(in.origin(), kind, content, Declared.NONE, decoded.decoding()));
    }
}
