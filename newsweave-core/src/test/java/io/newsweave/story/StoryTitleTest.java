package io.newsweave.story;

import io.newsweave.model.Article;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoryTitleTest {

    private static Article article(String id, String title, String text, String language, LocalDate date) {
        return new Article(id, new Origin("t.jsonl", 1), null, "outlet.example", title, text, language, 0.9,
                date == null ? Published.UNKNOWN : new Published(date, Provenance.METADATA, 1), List.of(), List.of());
    }

    private static final LocalDate D7 = LocalDate.of(2026, 3, 7);

    /** A {@link StoryTitle} with the story's counts beside it, as {@link StoryCatalog} keeps them. */
    private static final class Story {
        final StoryTitle title = new StoryTitle();
        final Map<String, Integer> languages = new HashMap<>();
        final Map<String, Integer> events = new HashMap<>();

        void add(Article a, String event) {
            title.add(a, event);
            languages.merge(a.language(), 1, Integer::sum);
            events.merge(event, 1, Integer::sum);
        }

        String title() {
            return title.title(languages, e -> events.getOrDefault(e, 0));
        }
    }

    @Test
    void theFirstReportsHeadlineInTheMainLanguageAndLargestEventWins() {
        Story t = new Story();
        t.add(article("a1", "Le pont du port fermé", "Le pont a fermé mardi.", "fr", D7), "e1");
        t.add(article("a2", "Harbour bridge to close for repairs", "The bridge will close on Tuesday.", "en", D7.plusDays(1)), "e1");
        t.add(article("a3", "Bridge closes as cracks spread", "The bridge closed on Tuesday.", "en", D7), "e1");
        t.add(article("a4", "Ferry fares waived", "Ferries run every twenty minutes.", "en", D7.minusDays(3)), "e2");
        // English is the main language; e1 (3 articles) is the largest event; a3 is its first English report
        assertThat(t.title()).isEqualTo("Bridge closes as cracks spread");
    }

    @Test
    void aReaderOfAnotherLanguageGetsThatLanguagesOwnHeadline() {
        Story t = new Story();
        t.add(article("a1", "Le pont du port fermé", "Le pont a fermé mardi.", "fr", D7), "e1");
        t.add(article("a2", "Harbour bridge to close for repairs", "The bridge will close on Tuesday.", "en", D7.plusDays(1)), "e1");
        t.add(article("a3", "Bridge closes as cracks spread", "The bridge closed on Tuesday.", "en", D7), "e1");
        t.add(article("a4", "Die Brücke schließt am Dienstag.", "Die Brücke schließt am Dienstag. Fähren fahren.", "de", D7), "e1");
        String chosen = t.title();
        Map<String, String> headlines = t.title.headlines(chosen, e -> t.events.getOrDefault(e, 0));
        // German's only title is its lead sentence, not a headline; English's headline is the title itself
        assertThat(headlines).containsExactly(Map.entry("fr", "Le pont du port fermé"));
        StoryView view = new StoryView("s1", chosen, List.of("a1", "a2", "a3", "a4"), t.languages, Map.of(), D7, D7.plusDays(1),
                List.of(), List.of(), headlines);
        assertThat(view.title("fr")).isEqualTo("Le pont du port fermé");
        assertThat(view.title("de")).isEqualTo(chosen);
        assertThat(view.title(null)).isEqualTo(chosen);
        assertThat(view.inLanguage("fr").title()).isEqualTo("Le pont du port fermé");
        assertThat(view.inLanguage("en")).isSameAs(view);
    }

    @Test
    void betweenTwoLanguagesOfAsManyArticlesTheEarlierReportWins() {
        Story t = new Story();
        t.add(article("a1", "La tormenta inunda el puerto", "El agua subió.", "es", D7.plusDays(1)), "e1");
        t.add(article("a2", "Tempestade inunda o porto", "A água subiu.", "pt", D7), "e1");
        assertThat(t.title()).isEqualTo("Tempestade inunda o porto");
    }

    @Test
    void aTitleCutFromTheLeadIsNoHeadline() {
        Story t = new Story();
        t.add(article("a1", "The bridge will close on Tuesday.", "The bridge will close on Tuesday. Work takes a year.", "en", D7), "e1");
        t.add(article("a2", "The council approved the plan for the harbour bridge…",
                "The council approved the plan for the harbour bridge repairs on Monday.", "en", D7), "e1");
        t.add(article("a3", "Le pont du port fermé", "Le pont a fermé mardi.", "fr", D7.plusDays(2)), "e1");
        // no English headline: the French one, never an English lead sentence
        assertThat(t.title()).isEqualTo("Le pont du port fermé");
        assertThat(StoryTitle.isHeadline("The bridge will close on Tuesday.", "The bridge will close on Tuesday. More.")).isFalse();
        assertThat(StoryTitle.isHeadline("Bridge to close", "The bridge will close on Tuesday.")).isTrue();
        assertThat(StoryTitle.isHeadline("Bridge to close", "Bridge to close The bridge will close on Tuesday.")).as("repeated").isTrue();
        assertThat(StoryTitle.isHeadline("The bridge closes (AFP).", "The bridge closes (AFP). More.")).isFalse();
    }

    @Test
    void withoutAnyHeadlineTheFirstTitleStaysAndEmptyGivesNothing() {
        assertThat(new Story().title()).isEmpty();
        Story t = new Story();
        t.add(article("a1", "", "Text only.", "en", null), "e1");
        t.add(article("a2", "The bridge will close.", "The bridge will close. Soon.", "en", null), "e1");
        assertThat(t.title()).isEqualTo("The bridge will close.");
        assertThat(StoryTitle.isHeadline("", "anything")).isFalse();
    }
}
