package io.newsweave.ingest;

import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JsonDocumentReaderTest {

    @TempDir
    Path dir;

    private CollectingSink read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        CollectingSink sink = new CollectingSink();
        new Inputs(IngestConfig.defaults()).read(file.toString(), sink);
        return sink;
    }

    @Test
    void jsonArrayOfArticlesYieldsOneDocumentPerElement() throws IOException {
        CollectingSink sink = read("articles.json", """
                [
                  {"title": "Premier", "maintext": "Le premier article.", "language": "fr"},
                  {"title": "Segundo", "maintext": "El segundo artículo.", "language": "es"}
                ]
                """);
        Path file = dir.resolve("articles.json");
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.origins()).containsExactly(file + "#1", file + "#2");
        assertThat(sink.documents.get(1).declared().language()).isEqualTo("es");
        assertThat(sink.documents.get(1).kind()).isEqualTo(RawDocument.Kind.BODY);
    }

    @Test
    void prettyPrintedNewsPleaseFileIsOneArticle() throws IOException {
        RawDocument doc = read("article.json", """
                {
                  "title": "Wahl in Hessen",
                  "maintext": "Die Wahl findet am Sonntag statt.",
                  "date_publish": "2021-12-05 08:00:00",
                  "source_domain": "zeitung.example.de"
                }
                """).only();
        assertThat(doc.declared().title()).isEqualTo("Wahl in Hessen");
        assertThat(doc.origin().record()).isEqualTo(1);
    }

    @Test
    void elementWithoutBodyIsRejectedAndOthersDelivered() throws IOException {
        CollectingSink sink = read("some.json", "[{\"title\": \"no body\"}, {\"text\": \"ok\"}, 42]");
        assertThat(sink.documents).hasSize(1);
        assertThat(sink.documents.get(0).origin().record()).isEqualTo(2);
        assertThat(sink.rejections).extracting(Rejection::reason)
                .containsExactly("no article text in fields maintext, text, body, content, article, articleBody, "
                        + "article_body, full_text, fulltext, description, summary", "not a JSON object but a number");
        assertThat(sink.rejections.get(1).offset()).isEqualTo("[{\"title\": \"no body\"}, {\"text\": \"ok\"}, ".length());
    }

    @Test
    void syntaxErrorEndsTheFileAfterTheElementsBeforeIt() throws IOException {
        CollectingSink sink = read("broken.json", "[{\"text\": \"one\"}, {\"text\": \"two\"}, {\"text\": oops}]");
        assertThat(sink.documents).hasSize(2);
        Rejection rejection = sink.rejections.get(0);
        assertThat(rejection.origin().record()).isEqualTo(3);
        assertThat(rejection.reason()).startsWith("not valid JSON in element 3: Unrecognized token 'oops'");
        long tokenStart = "[{\"text\": \"one\"}, {\"text\": \"two\"}, {\"text\": ".length();
        assertThat(rejection.offset()).isBetween(tokenStart, tokenStart + "oops".length() + 1);
    }

    @Test
    void truncatedArrayIsRejectedAfterItsCompleteElements() throws IOException {
        CollectingSink sink = read("cut.json", "[{\"text\": \"one\"}, {\"text\": \"tw");
        assertThat(sink.documents).hasSize(1);
        assertThat(sink.rejections).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("not valid JSON in element 2"));
    }
}
