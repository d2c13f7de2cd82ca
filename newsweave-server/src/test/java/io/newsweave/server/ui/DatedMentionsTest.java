package io.newsweave.server.ui;

import io.newsweave.server.StoryDigest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatedMentionsTest {

    @Test
    void datesReadAsPeopleWriteThemWithTheValueKeptAsTheTitle() {
        String html = DatedMentions.render(List.of(
                new StoryDigest.DateGroup("192", Map.of("the 1920s", List.of("a1")), 1),
                new StoryDigest.DateGroup("2021-FA", Map.of("last autumn", List.of("a1")), 2)), Map.of("a1", "Title"), 1, 1);
        assertThat(html).contains("title=\"192\">the 1920s</span>").contains("title=\"2021-FA\">autumn 2021</span>")
                .doesNotContain(">192<");
    }

    @Test
    void aHostileValueIsEscaped() {
        String html = DatedMentions.render(List.of(new StoryDigest.DateGroup("<b>x</b>", Map.of("<i>", List.of("a\"1")), 1)),
                Map.of(), 1, 1);
        assertThat(html).doesNotContain("<b>").doesNotContain("<i>").contains("&lt;b&gt;");
    }
}
