package io.newsweave.story.timeline;

import io.newsweave.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTest {

    @Test
    void outletsLanguagesDaysAndTheFirstReporter() {
        Coverage c = Coverage.of(Fixtures.bridgeStory());
        assertThat(c.articles()).isEqualTo(4);
        assertThat(c.outlets()).containsExactly(Map.entry("daily.example", 2), Map.entry("diario.example", 1),
                Map.entry("quotidien.example", 1));
        assertThat(c.languages()).containsExactly(Map.entry("en", 2), Map.entry("es", 1), Map.entry("fr", 1));
        assertThat(c.perDay()).containsExactly(Map.entry("2024-03-05", 2), Map.entry("2024-03-06", 1),
                Map.entry("2024-03-07", 1));
        assertThat(c.undated()).isZero();
        assertThat(c.firstArticle()).isEqualTo("a1");
        assertThat(c.firstOutlet()).isEqualTo("daily.example");
        assertThat(c.firstPublished()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void theEarliestPublicationWinsOverArrivalAndUndatedArticlesAreCountedApart() {
        List<Article> story = new ArrayList<>();
        story.add(Fixtures.article("late", "b.example", "en", "2024-03-09", "Later.", Map.of(), Map.of()));
        story.add(Fixtures.article("undated", null, "fr", null, "Sans date.", Map.of(), Map.of()));
        story.add(Fixtures.article("early", "a.example", "en", "2024-03-01", "Earlier.", Map.of(), Map.of()));
        Coverage c = Coverage.of(story);
        assertThat(c.firstArticle()).isEqualTo("early");
        assertThat(c.undated()).isEqualTo(1);
        assertThat(c.outlets()).hasSize(2);
        assertThat(c.perDay()).containsOnlyKeys("2024-03-01", "2024-03-09");
    }

    @Test
    void anUndatedStoryGoesToTheFirstArrivalAndAnEmptyOneToNobody() {
        Coverage undated = Coverage.of(List.of(Fixtures.article("x", null, "und", null, "", Map.of(), Map.of()),
                Fixtures.article("y", null, "und", null, "", Map.of(), Map.of())));
        assertThat(undated.firstArticle()).isEqualTo("x");
        assertThat(undated.firstPublished()).isNull();
        Coverage none = Coverage.of(List.of());
        assertThat(none.articles()).isZero();
        assertThat(none.firstArticle()).isNull();
        assertThat(none.outlets()).isEmpty();
    }
}
