package io.newsweave.story.timeline;

import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Timex;
import io.newsweave.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineBuilderTest {

    private final TimelineBuilder builder = new TimelineBuilder();

    private static TimelineEntry at(List<TimelineEntry> timeline, String date) {
        return timeline.stream().filter(e -> e.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void theSameDevelopmentInThreeLanguagesIsOneEntryWithThreeSources() {
        List<TimelineEntry> timeline = builder.build(Fixtures.bridgeStory(), "en");
        TimelineEntry collapse = at(timeline, "2024-03-04");
        assertThat(collapse.kind()).isEqualTo(TimelineEntry.CURRENT);
        assertThat(collapse.granularity()).isEqualTo("day");
        assertThat(collapse.sources()).extracting(TimelineEntry.Source::article).containsExactly("a1", "a2", "a3");
        assertThat(collapse.sources()).extracting(TimelineEntry.Source::language).containsExactly("en", "fr", "es");
        assertThat(collapse.text()).startsWith("The Northport bridge collapsed on Monday");
        assertThat(collapse.language()).isEqualTo("en");
        assertThat(collapse.entities()).containsExactly("LOC-northport", "PER-ana-ruiz");
    }

    @Test
    void theRepresentativeSentenceIsInThePreferredLanguageWhenASourceOffersOne() {
        List<TimelineEntry> timeline = builder.build(Fixtures.bridgeStory(), "fr");
        assertThat(at(timeline, "2024-03-04").text()).startsWith("Le pont de Northport s'est effondré lundi");
        assertThat(at(timeline, "2024-03-04").language()).isEqualTo("fr");
        assertThat(at(timeline, "2024-03-06").language()).isEqualTo("en");
    }

    @Test
    void announcedDatesAreScheduledAndOldHistoryIsBackground() {
        List<TimelineEntry> timeline = builder.build(Fixtures.bridgeStory(), "en");
        TimelineEntry repairs = at(timeline, "2024-04-02");
        assertThat(repairs.kind()).isEqualTo(TimelineEntry.SCHEDULED);
        assertThat(repairs.sources()).extracting(TimelineEntry.Source::article).containsExactly("a1", "a2");
        assertThat(at(timeline, "1931").kind()).isEqualTo(TimelineEntry.BACKGROUND);
        assertThat(at(timeline, "1931").granularity()).isEqualTo("year");
        assertThat(at(timeline, "2024-03-06").kind()).isEqualTo(TimelineEntry.CURRENT);
    }

    @Test
    void entriesAreSortedByDateAndSourcesPointIntoTheirArticles() {
        List<Article> story = Fixtures.bridgeStory();
        List<TimelineEntry> timeline = builder.build(story, "en");
        assertThat(timeline).extracting(TimelineEntry::date).isSorted();
        for (TimelineEntry e : timeline) {
            for (TimelineEntry.Source s : e.sources()) {
                Article a = story.stream().filter(x -> x.id().equals(s.article())).findFirst().orElseThrow();
                assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.sentence());
            }
        }
    }

    @Test
    void leadSentencesWithoutADateAreDatedByPublication() {
        List<TimelineEntry> timeline = builder.build(Fixtures.bridgeStory(), "en");
        TimelineEntry injured = at(timeline, "2024-03-05");
        assertThat(injured.kind()).isEqualTo(TimelineEntry.CURRENT);
        assertThat(injured.sources()).extracting(TimelineEntry.Source::article).contains("a1");
    }

    @Test
    void capsKeepTheMostSalientDatesAndBackgroundApart() {
        TimelineBuilder capped = new TimelineBuilder(new TimelineBuilder.Config(1, 1, 1), SentenceSplitter.standard());
        List<TimelineEntry> timeline = capped.build(Fixtures.bridgeStory(), "en");
        assertThat(timeline).extracting(TimelineEntry::date).containsExactly("1931", "2024-03-04");
        TimelineBuilder noBackground = new TimelineBuilder(new TimelineBuilder.Config(1, 1, 0), SentenceSplitter.standard());
        assertThat(noBackground.build(Fixtures.bridgeStory(), "en")).extracting(TimelineEntry::date).containsExactly("2024-03-04");
        assertThatThrownBy(() -> new TimelineBuilder.Config(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildingTwiceGivesTheSameTimeline() {
        assertThat(builder.build(Fixtures.bridgeStory(), "es")).isEqualTo(builder.build(Fixtures.bridgeStory(), "es"));
    }

    @Test
    void emptyStoriesAndUndatedArticlesGiveNoEntries() {
        assertThat(builder.build(List.of(), "en")).isEmpty();
        Article blank = Fixtures.article("b", null, "und", null, "", Map.of(), Map.of());
        Article undated = Fixtures.article("u", null, "en", null, "Nothing here has a date. Nor here.", Map.of(), Map.of());
        assertThat(builder.build(List.of(blank, undated), null)).isEmpty();
    }

    @Test
    void undatedArticlesDecideTheKindByTheirTense() {
        Article a = Fixtures.article("u", null, "en", null, "The summit will take place on May 3 in Northport.",
                Fixtures.PEOPLE, Map.of("May 3", "2024-05-03"));
        Article b = Fixtures.article("v", null, "en", null, "The summit took place on May 3 in Northport.",
                Fixtures.PEOPLE, Map.of("May 3", "2024-05-03"));
        assertThat(builder.build(List.of(a), "en").get(0).kind()).isEqualTo(TimelineEntry.SCHEDULED);
        assertThat(builder.build(List.of(b), "en").get(0).kind()).isEqualTo(TimelineEntry.CURRENT);
    }

    @Test
    void garbledTextWithRandomAnnotationsNeverBreaksTheBuild() {
        Random random = new Random(11);
        String alphabet = "ab cD.!?\n1234,é€Ж\u200b\"";
        for (int round = 0; round < 100; round++) {
            List<Article> story = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                StringBuilder sb = new StringBuilder();
                int n = 1 + random.nextInt(300);
                for (int i = 0; i < n; i++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = sb.toString();
                List<Mention> mentions = new ArrayList<>();
                List<Timex> timexes = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    int s = random.nextInt(text.length());
                    int e = Math.min(text.length(), s + 1 + random.nextInt(5));
                    mentions.add(new Mention(s, e, text.substring(s, e), "E" + random.nextInt(3)));
                    String value = List.of("2024-03-0" + (1 + random.nextInt(9)), "2024-13", "20x4", "XXXX-03-01", "P3D",
                            "PAST_REF", "2024-03-31T10:00", "1999").get(random.nextInt(8));
                    timexes.add(new Timex(s, e, text.substring(s, e), value, "day", "absolute"));
                }
                String published = random.nextBoolean() ? "2024-03-0" + (1 + random.nextInt(9)) : null;
                Article a = Fixtures.article("g" + k, random.nextBoolean() ? "x" : null, random.nextBoolean() ? "en" : "und",
                        published, text, Map.of(), Map.of());
                story.add(new Article(a.id(), a.origin(), null, a.source(), "", text, a.language(), 1, a.published(),
                        mentions, timexes));
            }
            for (TimelineEntry e : builder.build(story, "en")) {
                assertThat(e.sources()).isNotEmpty();
                assertThat(e.kind()).isIn(TimelineEntry.CURRENT, TimelineEntry.SCHEDULED, TimelineEntry.BACKGROUND);
                assertThat(e.date()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            }
        }
    }
}
