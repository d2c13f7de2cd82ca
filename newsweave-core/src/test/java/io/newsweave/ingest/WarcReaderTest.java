package io.newsweave.ingest;

import io.newsweave.model.Declared;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static io.newsweave.ingest.WarcFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

class WarcReaderTest {

    private static final String EN = page("en", "Talks resume in Geneva", "Delegations met on Monday in Geneva.");
    private static final String FR = page("fr", "Reprise à Genève", "Les délégués se sont réunis lundi à Genève.");
    private static final String ES = page("es", "Conversaciones en Ginebra", "Las delegaciones se reunieron el lunes.");
    private static final String DE = page("de", "Gespräche in Genf", "Die Delegationen trafen sich am Montag.");

    @TempDir
    Path dir;

    private CollectingSink read(Path file, IngestConfig config) {
        CollectingSink sink = new CollectingSink();
        new Inputs(config).read(file.toString(), sink);
        return sink;
    }

    private WarcFixtures ccNews() throws IOException {
        return new WarcFixtures()
                .warcinfo()                                                               // 1
                .request("https://news.example.com/geneva")                               // 2
                .html("https://news.example.com/geneva", EN)                              // 3
                .metadata("https://news.example.com/geneva")                              // 4
                .response("https://www.journal.example.fr/geneve", 200, "text/html; charset=iso-8859-1",
                        FR.getBytes(StandardCharsets.ISO_8859_1))                         // 5
                .response("https://news.example.com/logo.png", 200, "image/png",
                        new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}) // 6
                .response("https://news.example.com/gone", 404, "text/html",
                        page("en", "Not found", "Nothing here.").getBytes(StandardCharsets.UTF_8)) // 7
                .response("https://noticias.example.es/ginebra", 200, "text/html; charset=utf-8",
                        JsonLinesReaderTest.gzip(ES), "Content-Encoding", "gzip")         // 8
                .response("https://zeitung.example.de/genf", 200, null,
                        DE.getBytes(StandardCharsets.UTF_8))                              // 9
                .response("https://news.example.com/blob", 200, "application/octet-stream",
                        "just some bytes, not a page".getBytes(StandardCharsets.UTF_8));  // 10
    }

    @Test
    void ccNewsWarcGzYieldsHtmlResponsesOnly() throws IOException {
        Path file = dir.resolve("CC-NEWS-20220110.warc.gz");
        ccNews().write(file, true);
        CollectingSink sink = read(file, IngestConfig.defaults());
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.origins()).containsExactly(file + "#3", file + "#5", file + "#8", file + "#9");
        assertThat(sink.documents).allSatisfy(d -> assertThat(d.kind()).isEqualTo(RawDocument.Kind.HTML));
        RawDocument en = sink.documents.get(0);
        assertThat(en.content()).isEqualTo(EN);
        assertThat(en.declared()).isEqualTo(new Declared(null, "https://news.example.com/geneva",
                "news.example.com", null, null, "2022-01-10T12:34:56Z"));
        assertThat(sink.documents.get(1).content()).isEqualTo(FR);
        assertThat(sink.documents.get(1).declared().source()).isEqualTo("www.journal.example.fr");
        assertThat(sink.documents.get(2).content()).isEqualTo(ES);
        assertThat(sink.documents.get(3).content()).isEqualTo(DE);
    }

    @Test
    void uncompressedWarcIsReadToo() throws IOException {
        Path file = dir.resolve("plain.warc");
        ccNews().write(file, false);
        assertThat(read(file, IngestConfig.defaults()).origins())
                .containsExactly(file + "#3", file + "#5", file + "#8", file + "#9");
    }

    @Test
    void warcIsRecognisedByContentWhateverItsName() throws IOException {
        Path file = dir.resolve("crawl.bin");
        ccNews().write(file, true);
        assertThat(read(file, IngestConfig.defaults()).documents).hasSize(4);
    }

    @Test
    void truncatedWarcGzDeliversCompleteRecordsThenRejects() throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        long[] offsets = new WarcFixtures()
                .html("https://a.example/1", EN)
                .html("https://a.example/2", FR)
                .html("https://a.example/3", ES)
                .html("https://a.example/4", DE)
                .html("https://a.example/5", EN)
                .write(whole, true);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(whole), (int) offsets[3] + 60));
        CollectingSink sink = read(cut, IngestConfig.defaults());
        assertThat(sink.origins()).containsExactly(cut + "#1", cut + "#2", cut + "#3");
        Rejection rejection = sink.rejections.get(0);
        assertThat(sink.rejections).hasSize(1);
        assertThat(rejection.origin().toString()).isEqualTo(cut + "#4");
        assertThat(rejection.reason()).startsWith("truncated gzip stream after record 3");
        assertThat(rejection.offset()).isEqualTo(offsets[3]);
        assertThat(rejection.message()).startsWith(cut + "#4 at byte " + offsets[3] + ": truncated gzip stream");
    }

    @Test
    void truncatedWarcInTheMiddleOfABodyDeliversRecordsBefore() throws IOException {
        Path whole = dir.resolve("whole.warc");
        long[] offsets = new WarcFixtures()
                .html("https://a.example/1", EN)
                .html("https://a.example/2", FR)
                .html("https://a.example/3", ES)
                .write(whole, false);
        Path cut = dir.resolve("cut.warc");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(whole), (int) offsets[2] + 400));
        CollectingSink sink = read(cut, IngestConfig.defaults());
        assertThat(sink.origins()).containsExactly(cut + "#1", cut + "#2");
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.origin().record()).isEqualTo(3);
            assertThat(r.reason()).startsWith("truncated WARC file after record 2");
        });
    }

    @Test
    void pageOverTheLimitIsRejectedAndTheNextRecordRead() throws IOException {
        Path file = dir.resolve("big.warc.gz");
        String big = page("en", "Big", "word ".repeat(2000));
        new WarcFixtures().html("https://a.example/big", big).html("https://a.example/small", EN).write(file, true);
        CollectingSink sink = read(file, new IngestConfig(1000, 64 << 20, 64 << 20, null));
        assertThat(sink.origins()).containsExactly(file + "#2");
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.origin().record()).isEqualTo(1);
            assertThat(r.reason()).isEqualTo("page of " + Sizes.bytes(big.length()) + " exceeds the 1,000 bytes limit");
        });
    }

    @Test
    void recordOverTheRecordLimitIsRejectedWithoutParsing() throws IOException {
        Path file = dir.resolve("record.warc");
        new WarcFixtures().html("https://a.example/big", page("en", "Big", "word ".repeat(2000)))
                .html("https://a.example/small", EN).write(file, false);
        CollectingSink sink = read(file, new IngestConfig(1000, 2000, 64 << 20, null));
        assertThat(sink.origins()).containsExactly(file + "#2");
        assertThat(sink.rejections.get(0).reason()).startsWith("WARC record of ").endsWith("exceeds the 2,000 bytes limit");
    }

    @Test
    void garbageAfterWarcMagicIsRejected() throws IOException {
        Path file = dir.resolve("junk.warc");
        Files.writeString(file, "WARC/1.0\r\nthis is not a header\r\n\r\n");
        CollectingSink sink = read(file, IngestConfig.defaults());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.rejections).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("corrupt WARC file after record 0"));
    }

    @Test
    void warcWithoutRecordsIsRejected() throws IOException {
        Path file = dir.resolve("empty.warc");
        Files.writeString(file, "not a warc at all");
        CollectingSink sink = read(file, IngestConfig.defaults());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.rejections).hasSize(1);
    }
}
