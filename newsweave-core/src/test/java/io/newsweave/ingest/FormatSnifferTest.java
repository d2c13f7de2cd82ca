package io.newsweave.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FormatSnifferTest {

    private static Format sniff(String head, String name) {
        return FormatSniffer.detect(head.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void contentDecidesBeforeTheExtension() {
        assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "x.txt")).isEqualTo(Format.WARC);
        assertThat(sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "x.html")).isEqualTo(Format.FEED);
        assertThat(sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "x.txt")).isEqualTo(Format.FEED);
        assertThat(sniff("<?xml version=\"1.0\"?><!-- c --><rdf:RDF xmlns:rdf=\"x\">", "")).isEqualTo(Format.FEED);
        assertThat(sniff("<!DOCTYPE html>\n<html lang=\"fr\">", "x.xml")).isEqualTo(Format.HTML);
        assertThat(sniff("<head><title>T</title></head>", "")).isEqualTo(Format.HTML);
        assertThat(sniff("  {\"title\": \"a\", \"text\": \"b\"}\n{\"text\": \"c\"}", "x.txt")).isEqualTo(Format.TEXT);
        assertThat(sniff("  {\"title\": \"a\", \"text\": \"b\"}\n{\"text\": \"c\"}", "x")).isEqualTo(Format.JSON_LINES);
        assertThat(sniff("{\n  \"title\": \"a\"\n}\n", "x.json")).isEqualTo(Format.JSON_DOCUMENT);
        assertThat(sniff("[\n {\"text\": \"a\"}\n]", "x")).isEqualTo(Format.JSON_DOCUMENT);
    }

    @Test
    void extensionDecidesWhenContentIsNotDecisive() {
        assertThat(sniff("Plain words.", "x.jsonl")).isEqualTo(Format.JSON_LINES);
        assertThat(sniff("Plain words.", "x.html")).isEqualTo(Format.HTML);
        assertThat(sniff("Plain words.", "x.rss")).isEqualTo(Format.FEED);
        assertThat(sniff("Plain words.", "x.warc")).isEqualTo(Format.WARC);
        assertThat(sniff("Plain words.", "x.txt")).isEqualTo(Format.TEXT);
        assertThat(sniff("[Updated] Plain words.", "x")).isEqualTo(Format.TEXT);
        assertThat(sniff("<3 love letters", "x")).isEqualTo(Format.TEXT);
    }

    @Test
    void gzipEmptyAndBinaryAreTold() {
        assertThat(FormatSniffer.detect(new byte[]{0x1f, (byte) 0x8b, 8, 0}, "x.txt")).isEqualTo(Format.GZIP);
        assertThat(sniff("", "x.txt")).isEqualTo(Format.EMPTY);
        assertThat(sniff(" \r\n\t ", "x.jsonl")).isEqualTo(Format.EMPTY);
        assertThat(FormatSniffer.detect(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, "x.txt"))
                .isEqualTo(Format.BINARY);
    }

    @Test
    void utf16TextWithByteOrderMarkIsNotBinary() {
        byte[] bytes = "\uFEFF<html><body>Hallo</body></html>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(FormatSniffer.detect(bytes, "x")).isEqualTo(Format.HTML);
    }

    @Test
    void binaryReasonsNameTheKindOfFile() {
        assertThat(BinaryContent.reason("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("binary content (looks like PDF document)");
        assertThat(BinaryContent.reason(new byte[]{'P', 'K', 3, 4, 20, 0}))
                .isEqualTo("binary content (looks like ZIP archive (or DOCX, ODT, EPUB, JAR))");
        assertThat(BinaryContent.reason(new byte[]{0x7f, 'E', 'L', 'F', 2, 1}))
                .isEqualTo("binary content (looks like ELF executable)");
        byte[] controls = "ab\u0001\u0002\u0003\u0004cd".getBytes(StandardCharsets.US_ASCII);
        assertThat(BinaryContent.reason(controls)).isEqualTo("binary content (50% control characters)");
        assertThat(BinaryContent.reason("ID3 tags, explained: a short guide.".getBytes(StandardCharsets.US_ASCII)))
                .isNull();
        assertThat(BinaryContent.reason("Caf\u00e9 \u201cnoir\u201d\f\n".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
