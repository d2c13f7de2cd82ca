package io.newsweave.ingest;

import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputsTest {

    private static final String ARTICLE_EN = """
            date 2021-12-07

            Leaders agree to hold talks next week

            The two presidents agreed on Tuesday to meet again in January, officials said.

            Share this article
            """;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
            'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    @TempDir
    Path dir;

    private final Inputs inputs = new Inputs(IngestConfig.defaults());

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private CollectingSink read(Path path) {
        CollectingSink sink = new CollectingSink();
        inputs.read(path.toString(), sink);
        return sink;
    }

    @Test
    void plainTextFileIsOneTextDocumentWithAFileOrigin() throws IOException {
        Path file = write("talks.txt", ARTICLE_EN);
        RawDocument doc = read(file).only();
        assertThat(doc.kind()).isEqualTo(RawDocument.Kind.TEXT);
        assertThat(doc.content()).isEqualTo(ARTICLE_EN);
        assertThat(doc.origin().record()).isZero();
        assertThat(doc.origin().toString()).isEqualTo(file.toString());
    }

    @Test
    void htmlFileIsOneHtmlDocumentDecodedByItsMetaCharset() throws IOException {
        String html = "<!doctype html><html><head><meta charset=\"iso-8859-1\"><title>Élections</title></head>"
                + "<body><p>Les électeurs votent dimanche.</p></body></html>";
        RawDocument doc = read(write("page.html", html.getBytes(StandardCharsets.ISO_8859_1))).only();
        assertThat(doc.kind()).isEqualTo(RawDocument.Kind.HTML);
        assertThat(doc.content()).isEqualTo(html);
    }

    @Test
    void htmlIsRecognisedByContentEvenWithATextExtension() throws IOException {
        assertThat(read(write("saved.txt", "\n  <HTML><body>Hola</body></HTML>")).only().kind())
                .isEqualTo(RawDocument.Kind.HTML);
    }

    @Test
    void windows1252TextFileDecodesCorrectly() throws IOException {
        String text = "Le caf\u00e9 \u201cLe Central\u201d rouvre ses portes \u2013 enfin.\n";
        RawDocument doc = read(write("cafe.txt", text.getBytes(Charset.forName("windows-1252")))).only();
        assertThat(doc.content()).isEqualTo(text);
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws IOException {
        RawDocument doc = read(write("bom.txt", "\uFEFFMadrid, 8 de diciembre.\n")).only();
        assertThat(doc.content()).isEqualTo("Madrid, 8 de diciembre.\n");
    }

    @Test
    void binaryFileIsRejectedNamingWhatItLooksLike() throws IOException {
        Path file = write("photo.txt", PNG);
        Rejection rejection = read(file).onlyRejection();
        assertThat(rejection.reason()).isEqualTo("binary content (looks like PNG image)");
        assertThat(rejection.origin().toString()).isEqualTo(file.toString());
        assertThat(rejection.sample()).isEqualTo(PNG);
    }

    @Test
    void pdfAndNulBytesAreRejectedAsBinary() throws IOException {
        assertThat(read(write("doc.txt", "%PDF-1.7\n%...")).onlyRejection().reason())
                .isEqualTo("binary content (looks like PDF document)");
        assertThat(read(write("nul.txt", "text\u0000with a NUL")).onlyRejection().reason())
                .isEqualTo("binary content (contains NUL bytes)");
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRejectedAsEmpty() throws IOException {
        assertThat(read(write("empty.txt", "")).onlyRejection().reason()).isEqualTo("empty input");
        assertThat(read(write("blank.html", " \n\t\r\n ")).onlyRejection().reason()).isEqualTo("empty input");
    }

    @Test
    void fiftyMegabyteHtmlPageIsRejectedBySizeWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.html");
        byte[] block = "<p>filler paragraph of a very long page</p>\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<!DOCTYPE html><html><body>".getBytes(StandardCharsets.US_ASCII));
            long written = 27;
            while (written + block.length <= 50L << 20) {
                out.write(block);
                written += block.length;
            }
            out.write(new byte[(int) ((50L << 20) - written)]);
        }
        assertThat(Files.size(file)).isEqualTo(52_428_800L);
        Rejection rejection = read(file).onlyRejection();
        assertThat(rejection.reason()).isEqualTo("page of 52,428,800 bytes exceeds the 8 MiB limit");
        assertThat(rejection.sample().length).isLessThanOrEqualTo(Input.HEAD_BYTES);
    }

    @Test
    void oversizedStandardInputIsRejectedWithoutKnowingItsSize() {
        Inputs small = new Inputs(IngestConfig.defaults().withMaxDocumentBytes(1024));
        CollectingSink sink = new CollectingSink();
        small.read("-", new ByteArrayInputStream(("<html><body>" + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8)), sink);
        assertThat(sink.onlyRejection().reason()).isEqualTo("page of more than 1,024 bytes exceeds the 1 KiB limit");
    }

    @Test
    void gzippedHtmlIsDecompressedAndSniffed() throws IOException {
        String html = "<html><body><p>Noticias del día.</p></body></html>";
        Path file = write("page.html.gz", JsonLinesReaderTest.gzip(html));
        RawDocument doc = read(file).only();
        assertThat(doc.kind()).isEqualTo(RawDocument.Kind.HTML);
        assertThat(doc.content()).isEqualTo(html);
        assertThat(doc.origin().toString()).isEqualTo(file.toString());
    }

    @Test
    void gzippedTextWithoutHintIsStillRead() throws IOException {
        assertThat(read(write("article.gz", JsonLinesReaderTest.gzip(ARTICLE_EN))).only().content())
                .isEqualTo(ARTICLE_EN);
    }

    @Test
    void corruptGzipIsRejected() throws IOException {
        byte[] bytes = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 'n', 'o', 't', ' ', 'd', 'e', 'f', 'l', 'a', 't', 'e'};
        CollectingSink sink = read(write("bad.txt.gz", bytes));
        assertThat(sink.documents).isEmpty();
        assertThat(sink.rejections).singleElement().satisfies(r -> assertThat(r.reason()).isNotBlank());
    }

    @Test
    void directoriesAreReadRecursivelyInSortedOrderSkippingHiddenAndDataDirectories() throws IOException {
        Path root = dir.resolve("corpus");
        write("corpus/b.txt", "Second article, plain text.");
        write("corpus/a/z.txt", "Article in a subdirectory.");
        write("corpus/a/y.jsonl", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
        write("corpus/c.html", "<html><body>Third</body></html>");
        write("corpus/.hidden.txt", "hidden");
        write("corpus/.git/config.txt", "hidden too");
        write("corpus/newsweave-data/journal.txt", "our own data");
        Inputs walking = new Inputs(IngestConfig.defaults().withDataDirectory(root.resolve("newsweave-data")));
        CollectingSink sink = new CollectingSink();
        walking.read(root.toString(), sink);
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.origins()).containsExactly(
                root.resolve("a/y.jsonl") + "#1", root.resolve("a/y.jsonl") + "#2",
                root.resolve("a/z.txt").toString(), root.resolve("b.txt").toString(),
                root.resolve("c.html").toString());
    }

    @Test
    void symbolicLinkLoopsAreNotFollowed() throws IOException {
        Path root = dir.resolve("loop");
        write("loop/a.txt", "An article.");
        try {
            Files.createSymbolicLink(root.resolve("self"), root);
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        assertThat(read(root).origins()).containsExactly(root.resolve("a.txt").toString());
    }

    @Test
    void standardInputIsReadAndNamedDash() {
        CollectingSink sink = new CollectingSink();
        byte[] jsonl = "{\"title\": \"Uno\", \"text\": \"Primero.\"}\n{\"title\": \"Dos\", \"text\": \"Segundo.\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        inputs.read(Inputs.STDIN, new ByteArrayInputStream(jsonl), sink);
        assertThat(sink.origins()).containsExactly("-#1", "-#2");
    }

    @Test
    void gzippedWarcOnStandardInputIsRead() throws IOException {
        Path file = dir.resolve("stdin.warc.gz");
        new WarcFixtures().warcinfo().html("https://a.example/1", WarcFixtures.page("en", "A", "Body."))
                .write(file, true);
        CollectingSink sink = new CollectingSink();
        inputs.read("-", new ByteArrayInputStream(Files.readAllBytes(file)), sink);
        assertThat(sink.origins()).containsExactly("-#2");
    }

    @Test
    void gzippedFeedIsRead() throws IOException {
        Path file = write("journal.rss.gz", JsonLinesReaderTest.gzip(FeedReaderTest.RSS));
        assertThat(read(file).origins()).containsExactly(file + "#1", file + "#2");
    }

    @Test
    void standardInputIsNotClosed() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream("Un article.".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        inputs.read("-", in, new CollectingSink());
        assertThat(closed[0]).isFalse();
    }

    @Test
    void missingPathIsRejectedAndTheNextPathStillRead() throws IOException {
        Path good = write("good.txt", "Une dépêche.");
        CollectingSink sink = new CollectingSink();
        inputs.read(List.of(dir.resolve("missing.txt").toString(), good.toString()), sink);
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("no such file or directory");
            assertThat(r.origin().path()).endsWith("missing.txt");
        });
        assertThat(sink.origins()).containsExactly(good.toString());
    }

    @Test
    void unreadableFileIsRejected() throws IOException {
        Path file = write("secret.txt", "Nobody may read this.");
        if (!file.toFile().setReadable(false) || Files.isReadable(file)) {
            return; // running as root: permissions are not enforced
        }
        assertThat(read(file).onlyRejection().reason()).isEqualTo("cannot read: permission denied");
    }

    @Test
    void randomBytesAreRejectedOrDecodedButNeverThrow() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(i < 100 ? 64 : 100_000)];
            random.nextBytes(bytes);
            if (i % 10 == 0 && bytes.length > 1) {
                bytes[0] = 0x1f;
                bytes[1] = (byte) 0x8b;
            }
            String[] names = {"x.txt", "x.jsonl", "x.warc.gz", "x.rss", "x.html", "x.json", "-"};
            CollectingSink sink = new CollectingSink();
            assertThatNoException().isThrownBy(() ->
                    inputs.read(names[bytes.length % names.length], new ByteArrayInputStream(bytes), sink));
            assertThat(sink.documents.size() + sink.rejections.size()).isPositive();
        }
    }

    @Test
    void randomPrefixesOfValidFormatsNeverThrow() throws IOException {
        byte[] warc;
        Path file = dir.resolve("w.warc.gz");
        new WarcFixtures().html("https://a.example/1", WarcFixtures.page("en", "A", "B")).write(file, true);
        warc = Files.readAllBytes(file);
        byte[][] samples = {warc, FeedReaderTest.RSS.getBytes(StandardCharsets.UTF_8),
                FeedReaderTest.ATOM.getBytes(StandardCharsets.UTF_8),
                "[{\"text\": \"a\"}, {\"text\": \"b\"}]".getBytes(StandardCharsets.UTF_8)};
        Random random = new Random(11);
        for (byte[] sample : samples) {
            for (int i = 0; i < 40; i++) {
                byte[] cut = java.util.Arrays.copyOf(sample, random.nextInt(sample.length + 1));
                if (cut.length > 0 && i % 2 == 0) {
                    cut[random.nextInt(cut.length)] ^= (byte) (1 + random.nextInt(255));
                }
                CollectingSink sink = new CollectingSink();
                assertThatNoException().isThrownBy(() -> inputs.read("-", new ByteArrayInputStream(cut), sink));
            }
        }
    }

    @Test
    void exceptionsFromTheSinkPropagateUnchanged() throws IOException {
        Path file = write("one.txt", "An article.");
        IllegalStateException boom = new IllegalStateException("store is full");
        DocumentSink failing = new DocumentSink() {
            @Override
            public void accept(RawDocument document) {
                throw boom;
            }

            @Override
            public void reject(Rejection rejection) {
                throw new AssertionError("must not be called: " + rejection.message());
            }
        };
        assertThatThrownBy(() -> inputs.read(file.toString(), failing)).isSameAs(boom);
    }

    @Test
    void exceptionsFromTheSinkPropagateFromEveryReader() throws IOException {
        Path warc = dir.resolve("sink.warc.gz");
        new WarcFixtures().html("https://a.example/1", WarcFixtures.page("en", "A", "Body.")).write(warc, true);
        List<Path> files = List.of(warc, write("sink.jsonl", "{\"text\": \"a\"}\n"),
                write("sink.json", "[{\"text\": \"a\"}]"), write("sink.rss", FeedReaderTest.RSS),
                write("sink.html", "<html><body>a</body></html>"));
        for (Path file : files) {
            IllegalStateException boom = new IllegalStateException("store is full");
            DocumentSink failing = new DocumentSink() {
                @Override
                public void accept(RawDocument document) {
                    throw boom;
                }

                @Override
                public void reject(Rejection rejection) {
                    throw new AssertionError("must not be called: " + rejection.message());
                }
            };
            assertThatThrownBy(() -> inputs.read(file.toString(), failing)).as(file.toString()).isSameAs(boom);
        }
    }

    @Test
    void ioFailureWhileReadingIsRejectedNotThrown() {
        CollectingSink sink = new CollectingSink();
        java.io.InputStream failing = new java.io.InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ < 10) {
                    return 'a';
                }
                throw new IOException("device vanished");
            }
        };
        inputs.read("-", failing, sink);
        assertThat(sink.onlyRejection().reason()).isEqualTo("read failed: device vanished");
    }

    @Test
    void nullArgumentsFailFast() {
        assertThatThrownBy(() -> new Inputs(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> inputs.read((String) null, new CollectingSink())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> inputs.read("x", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> inputs.read("-", null, new CollectingSink())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> inputs.read((List<String>) null, new CollectingSink()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void configIsValidatedOnce() {
        assertThatThrownBy(() -> new IngestConfig(0, 10, 10, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestConfig(100, 10, 10, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRecordBytes");
        assertThatThrownBy(() -> new IngestConfig(10, 10, -1, null)).isInstanceOf(IllegalArgumentException.class);
        IngestConfig defaults = IngestConfig.defaults();
        assertThat(defaults.maxDocumentBytes()).isEqualTo(8 << 20);
        assertThat(defaults.withMaxDocumentBytes(100 << 20).maxRecordBytes()).isEqualTo(100 << 20);
    }

    @Test
    void sameInputReadTwiceGivesTheSameDocuments() throws IOException {
        Path root = dir.resolve("again");
        write("again/1.txt", "Eins.");
        write("again/2.jsonl", "{\"text\": \"Zwei.\"}\n");
        CollectingSink first = read(root);
        CollectingSink second = read(root);
        assertThat(second.documents).isEqualTo(first.documents);
    }

    @Test
    void jsonLinesAndJsonDocumentsInUtf16AndUtf32WithAByteOrderMarkAreRead() throws IOException {
        String lines = "\uFEFF{\"title\": \"Переговоры\", \"maintext\": \"Министры встретились в Женеве во вторник.\"}\n"
                + "{\"title\": \"Talks\", \"maintext\": \"The ministers met in Geneva on Tuesday.\"}\n";
        for (Charset c : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, TextDecoder.UTF_32LE, TextDecoder.UTF_32BE}) {
            CollectingSink sink = read(write("wire-" + c.name() + ".jsonl", lines.getBytes(c)));
            assertThat(sink.rejections).as(c.name()).isEmpty();
            assertThat(sink.documents).extracting(RawDocument::content)
                    .containsExactly("Министры встретились в Женеве во вторник.", "The ministers met in Geneva on Tuesday.");
            assertThat(sink.documents.get(0).declared().title()).isEqualTo("Переговоры");
            assertThat(sink.documents.get(1).decoding().charset()).isEqualTo(c.name());
            String doc = "\uFEFF[{\"title\": \"Talks\", \"maintext\": \"The ministers met in Geneva on Tuesday.\"}]";
            assertThat(read(write("wire-" + c.name() + ".json", doc.getBytes(c))).only().content())
                    .isEqualTo("The ministers met in Geneva on Tuesday.");
        }
    }

    @Test
    void aTextFileWithBrokenUtf8KeepsItsReplacementCount() throws IOException {
        String text = ARTICLE_EN.replace("officials said.", "officials said in Genève, « déjà » très tôt.");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[text.indexOf("officials") + 5] = (byte) 0xfe;
        RawDocument d = read(write("broken.txt", bytes)).only();
        assertThat(d.content()).contains("offic").contains("\ufffd");
        assertThat(d.decoding().charset()).isEqualTo("UTF-8");
        assertThat(d.decoding().replacements()).isEqualTo(1);
        assertThat(d.content()).contains("« déjà » très tôt");
        assertThat(read(write("clean.txt", ARTICLE_EN)).only().decoding()).isNull();
    }
}
