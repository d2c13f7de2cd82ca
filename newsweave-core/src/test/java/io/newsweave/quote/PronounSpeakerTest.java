package io.newsweave.quote;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision first for "he said": a pronoun never goes to the last named person when an unnamed
 * speaker ("a senior official told reporters") stands between them. Texts written for this test.
 */
class PronounSpeakerTest {

    private final QuoteFinder finder = new QuoteFinder();
    private final Articles articles = new Articles();

    private Quote last(String text, String language) {
        List<Quote> quotes = finder.find(articles.of("t", text, language, LocalDate.of(2026, 3, 10)));
        assertThat(quotes).isNotEmpty();
        return quotes.get(quotes.size() - 1);
    }

    @Test
    void anUnnamedOfficialBetweenTheNameAndThePronounIsTheSpeaker() {
        String text = "Harbour talks with Helena Duarte resumed in Lisbon on Monday.\n\n"
                + "A senior port official told reporters that the talks were stalled.\n\n"
                + "\u201cIf Duarte walks away, we will need more time and more money,\u201d he said.";
        Quote q = last(text, "en");
        assertThat(q.speakerEntity()).isNull();
        assertThat(q.speakerName()).isEqualTo("A senior port official");
    }

    @Test
    void theOfficialStaysTheSpeakerAfterSentencesWithoutAReportingSubject() {
        String text = "Marek Kowalczyk arrived in Gdansk on Tuesday.\n\n"
                + "\u201cThe shipyard will not close,\u201d the official explained.\n\n"
                + "Workers gathered outside the gates for a second day.\n\n"
                + "\u201cWe have a plan for every yard,\u201d he said.";
        Quote q = last(text, "en");
        assertThat(q.speakerName()).isEqualTo("the official");
        assertThat(q.speakerEntity()).isNull();
    }

    @Test
    void aNamedSpeakerStillGetsThePronounThatFollowsHim() {
        String text = "Marek Kowalczyk told reporters in Gdansk on Tuesday that the yard would stay open.\n\n"
                + "\u201cWe have a plan for every yard,\u201d he said.";
        Quote q = last(text, "en");
        assertThat(q.speakerName()).isEqualTo("Marek Kowalczyk");
        assertThat(q.speakerEntity()).isNotNull();
    }

    @Test
    void anUnnamedSubjectThatIsNoRoleLeavesThePronounUnnamed() {
        String text = "Chiara Bellini opened the fair in Turin on Monday.\n\n"
                + "A group of exhibitors said that prices had doubled.\n\n"
                + "\u201cWe cannot pay these rents,\u201d he said.";
        Quote q = last(text, "en");
        assertThat(q.speakerEntity()).isNull();
        assertThat(q.speakerName()).isNotEqualTo("Chiara Bellini");
    }

    @Test
    void aFrenchSpokesmanIsNotReplacedByThePersonNamedBefore() {
        String text = "Helena Duarte est arrivée à Lisbonne lundi.\n\n"
                + "Un porte-parole du port a déclaré que les négociations reprendraient.\n\n"
                + "\u00ab Nous attendons une réponse cette semaine \u00bb, a-t-il ajouté.";
        Quote q = last(text, "fr");
        assertThat(q.speakerEntity()).isNull();
        assertThat(q.speakerName()).isNotEqualTo("Helena Duarte");
    }
}
