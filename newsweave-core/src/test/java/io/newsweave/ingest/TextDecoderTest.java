package io.newsweave.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {

    private static byte[] cp1252(String s) {
        return s.getBytes(Charset.forName("windows-1252"));
    }

    @Test
    void windows1252TextWithSmartQuotesDecodesCorrectly() {
        byte[] bytes = {'L', 'e', ' ', 'c', 'a', 'f', (byte) 0xe9, ' ', (byte) 0x93, 'o', 'u', 'v', 'e', 'r', 't',
                (byte) 0x94, ' ', 'd', 0x27, 'u', 'n', 'e', ' ', 'r', 'u', 'e', '.'};
        assertThat(TextDecoder.decodeText(bytes).text()).isEqualTo("Le caf\u00e9 \u201couvert\u201d d'une rue.");
    }

    @Test
    void longerWindows1252ArticlesInSeveralLanguagesDecodeCorrectly() {
        String[] texts = {
                "Le ministre a déclaré mardi que la réunion à Genève était « très constructive » "
                        + "et qu’une nouvelle rencontre aurait lieu en février.",
                "El presidente afirmó el miércoles que las conversaciones en Ginebra “avanzan” "
                        + "y que la próxima reunión será en enero.",
                "Der Außenminister sagte am Dienstag, die Gespräche in Genf seien „konstruktiv“ gewesen; "
                        + "ein weiteres Treffen ist für März geplant.",
        };
        for (String text : texts) {
            assertThat(TextDecoder.decodeText(cp1252(text)).text()).isEqualTo(text);
        }
    }

    @Test
    void utf8IsDecodedAsUtf8() {
        String text = "Поcле переговоров — «шаг вперёд», сказал министр. 会谈 ✓";
        assertThat(TextDecoder.decodeText(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] bytes = ("\uFEFFTitre du jour").getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decodeText(bytes).text()).isEqualTo("Titre du jour");
    }

    @Test
    void utf16ByteOrderMarksAreHonoured() {
        assertThat(TextDecoder.decodeText("\uFEFFNoticias de hoy".getBytes(StandardCharsets.UTF_16LE)).text())
                .isEqualTo("Noticias de hoy");
        assertThat(TextDecoder.decodeText("\uFEFFNoticias de hoy".getBytes(StandardCharsets.UTF_16BE)).text())
                .isEqualTo("Noticias de hoy");
    }

    @Test
    void htmlMetaCharsetIsHonoured() {
        String page = "<html><head><meta charset=\"koi8-r\"><title>Новости</title></head><body>Мир</body></html>";
        assertThat(TextDecoder.decodeHtml(page.getBytes(Charset.forName("KOI8-R")), null).text()).isEqualTo(page);
    }

    @Test
    void httpEquivContentTypeIsHonoured() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                + "</head><body>Prix : 5 €</body></html>";
        assertThat(TextDecoder.decodeHtml(page.getBytes(Charset.forName("ISO-8859-15")), null).text()).isEqualTo(page);
    }

    @Test
    void declaredHttpCharsetWinsOverMeta() {
        String page = "<meta charset=\"utf-8\"><p>Straße</p>";
        assertThat(TextDecoder.decodeHtml(page.getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1").text())
                .isEqualTo(page);
    }

    @Test
    void latin1DeclarationIsReadAsWindows1252() {
        byte[] bytes = cp1252("<meta charset=iso-8859-1><p>\u201cOui\u201d</p>");
        assertThat(TextDecoder.decodeHtml(bytes, null).text()).contains("\u201cOui\u201d");
    }

    @Test
    void wrongUtf8DeclarationFallsBackToDetection() {
        byte[] bytes = cp1252("<meta charset=\"utf-8\"><p>Le café était fermé à midi.</p>");
        assertThat(TextDecoder.decodeHtml(bytes, null).text()).contains("Le café était fermé à midi.");
    }

    @Test
    void xmlEncodingDeclarationIsHonoured() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><title>Année</title></rss>";
        assertThat(TextDecoder.decodeXml(xml.getBytes(StandardCharsets.ISO_8859_1)).text()).isEqualTo(xml);
    }

    @Test
    void unknownDeclaredCharsetIsIgnored() {
        byte[] bytes = "<meta charset=\"x-no-such\"><p>ok</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decodeHtml(bytes, "nonsense").text()).contains("<p>ok</p>");
    }

    @Test
    void emptyInputDecodesToEmptyText() {
        assertThat(TextDecoder.decodeText(new byte[0]).text()).isEmpty();
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            assertThat(TextDecoder.decodeText(bytes).text()).isNotNull();
            assertThat(TextDecoder.decodeHtml(bytes, null).text()).isNotNull();
            assertThat(TextDecoder.decodeXml(bytes).text()).isNotNull();
        }
    }

    @Test
    void utf32ByteOrderMarksAreHonoured() {
        for (Charset c : new Charset[] {TextDecoder.UTF_32BE, TextDecoder.UTF_32LE}) {
            TextDecoder.Decoded d = TextDecoder.decodeText("\uFEFFНовости дня 🌍".getBytes(c));
            assertThat(d.text()).isEqualTo("Новости дня 🌍");
            assertThat(d.decoding().charset()).isEqualTo(c.name());
            assertThat(d.decoding().replacements()).isZero();
        }
    }

    @Test
    void damagedUtf8IsUtf8WithItsBrokenBytesReplacedAndCounted() {
        byte[] good = "Переговоры в Женеве прошли во вторник, сообщил министр.".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 2);
        bad[10] = (byte) 0xff; // breaks one two-byte letter
        bad[good.length] = (byte) 0xc3; // a truncated sequence at the end
        bad[good.length + 1] = '!';
        TextDecoder.Decoded d = TextDecoder.decodeText(bad);
        assertThat(d.text()).startsWith("Пере").contains("\ufffd").contains("сообщил министр.").endsWith("\ufffd!");
        assertThat(d.decoding().charset()).isEqualTo("UTF-8");
        assertThat(d.decoding().replacements()).isEqualTo(3);
    }

    @Test
    void cleanUtf8CarriesNoDecodingNote() {
        assertThat(TextDecoder.decodeText("Plain news.".getBytes(StandardCharsets.UTF_8)).decoding()).isNull();
        assertThat(TextDecoder.decodeText(cp1252("Caf\u00e9 cr\u00e8me")).decoding().charset()).isEqualTo("windows-1252");
    }

    @Test
    void bytesUndefinedInWindows1252AreNotReadAsIt() {
        byte[] bytes = {'a', 'b', (byte) 0x81, ' ', (byte) 0x8d, 'c', (byte) 0x9d};
        TextDecoder.Decoded d = TextDecoder.decodeText(bytes);
        assertThat(d.decoding().charset()).isNotEqualTo("windows-1252");
        assertThat(TextDecoder.definedInWindows1252(bytes, 0, bytes.length)).isFalse();
        assertThat(TextDecoder.definedInWindows1252(cp1252("«ok» – yes"), 0, cp1252("«ok» – yes").length)).isTrue();
    }

    @Test
    void mostlyUtf8NeedsMoreGoodSequencesThanBrokenOnes() {
        assertThat(TextDecoder.mostlyUtf8(cp1252("été à Noël"), 0, cp1252("été à Noël").length)).isFalse();
        byte[] mixed = "été à Noël".getBytes(StandardCharsets.UTF_8);
        mixed[0] = (byte) 0xe9;
        assertThat(TextDecoder.mostlyUtf8(mixed, 0, mixed.length)).isTrue();
        assertThat(TextDecoder.mostlyUtf8(new byte[0], 0, 0)).isFalse();
    }
}
