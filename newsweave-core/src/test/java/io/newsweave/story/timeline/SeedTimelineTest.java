package io.newsweave.story.timeline;

import io.newsweave.model.Article;
import io.newsweave.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance on the five seeds, taken together as one story (skips without ../shared/seeds). */
class SeedTimelineTest {

    @TempDir
    Path data;

    private List<Article> seeds() throws IOException {
        return SharedData.ingestedSeeds(data);
    }

    private static String kindOf(List<TimelineEntry> timeline, String date) {
        return timeline.stream().filter(e -> e.date().equals(date)).map(TimelineEntry::kind).findFirst().orElse("absent");
    }

    @Test
    void seedTimelineHasTheCallsTheTalksAndCrimea() throws IOException {
        List<Article> articles = seeds();
        List<TimelineEntry> timeline = new TimelineBuilder().build(articles, "en");
        List<TimelineEntry.Source> summary = new Summarizer().summarize(articles, timeline, "en");
        for (Article a : articles) {
            System.out.println(a.id() + " " + a.language() + " " + a.published().date() + " " + a.origin());
        }
        for (TimelineEntry e : timeline) {
            System.out.println(e.date() + " " + e.granularity() + " " + e.kind() + " [" + e.sources().size() + "] "
                    + e.language() + ": " + e.text());
            for (TimelineEntry.Source s : e.sources()) {
                System.out.println("    " + s.article().substring(0, 8) + " " + s.language() + ": " + s.sentence());
            }
        }
        System.out.println("summary:");
        summary.forEach(s -> System.out.println("  - " + s.language() + ": " + s.sentence()));
        System.out.println(Coverage.of(articles));
        assertThat(kindOf(timeline, "2021-12-07")).isEqualTo(TimelineEntry.CURRENT);
        assertThat(kindOf(timeline, "2021-12-30")).isEqualTo(TimelineEntry.CURRENT);
        assertThat(kindOf(timeline, "2022-01-02")).isEqualTo(TimelineEntry.CURRENT);
        assertThat(kindOf(timeline, "2022-01-10")).isEqualTo(TimelineEntry.SCHEDULED);
        assertThat(kindOf(timeline, "2014")).isEqualTo(TimelineEntry.BACKGROUND);
        TimelineEntry videoCall = timeline.stream().filter(e -> e.date().equals("2021-12-07")).findFirst().orElseThrow();
        assertThat(videoCall.sources()).extracting(TimelineEntry.Source::language).contains("en", "fr");
        assertThat(summary).hasSizeBetween(3, 5);
        // four English reports can tell the story: the summary reads in English only
        assertThat(summary).extracting(TimelineEntry.Source::language).containsOnly("en");
        assertThat(Coverage.of(articles).languages()).containsEntry("en", 4).containsEntry("fr", 1);
    }
}
