package io.newsweave.story;

import io.newsweave.model.Article;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A story's details from articles we wrote: one language preferred by default, every part traceable. */
class StoryDetailsTest {

    private static Article article(String id, String language, String text) {
        return new Article(id, Origin.file(id), null, "outlet-" + id, "Title " + id, text, language, 1,
                new Published(LocalDate.of(2026, 3, 10), Provenance.METADATA, 1), List.of(), List.of());
    }

    @Test
    void withoutAPreferenceTheStoryUsesItsMostUsedLanguageEnglishOnATie() {
        Article en = article("e", "en", "x");
        Article pt = article("p", "pt", "x");
        Article fr = article("f", "fr", "x");
        assertThat(StoryDetails.Builder.mainLanguage(List.of(pt, en, fr))).isEqualTo("en");
        assertThat(StoryDetails.Builder.mainLanguage(List.of(pt, fr))).isEqualTo("fr");
        assertThat(StoryDetails.Builder.mainLanguage(List.of(pt, pt, en))).isEqualTo("pt");
        assertThat(StoryDetails.Builder.mainLanguage(List.of())).isNull();
    }

    @Test
    void detailsPointBackIntoTheArticles() {
        String text = "The river Tago burst its banks in Lisbon on Monday, flooding the old town and forcing hundreds from their homes.\n\n"
                + "\"We have never seen the water rise this fast,\" said Helena Duarte, the head of civil protection.";
        Article a = article("a1", "en", text);
        StoryDetails d = new StoryDetails.Builder().build(List.of(a), null);
        assertThat(d.coverage().articles()).isEqualTo(1);
        assertThat(d.coverage().firstArticle()).isEqualTo("a1");
        assertThat(d.quotes()).hasSize(1);
        assertThat(d.quotes().get(0).representative().text()).isEqualTo("We have never seen the water rise this fast,");
        assertThat(d.quotes().get(0).representative().speakerName()).isEqualTo("Helena Duarte");
        d.timeline().forEach(e -> e.sources().forEach(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.sentence())));
        d.summary().forEach(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.sentence()));
    }

    @Test
    void bigStoriesAreReadFromAnEvenSampleOverTheirDaysButCountedWhole() {
        List<Article> many = new java.util.ArrayList<>();
        for (int i = 0; i < 450; i++) {
            many.add(new Article("a" + i, Origin.file("a" + i), null, "outlet", "Title", "Text " + i + ".", "en", 1,
                    new Published(LocalDate.of(2026, 1, 1).plusDays(i % 90), Provenance.METADATA, 1), List.of(), List.of()));
        }
        List<Article> sample = StoryDetails.Builder.sample(many, 200);
        assertThat(sample).hasSize(200).doesNotHaveDuplicates();
        assertThat(sample.stream().map(a -> a.published().date()).distinct().count()).isEqualTo(90);
        assertThat(sample).isSortedAccordingTo(java.util.Comparator.comparingInt(a -> Integer.parseInt(a.id().substring(1))));
        assertThat(StoryDetails.Builder.sample(many.subList(0, 10), 200)).hasSize(10);
        assertThat(new StoryDetails.Builder().build(many, null).coverage().articles()).isEqualTo(450);
    }

    @Test
    void aQuoteReportedInSeveralLanguagesIsShownInThePreferredOne() {
        java.time.LocalDate day = LocalDate.of(2026, 3, 10);
        io.newsweave.quote.Quote fr = new io.newsweave.quote.Quote("a1", 0, 10, "Nous n'avons jamais vu l'eau monter aussi vite",
                "Helena Duarte", "PER-helena-duarte", -1, -1, "a déclaré", "fr", day);
        io.newsweave.quote.Quote en = new io.newsweave.quote.Quote("a2", 0, 10, "We have never seen the water rise this fast",
                "Helena Duarte", "PER-helena-duarte", -1, -1, "said", "en", day);
        io.newsweave.quote.QuoteGroup group = new io.newsweave.quote.QuoteGroup(fr, List.of(fr, en), List.of("a1", "a2"), List.of("fr", "en"));
        assertThat(StoryDetails.Builder.inLanguage(group, "en").representative()).isEqualTo(en);
        assertThat(StoryDetails.Builder.inLanguage(group, "fr").representative()).isEqualTo(fr);
        assertThat(StoryDetails.Builder.inLanguage(group, "de").representative()).isEqualTo(fr);
        assertThat(StoryDetails.Builder.inLanguage(group, null)).isSameAs(group);
    }

    @Test
    void emptyAndGarbledStoriesGiveEmptyDetails() {
        StoryDetails empty = new StoryDetails.Builder().build(List.of(), null);
        assertThat(empty.timeline()).isEmpty();
        assertThat(empty.quotes()).isEmpty();
        assertThat(empty.summary()).isEmpty();
        assertThat(empty.coverage().articles()).isZero();
        java.util.Random random = new java.util.Random(3);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            String alphabet = "«»\"“”„‹› .,;\n—ab1";
            junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        StoryDetails garbled = new StoryDetails.Builder().build(List.of(article("g", "und", junk.toString())), "en");
        assertThat(garbled.coverage().articles()).isEqualTo(1);
    }
}
