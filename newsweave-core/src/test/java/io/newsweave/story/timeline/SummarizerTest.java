package io.newsweave.story.timeline;

import io.newsweave.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SummarizerTest {

    private final TimelineBuilder builder = new TimelineBuilder();
    private final Summarizer summarizer = new Summarizer();

    private List<TimelineEntry.Source> summary(List<Article> story, String language) {
        return summarizer.summarize(story, builder.build(story, language), language);
    }

    @Test
    void threeToFiveSentencesTakenAsWrittenFromTheArticles() {
        List<Article> story = Fixtures.bridgeStory();
        List<TimelineEntry.Source> summary = summary(story, "en");
        assertThat(summary).hasSizeBetween(3, 5);
        for (TimelineEntry.Source s : summary) {
            Article a = story.stream().filter(x -> x.id().equals(s.article())).findFirst().orElseThrow();
            assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.sentence());
        }
    }

    @Test
    void theCollapseIsToldOnceAndInThePreferredLanguage() {
        List<TimelineEntry.Source> en = summary(Fixtures.bridgeStory(), "en");
        assertThat(en.stream().filter(s -> s.sentence().contains("Northport") && (s.sentence().contains("collapsed")
                || s.sentence().contains("effondré") || s.sentence().contains("derrumbó")))).hasSize(1);
        assertThat(en).extracting(TimelineEntry.Source::sentence).anyMatch(s -> s.startsWith("The Northport bridge collapsed"));
        List<TimelineEntry.Source> fr = summary(Fixtures.bridgeStory(), "fr");
        assertThat(fr).extracting(TimelineEntry.Source::sentence).anyMatch(s -> s.startsWith("Le pont de Northport s'est effondré"))
                .noneMatch(s -> s.startsWith("The Northport bridge collapsed"));
    }

    @Test
    void aSummaryKeepsToTheStorysLanguageWhenThatLanguageCanTellIt() {
        assertThat(summary(Fixtures.bridgeStory(), "en")).hasSizeGreaterThanOrEqualTo(Summarizer.MIN)
                .extracting(TimelineEntry.Source::language).containsOnly("en");
    }

    @Test
    void otherLanguagesFillInWhenTheLanguageHasTooFewSentences() {
        List<TimelineEntry.Source> none = summary(Fixtures.bridgeStory(), "nl"); // no article in Dutch
        assertThat(none).hasSizeGreaterThanOrEqualTo(Summarizer.MIN);
        assertThat(none).extracting(TimelineEntry.Source::language).doesNotContain("nl");
    }

    @Test
    void theSummaryCoversDifferentDevelopments() {
        List<String> sentences = summary(Fixtures.bridgeStory(), "en").stream().map(TimelineEntry.Source::sentence).toList();
        assertThat(sentences).anyMatch(s -> s.contains("Repairs") || s.contains("travaux"));
        assertThat(sentences).anyMatch(s -> s.contains("Divers") || s.contains("Investigators"));
    }

    @Test
    void emptyAndUnreadableStoriesHaveAnEmptySummary() {
        assertThat(summarizer.summarize(List.of(), List.of(), "en")).isEmpty();
        Article crumbs = Fixtures.article("c", null, "en", "2024-01-01", "Share. Tweet. 0 comments.", Map.of(), Map.of());
        assertThat(summary(List.of(crumbs), "en")).isEmpty();
    }

    @Test
    void summarizingTwiceGivesTheSameSentences() {
        assertThat(summary(Fixtures.bridgeStory(), "es")).isEqualTo(summary(Fixtures.bridgeStory(), "es"));
    }
}
