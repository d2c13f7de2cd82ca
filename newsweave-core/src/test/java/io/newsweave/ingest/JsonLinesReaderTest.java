package io.newsweave.ingest;

import io.newsweave.model.Declared;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesReaderTest {

    private static final String NEWS_PLEASE = """
            {"title": "Ginebra acoge una nueva ronda de conversaciones", "maintext": "Las delegaciones se reunieron el lunes en Ginebra.\\n\\nLa próxima cita será en febrero.", "date_publish": "2022-01-10 09:30:00", "date_download": "2022-01-10 12:00:00", "language": "es", "url": "https://diario.example.es/ginebra", "source_domain": "diario.example.es", "authors": ["Ana Ruiz"]}
            """;

    @TempDir
    Path dir;

    private final Inputs inputs = new Inputs(IngestConfig.defaults());

    private CollectingSink read(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        CollectingSink sink = new CollectingSink();
        inputs.read(file.toString(), sink);
        return sink;
    }

    private CollectingSink read(String name, String text) throws IOException {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void newsPleaseRecordMapsEveryField() throws IOException {
        CollectingSink sink = read("cc-news.jsonl", NEWS_PLEASE);
        RawDocument doc = sink.only();
        assertThat(doc.kind()).isEqualTo(RawDocument.Kind.BODY);
        assertThat(doc.content()).isEqualTo("Las delegaciones se reunieron el lunes en Ginebra.\n\nLa próxima cita será en febrero.");
        assertThat(doc.declared()).isEqualTo(new Declared("Ginebra acoge una nueva ronda de conversaciones",
                "https://diario.example.es/ginebra", "diario.example.es", "2022-01-10 09:30:00", "es",
                "2022-01-10 12:00:00"));
        assertThat(doc.origin().toString()).isEqualTo(dir.resolve("cc-news.jsonl") + "#1");
    }

    @Test
    void aliasesAreRecognised() throws IOException {
        String jsonl = """
                {"headline": "Berlin plant neue Gespräche", "body": "Die Regierung kündigte am Dienstag Gespräche an.", "published_at": "2021-12-07T10:00:00+01:00", "lang": "de", "link": "https://zeitung.example.de/a", "publisher": {"name": "Zeitung Beispiel"}}
                {"title": "Paris", "content": "Le sommet aura lieu jeudi.", "pubDate": "Tue, 07 Dec 2021 10:00:00 GMT", "uri": "https://journal.example.fr/b", "site": "Journal Exemple"}
                {"title": "Madrid", "article": "El acuerdo se firmó ayer.", "datePublished": "2021-12-08", "domain": "noticias.example.es"}
                {"title": "Rome", "description": "Only a lead paragraph here.", "date": "2021-12-09", "url": "https://news.example.com/c"}
                {"title": "London", "text": ["First paragraph.", "Second paragraph."], "publish_date": 1638871200, "outlet": "Example Times"}
                """;
        CollectingSink sink = read("aliases.jsonl", jsonl);
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.documents).hasSize(5);
        Declared first = sink.documents.get(0).declared();
        assertThat(first.title()).isEqualTo("Berlin plant neue Gespräche");
        assertThat(first.published()).isEqualTo("2021-12-07T10:00:00+01:00");
        assertThat(first.language()).isEqualTo("de");
        assertThat(first.url()).isEqualTo("https://zeitung.example.de/a");
        assertThat(first.source()).isEqualTo("Zeitung Beispiel");
        assertThat(sink.documents.get(1).declared().source()).isEqualTo("Journal Exemple");
        assertThat(sink.documents.get(1).declared().url()).isEqualTo("https://journal.example.fr/b");
        assertThat(sink.documents.get(1).declared().published()).isEqualTo("Tue, 07 Dec 2021 10:00:00 GMT");
        assertThat(sink.documents.get(2).declared().source()).isEqualTo("noticias.example.es");
        assertThat(sink.documents.get(2).content()).isEqualTo("El acuerdo se firmó ayer.");
        assertThat(sink.documents.get(3).declared().source()).isEqualTo("news.example.com");
        assertThat(sink.documents.get(3).content()).isEqualTo("Only a lead paragraph here.");
        assertThat(sink.documents.get(4).content()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(sink.documents.get(4).declared().published()).isEqualTo("2021-12-07T10:00:00Z");
        assertThat(sink.documents.get(4).declared().source()).isEqualTo("Example Times");
    }

    @Test
    void maintextIsPreferredOverDescription() throws IOException {
        RawDocument doc = read("prefer.jsonl",
                "{\"description\": \"Lead.\", \"maintext\": \"Full text.\"}\n").only();
        assertThat(doc.content()).isEqualTo("Full text.");
    }

    @Test
    void htmlBodyBecomesAnHtmlDocument() throws IOException {
        RawDocument doc = read("html.jsonl",
                "{\"title\": \"T\", \"content\": \"<p>Le sommet aura lieu <b>jeudi</b>.</p>\"}\n").only();
        assertThat(doc.kind()).isEqualTo(RawDocument.Kind.HTML);
        assertThat(doc.declared().title()).isEqualTo("T");
    }

    @Test
    void textMentioningALessThanSignStaysABody() throws IOException {
        RawDocument doc = read("lt.jsonl", "{\"text\": \"< 5 % of voters agreed.\"}\n").only();
        assertThat(doc.kind()).isEqualTo(RawDocument.Kind.BODY);
    }

    @Test
    void malformedLineIsRejectedWhileGoodLinesAreDelivered() throws IOException {
        String good1 = "{\"title\": \"Un\", \"maintext\": \"Premier article.\"}";
        String bad = "{\"title\": \"Deux\", maintext: oops}";
        String good3 = "{\"title\": \"Trois\", \"maintext\": \"Troisième article.\"}";
        CollectingSink sink = read("mixed.jsonl", good1 + "\n" + bad + "\n" + good3 + "\n");
        Path file = dir.resolve("mixed.jsonl");
        assertThat(sink.origins()).containsExactly(file + "#1", file + "#3");
        Rejection rejection = sink.rejections.get(0);
        assertThat(rejection.origin().toString()).isEqualTo(file + "#2");
        long lineStart = good1.length() + 1;
        assertThat(rejection.offset()).isEqualTo(lineStart + bad.indexOf("maintext"));
        assertThat(rejection.reason()).startsWith("not valid JSON: Unexpected character");
        assertThat(new String(rejection.sample(), StandardCharsets.UTF_8)).isEqualTo(bad);
        assertThat(rejection.message()).startsWith(file + "#2 at byte " + rejection.offset() + ": not valid JSON");
        assertThat(sink.events).containsExactly("accept " + file + "#1", "reject " + file + "#2",
                "accept " + file + "#3");
    }

    @Test
    void recordWithoutBodyIsRejectedNamingTheFieldsTried() throws IOException {
        Rejection rejection = read("nobody.jsonl", "{\"title\": \"Only a title\", \"text\": \"  \"}\n").onlyRejection();
        assertThat(rejection.reason()).startsWith("no article text in fields maintext, text, body, content");
        assertThat(rejection.origin().record()).isEqualTo(1);
        assertThat(rejection.offset()).isZero();
    }

    @Test
    void lineThatIsNotAnObjectIsRejected() throws IOException {
        CollectingSink sink = read("array-line.jsonl", "{\"text\": \"ok\"}\n[1, 2]\n");
        assertThat(sink.documents).hasSize(1);
        assertThat(sink.rejections.get(0).reason()).isEqualTo("not a JSON object but an array");
    }

    @Test
    void trailingGarbageAfterAnObjectIsRejected() throws IOException {
        Rejection rejection = read("trailing.jsonl", "{\"text\": \"ok\"} extra\n").onlyRejection();
        assertThat(rejection.reason()).startsWith("not valid JSON");
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersKept() throws IOException {
        CollectingSink sink = read("blank.jsonl", "\n{\"text\": \"a\"}\r\n   \r\n{\"text\": \"b\"}");
        Path file = dir.resolve("blank.jsonl");
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.origins()).containsExactly(file + "#2", file + "#4");
        assertThat(sink.documents.get(0).content()).isEqualTo("a");
    }

    @Test
    void byteOrderMarkOnTheFirstLineIsIgnored() throws IOException {
        RawDocument doc = read("bom.jsonl", "\uFEFF{\"text\": \"Mit BOM\"}\n").only();
        assertThat(doc.content()).isEqualTo("Mit BOM");
    }

    @Test
    void windows1252LineIsDecoded() throws IOException {
        byte[] bytes = "{\"title\": \"Café\", \"text\": \"Le café “ouvert”.\"}\n".getBytes(Charset.forName("windows-1252"));
        RawDocument doc = read("cp1252.jsonl", bytes).only();
        assertThat(doc.content()).isEqualTo("Le café “ouvert”.");
        assertThat(doc.declared().title()).isEqualTo("Café");
    }

    @Test
    void lineLongerThanTheLimitIsRejectedAndTheNextLineRead() throws IOException {
        Inputs small = new Inputs(IngestConfig.defaults().withMaxDocumentBytes(1000));
        String longLine = "{\"text\": \"" + "x".repeat(5000) + "\"}";
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, longLine + "\n{\"text\": \"short\"}\n");
        CollectingSink sink = new CollectingSink();
        small.read(file.toString(), sink);
        assertThat(sink.origins()).containsExactly(file + "#2");
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.origin().record()).isEqualTo(1);
            assertThat(r.reason()).isEqualTo("line of 5,012 bytes exceeds the 1,000 bytes limit");
        });
    }

    @Test
    void gzippedJsonLinesAreRead() throws IOException {
        CollectingSink sink = read("news.jsonl.gz", gzip(NEWS_PLEASE + NEWS_PLEASE));
        assertThat(sink.rejections).isEmpty();
        Path file = dir.resolve("news.jsonl.gz");
        assertThat(sink.origins()).containsExactly(file + "#1", file + "#2");
    }

    @Test
    void truncatedGzipDeliversCompleteLinesThenRejects() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            jsonl.append("{\"title\": \"Article ").append(i).append("\", \"text\": \"Texte numéro ")
                    .append(i * 7919 % 1000).append(" du jour.\"}\n");
        }
        byte[] whole = gzip(jsonl.toString());
        CollectingSink sink = read("cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
        assertThat(sink.documents).as(sink.rejections.toString()).hasSizeGreaterThan(100).hasSizeLessThan(2000);
        Rejection rejection = sink.rejections.get(sink.rejections.size() - 1);
        assertThat(rejection.reason()).startsWith("read failed after line ");
        assertThat(rejection.offset()).isPositive();
        for (int i = 0; i < sink.documents.size() - 1; i++) {
            assertThat(sink.documents.get(i).declared().title()).isEqualTo("Article " + i);
        }
    }

    @Test
    void emptyJsonLinesFileIsRejectedAsEmpty() throws IOException {
        assertThat(read("empty.jsonl", "").onlyRejection().reason()).isEqualTo("empty input");
    }

    static byte[] gzip(String text) throws IOException {
        return gzip(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
