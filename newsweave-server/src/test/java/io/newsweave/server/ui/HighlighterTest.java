package io.newsweave.server.ui;

import io.newsweave.server.Fixture;

import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Timex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {

    private static Article article(String text, List<Mention> mentions, List<Timex> timexes) {
        return Fixture.article("a1", "t", text, "en", null, LocalDate.of(2021, 12, 7), mentions, timexes);
    }

    @Test
    void datesAndMentionsAreMarkedAndParagraphsKept() {
        String html = Highlighter.render(article("Putin spoke.\n\nOn Tuesday, again.", List.of(new Mention(0, 5, "Putin", "e1")),
                List.of(new Timex(17, 24, "Tuesday", "2021-12-07", "day", "published"))));
        assertThat(html).isEqualTo("<p><a class=\"mention\" href=\"/entities/e1\">Putin</a> spoke.</p><p>On "
                + "<mark class=\"timex\" title=\"2021-12-07 (day)\">Tuesday</mark>, again.</p>");
    }

    @Test
    void overlappingAndOutOfRangeSpansAreSkipped() {
        String html = Highlighter.render(article("abc <b>", List.of(new Mention(1, 3, "bc", "e1"), new Mention(5, 99, "x", "e2")),
                List.of(new Timex(0, 2, "ab", "2021", "year", "absolute"), new Timex(-1, 1, "a", "2021", "year", "absolute"))));
        assertThat(html).isEqualTo("<p><mark class=\"timex\" title=\"2021 (year)\">ab</mark>c &lt;b&gt;</p>");
    }

    @Test
    void emptyTextIsAnEmptyParagraph() {
        assertThat(Highlighter.render(article("", List.of(), List.of()))).isEqualTo("<p></p>");
    }
}
