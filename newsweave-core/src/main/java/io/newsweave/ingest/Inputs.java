package io.newsweave.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsweave.model.Origin;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The ingest entry point: reads paths (files, directories, {@code -} for standard input) and
 * hands every document found to a {@link DocumentSink}, in a deterministic order.
 *
 * <p>Each input's format is sniffed from its content, its extension serving only as a hint:
 * gzip (decompressed, then sniffed again), WARC, RSS/Atom feeds, HTML pages, JSON Lines, JSON
 * arrays of articles, and otherwise a plain-text article. Directories are walked recursively in
 * sorted name order, skipping hidden entries, symbolic links to directories and the configured
 * data directory. Everything is streamed: a multi-gigabyte JSON Lines or WARC file is never held
 * in memory; only feeds (bounded by {@link IngestConfig#maxFeedBytes()}) and single documents
 * (bounded by {@link IngestConfig#maxDocumentBytes()}) are.
 *
 * <p>Bad input never throws: an unreadable, vanished, binary, empty, oversized or malformed input,
 * or one record of it, becomes a {@link Rejection} naming its place and reason, and reading goes on
 * with the next record or input. Null arguments fail fast with {@link NullPointerException}, and
 * a runtime exception thrown by the sink itself propagates unchanged. Ingest does no extraction,
 * language detection or date parsing.
 *
 * <p>Thread-safe: an instance holds only immutable configuration and may read several inputs on
 * several threads at once; each call delivers to its own sink from the calling thread.
 */
public final class Inputs {

    /** The name standing for standard input. */
    public static final String STDIN = "-";

    private static final int MAX_GZIP_DEPTH = 2;

    private final IngestConfig config;
    private final WholeFileReader wholeFiles;
    private final JsonLinesReader jsonLines;
    private final JsonDocumentReader jsonDocuments;
    private final FeedReader feeds;
    private final WarcReader warcs;
    private final InputWalker walker;

    public Inputs(IngestConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        ObjectMapper mapper = mapper(config);
        this.wholeFiles = new WholeFileReader(config);
        this.jsonLines = new JsonLinesReader(config, mapper);
        this.jsonDocuments = new JsonDocumentReader(config, mapper);
        this.feeds = new FeedReader(config);
        this.warcs = new WarcReader(config);
        this.walker = new InputWalker(config.dataDirectory());
    }

    /** The configuration this instance reads with. */
    IngestConfig config() {
        return config;
    }

    /** Reads every path in order, as {@link #read(String, DocumentSink)} does. */
    public void read(List<String> paths, DocumentSink sink) {
        Objects.requireNonNull(sink, "sink");
        for (String path : List.copyOf(paths)) {
            read(path, sink);
        }
    }

    /**
     * Reads one path: a file, a directory (recursively, in sorted order) or {@code -} for this
     * process's standard input.
     */
    public void read(String path, DocumentSink sink) {
        Objects.requireNonNull(path, "path");
        if (path.equals(STDIN)) {
            read(STDIN, System.in, sink);
            return;
        }
        Delivery delivery = new Delivery(sink);
        unwrap(() -> walker.walk(path, (name, file, size) -> readFile(name, file, size, delivery),
                delivery));
    }

    /**
     * Reads one stream, such as standard input, named {@code name} in origins (use {@code -} for
     * standard input); the name's extension serves as a format hint. Does not close {@code in}.
     */
    public void read(String name, InputStream in, DocumentSink sink) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        Delivery delivery = new Delivery(sink);
        unwrap(() -> readStream(name, name, Gzip.unclosable(in), -1, delivery, 0));
    }

    private void readFile(String name, Path file, long size, Delivery sink) {
        try (InputStream in = Files.newInputStream(file)) {
            readStream(name, name, in, size, sink, 0);
        } catch (IOException e) {
            sink.reject(new Rejection(Origin.file(name), -1, "cannot read: " + InputWalker.describe(e), null));
        }
    }

    private void readStream(String name, String hint, InputStream raw, long size, Delivery sink, int depth) {
        Input in;
        try {
            in = Input.peek(name, hint, raw, size);
        } catch (IOException e) {
            sink.reject(new Rejection(Origin.file(name), 0, "cannot read: " + Readers.describe(e), null));
            return;
        }
        try {
            dispatch(in, sink, depth);
        } catch (Delivery.SinkFailure e) {
            throw e;
        } catch (RuntimeException e) {
            sink.reject(in.reject(-1, "unexpected failure while reading: " + Readers.describe(e)));
        }
    }

    private void dispatch(Input in, Delivery sink, int depth) {
        Format format = FormatSniffer.detect(in.head(), in.hint());
        java.nio.charset.Charset bom = TextDecoder.bomCharset(in.head(), 0, in.head().length);
        if ((format == Format.JSON_LINES || format == Format.JSON_DOCUMENT) && bom != null
                && bom != java.nio.charset.StandardCharsets.UTF_8 && in.transcodedFrom() == null) {
            try {
                dispatch(in.transcoded(bom), sink, depth);
            } catch (IOException e) {
                sink.reject(in.reject(0, "cannot read as " + bom.name() + ": " + Readers.describe(e)));
            }
            return;
        }
        switch (format) {
            case EMPTY -> sink.reject(in.reject(0, "empty input"));
            case BINARY -> sink.reject(in.reject(0, BinaryContent.reason(in.head())));
            case GZIP -> gunzip(in, sink, depth);
            case WARC -> warcs.read(in, sink);
            case FEED -> feeds.read(in, sink);
            case HTML -> wholeFiles.read(in, RawDocument.Kind.HTML, sink);
            case TEXT -> wholeFiles.read(in, RawDocument.Kind.TEXT, sink);
            case JSON_LINES -> jsonLines.read(in, sink);
            case JSON_DOCUMENT -> jsonDocuments.read(in, sink);
        }
    }

    private void gunzip(Input in, Delivery sink, int depth) {
        if (depth >= MAX_GZIP_DEPTH) {
            sink.reject(in.reject(0, "gzip nested more than " + MAX_GZIP_DEPTH + " deep"));
            return;
        }
        try {
            if (Gzip.holdsWarc(in.head())) {
                warcs.read(in, sink);
                return;
            }
            String hint = Gzip.stripExtension(in.hint());
            readStream(in.name(), hint, new GZIPInputStream(in.stream(), 64 * 1024), -1, sink, depth + 1);
        } catch (IOException e) {
            sink.reject(in.reject(0, "not a readable gzip stream: " + Readers.describe(e)));
        }
    }

    private static void unwrap(Runnable reading) {
        try {
            reading.run();
        } catch (Delivery.SinkFailure e) {
            throw e.getCause();
        }
    }

    private static ObjectMapper mapper(IngestConfig config) {
        int maxString = (int) Math.min(config.maxDocumentBytes(), Integer.MAX_VALUE);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
                .build();
        return new ObjectMapper(factory);
    }
}
