package io.newsweave.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticCorpusTest {

    private static final int SIZE = 2_000;
    private final SyntheticCorpus corpus = new SyntheticCorpus(42, SIZE);

    @Test
    void sameSeedGivesTheSameArticlesInAnyOrder() {
        SyntheticCorpus again = new SyntheticCorpus(42, SIZE);
        assertThat(again.article(1_234)).isEqualTo(corpus.article(1_234));
        assertThat(again.article(0)).isEqualTo(corpus.article(0));
    }

    @Test
    void anotherSeedGivesOtherArticles() {
        assertThat(new SyntheticCorpus(43, SIZE).article(7).body()).isNotEqualTo(corpus.article(7).body());
    }

    @Test
    void everyBodyIsBetweenTwoAndSixThousandCharacters() {
        IntStream.range(0, SIZE).mapToObj(corpus::article).forEach(a ->
                assertThat(a.body().length()).as("article %d", a.index()).isBetween(SyntheticCorpus.MIN_CHARS, SyntheticCorpus.MAX_CHARS));
    }

    @Test
    void bodiesAreDistinctEvenIgnoringCaseAndPunctuation() {
        Set<String> bodies = new HashSet<>();
        IntStream.range(0, SIZE).forEach(i -> bodies.add(corpus.article(i).body().toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ")));
        assertThat(bodies).hasSize(SIZE);
    }

    @Test
    void urlsAreDistinct() {
        assertThat(IntStream.range(0, SIZE).mapToObj(i -> corpus.article(i).url()).distinct().count()).isEqualTo(SIZE);
    }

    @Test
    void allFourLanguagesAreWellRepresented() {
        Map<String, Integer> counts = new HashMap<>();
        IntStream.range(0, SIZE).forEach(i -> counts.merge(corpus.article(i).language(), 1, Integer::sum));
        assertThat(counts.keySet()).containsExactlyInAnyOrder("en", "fr", "es", "de");
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isGreaterThan(SIZE / 8));
    }

    @Test
    void datesSpreadOverAboutSixtyDays() {
        var dates = IntStream.range(0, SIZE).mapToObj(i -> corpus.article(i).published()).toList();
        assertThat(dates).allSatisfy(d -> assertThat(d).isBetween(SyntheticCorpus.START, SyntheticCorpus.START.plusDays(SyntheticCorpus.SPAN_DAYS)));
        assertThat(dates.stream().distinct().count()).isGreaterThan(50);
    }

    @Test
    void topicsGroupSeveralArticlesThatShareTheirMainPerson() {
        Map<Integer, List<SyntheticArticle>> byTopic = new HashMap<>();
        IntStream.range(0, SIZE).mapToObj(corpus::article).forEach(a -> byTopic.computeIfAbsent(a.topic(), t -> new java.util.ArrayList<>()).add(a));
        assertThat(byTopic.size()).isBetween(SIZE / 12, SIZE / 3);
        long multi = byTopic.values().stream().filter(l -> l.size() >= 3).count();
        assertThat(multi).isGreaterThan(byTopic.size() / 2);
        List<SyntheticArticle> story = byTopic.values().stream().filter(l -> l.size() >= 3).findFirst().orElseThrow();
        String commonWords = story.get(0).body();
        assertThat(story).allSatisfy(a -> assertThat(a.published()).isBetween(story.get(0).published().minusDays(4), story.get(0).published().plusDays(4)));
        assertThat(story.get(1).body()).isNotEqualTo(commonWords);
    }

    @Test
    void jsonLinesHaveTheNewsPleaseFieldsAndEveryArticleOnce(@TempDir Path dir) throws IOException {
        SyntheticCorpus small = new SyntheticCorpus(5, 101);
        List<Path> files = small.writeJsonl(dir, 4);
        assertThat(files).hasSize(4);
        ObjectMapper json = new ObjectMapper();
        int lines = 0;
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                JsonNode node = json.readTree(line);
                assertThat(node.fieldNames()).toIterable().containsExactly("title", "maintext", "date_publish", "language", "url", "source_domain");
                assertThat(node.get("maintext").asText()).isEqualTo(small.article(lines).body());
                assertThat(node.get("date_publish").asText()).matches("2024-\\d\\d-\\d\\d \\d\\d:\\d\\d:00");
                lines++;
            }
        }
        assertThat(lines).isEqualTo(101);
    }

    @Test
    void htmlPagesAreFifteenToFortyKilobytesAndCarryTheArticle() {
        for (int i = 0; i < 200; i++) {
            SyntheticArticle a = corpus.article(i);
            String page = HtmlPage.render(a, corpus, new SplittableRandom(i));
            assertThat(page.getBytes(StandardCharsets.UTF_8).length).as("page %d", i).isBetween(HtmlPage.MIN_BYTES, HtmlPage.MAX_BYTES);
            assertThat(page).contains("<meta property=\"article:published_time\" content=\"" + a.published() + "T")
                    .contains("<html lang=\"" + a.language() + "\">").contains("cookie-banner").contains("<footer");
            String firstParagraph = a.paragraphs().get(0).replace("&", "&amp;").replace("\"", "&quot;");
            assertThat(page).contains("<p>" + firstParagraph + "</p>");
        }
    }

    @Test
    void writesHtmlInADatedTreePerOutlet(@TempDir Path dir) throws IOException {
        new SyntheticCorpus(9, 30).writeHtml(dir);
        try (var files = Files.walk(dir)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).toList();
            assertThat(pages).hasSize(30);
            assertThat(pages).allSatisfy(p -> assertThat(dir.relativize(p).getNameCount()).isEqualTo(5));
        }
    }

    @Test
    void refusesAnEmptyCorpusAndIndexesOutside() {
        assertThatThrownBy(() -> new SyntheticCorpus(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> corpus.article(SIZE)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
