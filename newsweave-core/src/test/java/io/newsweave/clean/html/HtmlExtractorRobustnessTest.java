package io.newsweave.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class HtmlExtractorRobustnessTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void emptyInputGivesNoParagraphs() {
        assertThat(extractor.extract("", null).paragraphs()).isEmpty();
        assertThat(extractor.extract("   \n\t ", null).paragraphs()).isEmpty();
    }

    @Test
    void nullInputGivesNoParagraphs() {
        ExtractedPage page = extractor.extract(null, null);
        assertThat(page.paragraphs()).isEmpty();
        assertThat(page.title()).isNull();
    }

    @Test
    void pageWithoutTextGivesNoParagraphs() {
        assertThat(extractor.extract("<html><body><div><img src=x></div></body></html>", null).paragraphs()).isEmpty();
    }

    @Test
    void scriptsAndEventHandlersNeverReachTheText() {
        String html = "<body><script>alert('x')</script><img src=x onerror=\"alert('pwned')\">"
                + "<p onclick=\"steal()\">An honest paragraph that is long enough to count as article prose.</p>"
                + "<style>p { color: red }</style><svg><script>alert(2)</script></svg></body>";
        ExtractedPage page = extractor.extract(html, null);
        assertThat(page.paragraphs()).containsExactly(
                "An honest paragraph that is long enough to count as article prose.");
    }

    @Test
    void unclosedTagsStillGiveTheText() {
        String html = "<html><body><div><p>First paragraph without a closing tag, long enough to be prose"
                + "<p>Second paragraph without a closing tag, also long enough to count<div><b>bold never closed";
        assertThat(Fixtures.text(extractor.extract(html, null)))
                .contains("First paragraph without a closing tag", "Second paragraph without a closing tag");
    }

    @Test
    void tenThousandNestedDivsDoNotThrow() {
        String html = "<div>".repeat(10_000) + "A deeply nested paragraph of text that is long enough to be prose."
                + "</div>".repeat(10_000);
        ExtractedPage page = extractor.extract(html, null);
        assertThat(page.paragraphs()).containsExactly(
                "A deeply nested paragraph of text that is long enough to be prose.");
    }

    @Test
    void randomBytesDoNotThrow() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(5_000)];
            random.nextBytes(bytes);
            String garbage = new String(bytes, i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            assertThatCode(() -> assertThat(extractor.extract(garbage, "not a url")).isNotNull())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void garbledMarkupDoesNotThrow() {
        Random random = new Random(7);
        String[] pieces = {"<", ">", "</", "div", "p", "script", "<!--", "-->", "<![CDATA[", "]]>", "&", "&#",
                "&amp;", "\"", "'", "=", " ", "\n", "<meta property=og:title content=", "<html lang=", "<a href=",
                "<script type=application/ld+json>{\"@graph\":[", "{", "}", "[", "]", "\u0000", "\uFFFD", "é", "中"};
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(400); j > 0; j--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String html = sb.toString();
            assertThatCode(() -> extractor.extract(html, null)).doesNotThrowAnyException();
        }
    }

    @Test
    void hostileJsonLdIsIgnored() {
        String html = "<head><script type='application/ld+json'>" + "[".repeat(100_000) + "</script></head>"
                + "<body><p>A normal paragraph that is long enough to count as article prose.</p></body>";
        assertThat(extractor.extract(html, null).paragraphs()).hasSize(1);
    }

    @Test
    void hugePageIsExtractedInBoundedTime() {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 20_000; i++) {
            sb.append("<div class='c").append(i % 50).append("'><p>Paragraph number ").append(i)
                    .append(" with enough words to be read as prose by the extractor.</p><a href='/x'>link</a></div>");
        }
        String html = sb.toString();
        assertThat(html.length()).isGreaterThan(2_000_000);
        long start = System.nanoTime();
        ExtractedPage page = extractor.extract(html, null);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(page.paragraphs()).hasSizeGreaterThan(10_000);
    }

    @Test
    void oneInstanceCanBeSharedBetweenThreads() throws Exception {
        String html = Fixtures.page("en-news.html");
        ExtractedPage expected = extractor.extract(html, null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedPage>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> extractor.extract(html, null)));
            }
            for (Future<ExtractedPage> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
