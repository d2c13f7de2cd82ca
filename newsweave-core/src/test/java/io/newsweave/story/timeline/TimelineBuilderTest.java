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

    /**
     * A six-month story whose first two weeks are its busiest: 20 articles a day on days 1–14,
     * then one article a week, each reporting its day's development with its own date.
     */
    private static List<Article> longStory() {
        List<Article> out = new ArrayList<>();
        java.time.LocalDate start = java.time.LocalDate.of(2011, 2, 15);
        String[] verbs = {"seized", "shelled", "reached", "left", "entered", "surrounded", "crossed", "defended"};
        String[] towns = {"Northport", "Eastbay", "Westvale", "Southmere"};
        int n = 0;
        for (int day = 0; day < 183; day++) {
            int articles = day < 14 ? 20 : day % 7 == 0 ? 1 : 0;
            java.time.LocalDate date = start.plusDays(day);
            String month = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            String written = month + " " + date.getDayOfMonth();
            String town = towns[day % towns.length];
            for (int k = 0; k < articles; k++) {
                String text = "Rebel fighters " + verbs[day % verbs.length] + " the town of " + town + " on " + written
                        + " after " + (day + 3) + " hours of fighting, General Omar Haddad said.";
                out.add(Fixtures.article("l" + n++, "wire" + (k % 5) + ".example", "en", date.toString(), text,
                        Map.of(town, "LOC-" + town.toLowerCase(java.util.Locale.ROOT), "Omar Haddad", "PER-haddad"),
                        Map.of(written, date.toString())));
            }
        }
        return out;
    }

    @Test
    void aLongStoryGetsMoreDatesAndEveryMonthOfItsSpan() {
        List<Article> story = longStory();
        List<TimelineEntry> timeline = builder.build(story, "en");
        long months = timeline.stream().map(e -> e.date().substring(0, 7)).distinct().count();
        assertThat(timeline.size()).as("dates scale with the span: 12 + 182/14").isEqualTo(12 + 182 / 14);
        assertThat(months).as("months of the story with a development, February to August").isGreaterThanOrEqualTo(6);
        assertThat(timeline.get(timeline.size() - 1).date()).as("the last month-long stretch has its development")
                .isGreaterThanOrEqualTo("2011-07-16");
        for (int i = 1; i < timeline.size(); i++) {
            assertThat(java.time.LocalDate.parse(timeline.get(i).date()))
                    .as("no two months in a row without a development")
                    .isBeforeOrEqualTo(java.time.LocalDate.parse(timeline.get(i - 1).date()).plusDays(2 * TimelineBuilder.STRETCH_DAYS));
        }
        TimelineBuilder fixed = new TimelineBuilder(new TimelineBuilder.Config(12, 12, 2, 3), SentenceSplitter.standard());
        assertThat(fixed.build(story, "en")).hasSize(12);
        assertThat(TimelineBuilder.Config.defaults().dates(1)).isEqualTo(12);
        assertThat(TimelineBuilder.Config.defaults().dates(10_000)).isEqualTo(60);
    }

    @Test
    void aSampleOfALongStoryKeepsTheWholeStorysSpanAndSalience() {
        List<Article> story = longStory();
        List<Article> sample = story.subList(0, 40); // the first two days only
        Coverage all = Coverage.of(story);
        List<TimelineEntry> timeline = builder.build(sample, "en", new io.newsweave.text.TextMemo(SentenceSplitter.standard()), all);
        assertThat(timeline).isNotEmpty();
        assertThat(timeline).allMatch(e -> e.kind().equals(TimelineEntry.CURRENT));
        assertThat(builder.build(sample, "en")).extracting(TimelineEntry::date).containsExactly("2011-02-15", "2011-02-16");
    }

    @Test
    void fragmentsBareQuotesAndStampsAreNotWholeSentences() {
        assertThat(DatedSentences.whole("The Northport bridge collapsed on Monday after a barge struck it.")).isTrue();
        assertThat(DatedSentences.whole("\"We will rebuild it,\" Mayor Ana Ruiz said on Monday.")).isTrue();
        assertThat(DatedSentences.whole("„Wir bauen sie wieder auf“, sagte die Bürgermeisterin am Montag.")).isTrue();
        assertThat(DatedSentences.whole("« Nous la reconstruirons », a déclaré la maire lundi.")).isTrue();
        assertThat(DatedSentences.whole("'' What we are witnessing today is unimaginable.")).isFalse();
        assertThat(DatedSentences.whole("\"The situation today cries out for bipartisanship.")).isFalse();
        assertThat(DatedSentences.whole("“It is good to see you again.”")).isFalse();
        assertThat(DatedSentences.whole("and then the talks resumed on Tuesday in Geneva.")).isFalse();
        assertThat(DatedSentences.whole("), which began on 12 January, ended in a deal.")).isFalse();
        assertThat(DatedSentences.whole("Updated: 19 January, 2010 - 14:10 GMT")).isFalse();
        assertThat(DatedSentences.whole("Mon Apr 27, 2009 3:10 am BST")).isFalse();
        assertThat(DatedSentences.whole("Путин и Байден провели переговоры во вторник.")).isTrue();
        assertThat(DatedSentences.whole("バイデン大統領は火曜日にプーチン大統領と会談した。")).isTrue(); // no spaces: two letters a word
        assertThat(DatedSentences.whole("2022年1月10日，拜登与普京在日内瓦举行会谈。")).isTrue();
        assertThat(DatedSentences.whole("更新于2022年1月")).isFalse();
        assertThat(DatedSentences.whole("")).isFalse();
        assertThat(DatedSentences.whole("   ")).isFalse();
    }

    @Test
    void aDateFarAfterPublicationThatNothingAnnouncesIsNotADevelopment() {
        Article clutter = Fixtures.article("c", null, "en", "2024-03-05",
                "Shared on March 5, 2026 by readers of the Northport daily paper.", Fixtures.PEOPLE, Map.of("March 5, 2026", "2026-03-05"));
        Article announced = Fixtures.article("d", null, "en", "2024-03-05",
                "The new Northport bridge will open on March 5, 2026, the board said.", Fixtures.PEOPLE, Map.of("March 5, 2026", "2026-03-05"));
        assertThat(builder.build(List.of(clutter), "en")).extracting(TimelineEntry::date).doesNotContain("2026-03-05");
        assertThat(builder.build(List.of(announced), "en")).extracting(TimelineEntry::date).contains("2026-03-05");
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
