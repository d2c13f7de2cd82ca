package io.newsweave.server;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertThat(Html.escape("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    }

    @Test
    void plainTextIsReturnedAsIs() {
        String text = "Poutine et Biden, 7 décembre — 東京 😀";
        assertThat(Html.escape(text)).isSameAs(text);
    }

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("")).isEmpty();
    }

    @Test
    void charactersXmlForbidsAreDropped() {
        assertThat(Html.escape("a\u0000b\u0008c\tok\n\uFFFE")).isEqualTo("abc\tok\n");
        assertThat(Html.escape("lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00")).isEqualTo("lone  high, lone  low, pair \uD83D\uDE00");
    }

    @Test
    void randomInputNeverKeepsAMarkupCharacter() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < 40; j++) {
                s.append((char) random.nextInt(0x80));
            }
            String escaped = Html.escape(s.toString());
            assertThat(escaped).doesNotContain("<").doesNotContain(">").doesNotContain("\"").doesNotContain("'");
            assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
        }
    }

    @Test
    void urlValuesArePercentEncoded() {
        assertThat(Html.url("a b&c=d/é")).isEqualTo("a%20b%26c%3Dd%2F%C3%A9");
    }
}
