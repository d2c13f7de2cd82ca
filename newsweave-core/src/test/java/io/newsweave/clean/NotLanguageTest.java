package io.newsweave.clean;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NotLanguageTest {

    private static final String ARTICLE = """
            The port authority of Velmora said on Monday that the strike had ended after nine days, and that the \
            first ships would dock again on Wednesday. Union leaders told reporters the new contract (signed late \
            on Sunday) raises wages by 4 percent. The agreement is published at https://port.example/contract-2026.pdf \
            with the checksum 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 for anyone who wants \
            to verify it. "We are relieved," said Mara Olsen, who runs a ferry company.""";

    private static String base64(int bytes, boolean wrapped) {
        byte[] noise = new byte[bytes];
        new Random(3).nextBytes(noise);
        return (wrapped ? Base64.getMimeEncoder() : Base64.getEncoder()).encodeToString(noise);
    }

    private static String hexDump(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int off = 0; off < bytes.length; off += 16) {
            out.append(String.format("%08x: ", off));
            for (int i = off; i < Math.min(off + 16, bytes.length); i += 2) {
                out.append(HexFormat.of().formatHex(bytes, i, Math.min(i + 2, bytes.length))).append(' ');
            }
            out.append(' ').append(new String(bytes, off, Math.min(16, bytes.length - off), StandardCharsets.US_ASCII)
                    .replaceAll("[^\\x21-\\x7e]", ".")).append('\n');
        }
        return out.toString();
    }

    @Test
    void encodedDataHexDumpsAndCodeAreNotLanguage() {
        assertThat(NotLanguage.reason(base64(48_000, false))).contains("base64");
        assertThat(NotLanguage.reason(base64(48_000, true))).contains("base64");
        assertThat(NotLanguage.reason(hexDump(ARTICLE))).contains("hexadecimal");
        String minified = "function a(b){var c=b.length;for(var d=0;d<c;d++){if(b[d]===null){return d}}return -1};"
                + "window.x=function(e){return a(e)&&e.map(function(f){return f*2})};var g={h:1,i:[2,3],j:{k:4}};";
        assertThat(NotLanguage.reason(minified + minified)).contains("code");
    }

    @Test
    void articlesThatQuoteAHashAUrlOrSomeCodeAreLanguage() {
        assertThat(NotLanguage.reason(ARTICLE)).isNull();
        assertThat(NotLanguage.reason(ARTICLE + "\n\nThe bug was in a line reading if (x == null) { return; }.")).isNull();
        assertThat(NotLanguage.reason("会谈于周二在日内瓦举行，双方同意下月再次会面。外交部发言人表示，会谈是坦诚的。".repeat(4))).isNull();
        assertThat(NotLanguage.reason("Результаты: 2021 — 14,5; 2022 — 15,1; 2023 — 16,0 млрд рублей. ".repeat(5))).isNull();
        assertThat(NotLanguage.reason("Scores: 10 12 14 20 22 31 40 41 42 45 50 51 60 70 80 90 100 110 120 130 140.")).isNull();
    }

    @Test
    void shortEmptyAndRandomTextIsNotJudgedOrNeverThrows() {
        assertThat(NotLanguage.reason("")).isNull();
        assertThat(NotLanguage.reason("dGVzdA==")).isNull();
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            char[] cs = new char[random.nextInt(400)];
            for (int j = 0; j < cs.length; j++) {
                cs[j] = (char) random.nextInt(0x500);
            }
            String reason = NotLanguage.reason(new String(cs));
            assertThat(reason == null || reason.startsWith("not language: ")).isTrue();
        }
    }
}
