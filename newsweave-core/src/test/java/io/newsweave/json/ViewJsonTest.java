package io.newsweave.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsweave.entity.EntitySummary;
import io.newsweave.entity.EntityType;
import io.newsweave.quote.Quote;
import io.newsweave.quote.QuoteGroup;
import io.newsweave.story.EventView;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.StoryView;
import io.newsweave.story.timeline.Coverage;
import io.newsweave.story.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One writer for export and API: the contract's fields in its order, everything in the export, limits and counts in the API. */
class ViewJsonTest {

    private static final String LONG = "word ".repeat(400).strip();

    private static StoryView story(int articlesPerEvent) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < articlesPerEvent; i++) {
            ids.add("a" + i);
        }
        return new StoryView("s1", "Talks  in\nGeneva", ids, Map.of("en", 2, "fr", 1), Map.of("wire", 3), LocalDate.of(2021, 6, 16),
                LocalDate.of(2021, 6, 17), List.of(new EntitySummary("PER-vladimir-putin", "Vladimir Putin", EntityType.PERSON,
                        List.of("Vladimir Putin", "Poutine", "Putin"), Map.of("en", 2), 4, Map.of("Vladimir Putin", 2, "Poutine", 1, "Putin", 1))),
                List.of(new EventView("e1", LocalDate.of(2021, 6, 16), "Meeting", ids)));
    }

    private static StoryDetails details() {
        List<TimelineEntry.Source> sources = List.of(new TimelineEntry.Source("a0", LONG, 0, LONG.length(), "en"),
                new TimelineEntry.Source("a1", "Short.", 0, 6, "fr"));
        TimelineEntry entry = new TimelineEntry("2021-06-16", "day", TimelineEntry.CURRENT, LONG, "en", sources, List.of("PER-vladimir-putin"));
        Quote q = new Quote("a0", 0, 10, "We talked.", "Vladimir Putin", "PER-vladimir-putin", -1, -1, "said", "en", LocalDate.of(2021, 6, 16));
        Coverage coverage = new Coverage(2, Map.of("wire", 2), Map.of("en", 2), Map.of("2021-06-16", 2), 0, "a0", "wire", LocalDate.of(2021, 6, 16));
        return new StoryDetails(List.of(entry), List.of(sources.get(1)), List.of(new QuoteGroup(q, List.of(q, q), List.of("a0"), List.of("en"))),
                coverage);
    }

    @Test
    void theExportWritesTheContractsFieldsInOrderAndEverything() {
        JsonNode node = ViewJson.story(story(30), details(), ViewJson.Limits.NONE);
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "title", "articles", "languages", "sources", "first_published", "last_published",
                "events", "timeline", "entities", "quotes", "summary", "summary_sources", "coverage");
        assertThat(node.path("title").asText()).isEqualTo("Talks  in\nGeneva");
        assertThat(node.path("events").get(0).path("articles")).hasSize(30);
        assertThat(node.path("events").get(0).has("article_count")).isFalse();
        assertThat(node.path("timeline").get(0).path("text").asText()).isEqualTo(LONG);
        assertThat(node.path("quotes").get(0).path("speaker").asText()).isEqualTo("PER-vladimir-putin");
        assertThat(node.path("quotes").get(0).path("reports")).hasSize(2);
        assertThat(node.path("summary").get(0).asText()).isEqualTo("Short.");
        assertThat(node.path("coverage").path("first_reporter").path("outlet").asText()).isEqualTo("wire");
    }

    @Test
    void apiLimitsClipTextsAndCapNestedListsWithTheirCounts() {
        JsonNode node = ViewJson.story(story(30), details(), new ViewJson.Limits(100, 50, 1));
        assertThat(node.path("title").asText()).isEqualTo("Talks in Geneva");
        JsonNode event = node.path("events").get(0);
        assertThat(event.path("articles")).hasSize(1);
        assertThat(event.path("article_count").asInt()).isEqualTo(30);
        JsonNode entry = node.path("timeline").get(0);
        assertThat(entry.path("text").asText()).hasSizeLessThanOrEqualTo(101).endsWith("…");
        assertThat(entry.path("sources")).hasSize(1);
        assertThat(entry.path("source_count").asInt()).isEqualTo(2);
        assertThat(entry.path("sources").get(0).path("sentence").asText()).hasSizeLessThanOrEqualTo(51);
        assertThat(node.path("quotes").get(0).path("report_count").asInt()).isEqualTo(2);
        assertThat(node.path("entities").get(0).path("variants")).hasSize(1);
        assertThat(node.path("entities").get(0).path("variant_count").asInt()).isEqualTo(3);
    }

    @Test
    void anEmptyStoryHasEmptyListsAndNullDates() {
        StoryView empty = new StoryView("s0", "", List.of(), Map.of(), Map.of(), null, null);
        StoryDetails none = new StoryDetails(List.of(), List.of(), List.of(), Coverage.of(List.of()));
        JsonNode node = ViewJson.story(empty, none, ViewJson.Limits.NONE);
        assertThat(node.path("first_published").isNull()).isTrue();
        assertThat(node.path("events")).isEmpty();
        assertThat(node.path("timeline")).isEmpty();
        assertThat(node.path("coverage").path("articles").asInt()).isZero();
    }

    @Test
    void clipFlattensWhitespaceAndCutsAtASpace() {
        assertThat(ViewJson.clip(null, 10)).isEmpty();
        assertThat(ViewJson.clip("a  b\n", 10)).isEqualTo("a b");
        assertThat(ViewJson.clip("alpha beta gamma", 12)).isEqualTo("alpha beta…");
    }

    @Test
    void clipAnswersAsFlatteningTheWholeTextFirstWould() {
        java.util.Random random = new java.util.Random(20261202);
        char[] alphabet = {'a', 'b', 'Z', ' ', ' ', '\t', '\n', '\r', '\f', 0x0B, '\u2003', '\u00a0', '\u3000', '.', '\ud83d', '\ude00'};
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            int max = 1 + random.nextInt(30);
            assertThat(ViewJson.clip(text.toString(), max)).as("clip(%s, %d)", text.toString().replace("\n", "\\n"), max)
                    .isEqualTo(flattenedThenClipped(text.toString(), max));
        }
    }

    /** The definition {@link ViewJson#clip} keeps: flatten every whitespace run, strip, then cut. */
    private static String flattenedThenClipped(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        if (cut < max / 2) {
            cut = max;
        }
        if (Character.isLowSurrogate(flat.charAt(cut)) && cut > 0) {
            cut--;
        }
        return flat.substring(0, cut) + "…";
    }
}
