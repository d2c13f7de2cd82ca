package io.newsweave.ingest;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small WARC files with jwarc for the tests; remembers where each record starts. */
final class WarcFixtures {

    static final Instant DATE = Instant.parse("2022-01-10T12:34:56Z");

    private final List<WarcRecord> records = new ArrayList<>();

    static String page(String lang, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>" + title + "</title></head>"
                + "<body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
    }

    WarcFixtures warcinfo() {
        records.add(new Warcinfo.Builder().date(DATE).filename("test.warc.gz")
                .fields(Map.of("software", List.of("newsweave-tests"))).build());
        return this;
    }

    WarcFixtures request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
                .addHeader("Host", URI.create(url).getHost()).build();
        records.add(new WarcRequest.Builder(url).date(DATE).body(http).build());
        return this;
    }

    WarcFixtures metadata(String url) {
        records.add(new WarcMetadata.Builder().targetURI(url).date(DATE)
                .fields(Map.of("fetchTimeMs", List.of("120"))).build());
        return this;
    }

    WarcFixtures response(String url, int status, String contentType, byte[] body, String... headers)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
        for (int i = 0; i < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        http.body(contentType == null ? null : MediaType.parse(contentType), body);
        records.add(new WarcResponse.Builder(url).date(DATE).body(http.build()).build());
        return this;
    }

    WarcFixtures html(String url, String html) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the records; returns the byte offset where each one starts, plus the file length. */
    long[] write(Path file, boolean gzip) throws IOException {
        long[] offsets = new long[records.size() + 1];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (int i = 0; i < records.size(); i++) {
                offsets[i] = writer.position();
                writer.write(records.get(i));
            }
            offsets[records.size()] = writer.position();
        }
        return offsets;
    }
}
