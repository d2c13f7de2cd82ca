package io.newsweave.ingest;

import io.newsweave.model.Declared;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FeedReaderTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Le Journal Exemple</title>
                <link>https://www.journal.example.fr/</link>
                <language>fr</language>
                <item>
                  <title>Sommet à Genève : les délégués se retrouvent</title>
                  <link>https://www.journal.example.fr/geneve</link>
                  <pubDate>Tue, 07 Dec 2021 18:30:00 +0100</pubDate>
                  <description>Un court résumé.</description>
                  <content:encoded><![CDATA[<p>Les délégués se sont retrouvés <b>mardi</b> à Genève.</p><div class="share">Partager</div><p>Une nouvelle réunion est prévue.</p><script>track()</script>]]></content:encoded>
                </item>
                <item>
                  <title>Deuxième article</title>
                  <link>https://www.journal.example.fr/deux</link>
                  <description>&lt;p&gt;Résumé en &lt;i&gt;HTML&lt;/i&gt; échappé.&lt;/p&gt;</description>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
              <title>Zeitung Beispiel</title>
              <link href="https://zeitung.example.de/"/>
              <id>urn:uuid:feed-1</id>
              <updated>2022-01-10T12:00:00Z</updated>
              <entry>
                <title type="html">Gespräche in &lt;em&gt;Genf&lt;/em&gt;</title>
                <link href="https://zeitung.example.de/genf"/>
                <id>urn:uuid:entry-1</id>
                <published>2022-01-10T08:15:00+01:00</published>
                <updated>2022-01-10T09:00:00+01:00</updated>
                <summary>Kurz gesagt.</summary>
                <content type="html">&lt;p&gt;Die Delegationen trafen sich am Montag.&lt;/p&gt;&lt;p&gt;Ein weiteres Treffen folgt.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Nur aktualisiert</title>
                <id>https://zeitung.example.de/update</id>
                <updated>2022-01-11T07:00:00Z</updated>
                <content type="text">Erster Absatz.

            Zweiter Absatz &amp; mehr.</content>
              </entry>
            </feed>
            """;

    static final String RDF = """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://noticias.example.es/">
                <title>Noticias Ejemplo</title>
                <link>https://noticias.example.es/</link>
                <description>Noticias</description>
                <dc:language>es</dc:language>
              </channel>
              <item rdf:about="https://noticias.example.es/acuerdo">
                <title>Acuerdo en Madrid</title>
                <link>https://noticias.example.es/acuerdo</link>
                <description>El acuerdo se firmó el miércoles.</description>
                <dc:date>2021-12-08T20:00:00+01:00</dc:date>
              </item>
            </rdf:RDF>
            """;

    @TempDir
    Path dir;

    private CollectingSink read(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        CollectingSink sink = new CollectingSink();
        new Inputs(IngestConfig.defaults()).read(file.toString(), sink);
        return sink;
    }

    private CollectingSink read(String name, String text) throws IOException {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rss2ItemsBecomeBodiesWithDeclaredMetadata() throws IOException {
        CollectingSink sink = read("journal.xml", RSS);
        assertThat(sink.rejections).isEmpty();
        Path file = dir.resolve("journal.xml");
        assertThat(sink.origins()).containsExactly(file + "#1", file + "#2");
        RawDocument first = sink.documents.get(0);
        assertThat(first.kind()).isEqualTo(RawDocument.Kind.BODY);
        assertThat(first.content()).isEqualTo(
                "Les délégués se sont retrouvés mardi à Genève.\n\nPartager\n\nUne nouvelle réunion est prévue.");
        assertThat(first.declared()).isEqualTo(new Declared("Sommet à Genève : les délégués se retrouvent",
                "https://www.journal.example.fr/geneve", "www.journal.example.fr", "2021-12-07T18:30:00+01:00",
                "fr", null));
        RawDocument second = sink.documents.get(1);
        assertThat(second.content()).isEqualTo("Résumé en HTML échappé.");
        assertThat(second.declared().published()).isNull();
    }

    @Test
    void atomEntriesUseContentPublishedAndXmlLang() throws IOException {
        CollectingSink sink = read("zeitung.atom", ATOM);
        assertThat(sink.rejections).isEmpty();
        RawDocument first = sink.documents.get(0);
        assertThat(first.content()).isEqualTo("Die Delegationen trafen sich am Montag.\n\nEin weiteres Treffen folgt.");
        assertThat(first.declared().title()).isEqualTo("Gespräche in Genf");
        assertThat(first.declared().published()).isEqualTo("2022-01-10T08:15:00+01:00");
        assertThat(first.declared().url()).isEqualTo("https://zeitung.example.de/genf");
        assertThat(first.declared().source()).isEqualTo("zeitung.example.de");
        assertThat(first.declared().language()).isEqualTo("de");
        RawDocument second = sink.documents.get(1);
        assertThat(second.content()).isEqualTo("Erster Absatz.\n\nZweiter Absatz & mehr.");
        assertThat(second.declared().published()).isEqualTo("2022-01-11T07:00:00Z");
        assertThat(second.declared().url()).isEqualTo("https://zeitung.example.de/update");
    }

    @Test
    void rss1RdfItemsAreRead() throws IOException {
        RawDocument doc = read("noticias.rdf", RDF).only();
        assertThat(doc.content()).isEqualTo("El acuerdo se firmó el miércoles.");
        assertThat(doc.declared().published()).isEqualTo("2021-12-08T20:00:00+01:00");
        assertThat(doc.declared().source()).isEqualTo("noticias.example.es");
        assertThat(doc.declared().language()).isEqualTo("es");
        assertThat(doc.origin().record()).isEqualTo(1);
    }

    @Test
    void feedIsRecognisedByContentWhateverItsName() throws IOException {
        assertThat(read("feed-without-extension", RSS).documents).hasSize(2);
    }

    @Test
    void rss091WithNetscapeDoctypeIsRead() throws IOException {
        String rss = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Vieux</title><link>http://vieux.example.fr/</link>
                <description>x</description><language>fr</language>
                <item><title>Été</title><link>http://vieux.example.fr/ete</link><description>Il fait très chaud cet été.</description></item>
                </channel></rss>
                """;
        RawDocument doc = read("old.rss", rss.getBytes(StandardCharsets.ISO_8859_1)).only();
        assertThat(doc.declared().title()).isEqualTo("Été");
        assertThat(doc.content()).isEqualTo("Il fait très chaud cet été.");
    }

    @Test
    void windows1252FeedWithoutDeclarationDecodes() throws IOException {
        String rss = "<rss version=\"2.0\"><channel><title>T</title><link>https://t.example/</link>"
                + "<item><title>Caf\u00e9</title><description>Le \u201ccaf\u00e9\u201d ferme.</description></item>"
                + "</channel></rss>";
        RawDocument doc = read("cp1252.rss", rss.getBytes(Charset.forName("windows-1252"))).only();
        assertThat(doc.content()).isEqualTo("Le \u201ccaf\u00e9\u201d ferme.");
    }

    @Test
    void brokenXmlIsRejectedWithLineAndColumn() throws IOException {
        String broken = RSS.replace("</item>\n    <item>", "</itm>\n    <item>");
        Rejection rejection = read("broken.xml", broken).onlyRejection();
        assertThat(rejection.origin().toString()).isEqualTo(dir.resolve("broken.xml").toString());
        assertThat(rejection.reason()).startsWith("not well-formed XML at line 13, column 7: The element type \"item\" must be terminated");
        assertThat(rejection.sample()).isNotEmpty();
    }

    @Test
    void xxeAttemptIsRejectedWithoutLeakingTheFile() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>x</title><link>https://x.example/</link>
                <item><title>&xxe;</title><description>Body &xxe;</description></item></channel></rss>
                """.formatted(secret.toUri());
        CollectingSink sink = read("xxe.rss", xxe);
        assertThat(sink.documents).allSatisfy(d -> {
            assertThat(d.content()).doesNotContain("TOP-SECRET");
            assertThat(d.declared().title()).doesNotContain("TOP-SECRET");
        });
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("DOCTYPE").doesNotContain("not well-formed");
            assertThat(r.reason()).doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void billionLaughsIsRejected() throws IOException {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"> <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"> ]>
                <rss version="2.0"><channel><title>x</title><item><description>&d;&d;&d;</description></item></channel></rss>
                """;
        assertThat(read("bomb.rss", bomb).onlyRejection().reason()).contains("DOCTYPE").startsWith("refused");
    }

    @Test
    void itemWithoutBodyIsRejectedAlone() throws IOException {
        String rss = RSS.replace("<description>&lt;p&gt;Résumé en &lt;i&gt;HTML&lt;/i&gt; échappé.&lt;/p&gt;</description>", "");
        CollectingSink sink = read("nobody.rss", rss);
        assertThat(sink.documents).hasSize(1);
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.origin().record()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("feed item has no content or description");
        });
    }

    @Test
    void xmlThatIsNoFeedIsRejected() throws IOException {
        Rejection rejection = read("sitemap.xml",
                "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>").onlyRejection();
        assertThat(rejection.reason()).startsWith("not a readable RSS or Atom feed");
    }

    @Test
    void feedDatesKeepTheirWrittenOffset() {
        assertThat(FeedReader.iso("Tue, 7 Dec 2021 23:30:00 -0500", null)).isEqualTo("2021-12-07T23:30:00-05:00");
        assertThat(FeedReader.iso("2021-12-07T23:30:00Z", null)).isEqualTo("2021-12-07T23:30:00Z");
        assertThat(FeedReader.iso("7 déc. 2021", null)).isEqualTo("7 déc. 2021");
        assertThat(FeedReader.iso(null, null)).isNull();
    }
}
