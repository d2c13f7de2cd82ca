package io.newsweave.quote;

import io.newsweave.entity.GivenNameGenders;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers named by reference: role words and age descriptions that point back to a person,
 * implied subjects that continue a sentence's subject, pronouns that agree in gender, unnamed
 * speakers introduced by an indefinite description, and complements that never speak. Texts
 * written for this test (fictional people).
 */
class ReferenceSpeakerTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<Quote> quotes(String text, String language) {
        List<Quote> quotes = finder.find(new Articles().of("t", text, language, LocalDate.of(2026, 3, 10)));
        assertThat(quotes).isNotEmpty();
        return quotes;
    }

    private Quote last(String text, String language) {
        List<Quote> q = quotes(text, language);
        return q.get(q.size() - 1);
    }

    @Test
    void anotherWordForTheRoleFindsItsHolder() {
        String text = "Le chef de l'État, Martin Delorme, s'est exprimé jeudi soir.\n\n"
                + "\u00ab Nous tiendrons parole \u00bb, a affirmé le président.";
        assertThat(last(text, "fr").speakerName()).isEqualTo("Martin Delorme");
    }

    @Test
    void aDefiniteMentionOfTheRoleIsPassedOverForTheOneThatNamedIt() {
        String text = "Le ministre a rencontré le maire de la commune, Luc Garnier, et la syndicaliste Anne Morel.\n\n"
                + "Anne Morel est partie avant la fin. Le maire, lui, est resté.\n\n"
                + "\u00ab Je demanderai un rendez-vous \u00bb, a pour sa part annoncé l'édile.";
        Quote q = last(text, "fr");
        assertThat(q.speakerName()).isEqualTo("Luc Garnier");
        assertThat(q.cue()).isEqualTo("annoncé");
    }

    @Test
    void anAgeDescriptionIsThePersonJustNamed() {
        String de = "Monika Kolb hat den Stadtlauf in Bremen gewonnen.\n\n"
                + "\u201eIch bin überglücklich\u201c, sagte die 31-Jährige.";
        assertThat(last(de, "de").speakerName()).isEqualTo("Monika Kolb");
        String en = "Tomas Berg won the regional chess title on Sunday.\n\n"
                + "\"I played the best game of my life,\" the 19-year-old said.";
        assertThat(last(en, "en").speakerName()).isEqualTo("Tomas Berg");
    }

    @Test
    void anAgeDescriptionWithTwoPeopleNamedTakesTheOneWhoseAgeWasGiven() {
        String text = "Rescuers found Anna Holt, 34, and her guide Peter Lunde after two nights on the ridge.\n\n"
                + "\"I never stopped believing,\" the 34-year-old said.";
        assertThat(last(text, "en").speakerName()).isEqualTo("Anna Holt");
    }

    @Test
    void anAgeDescriptionWithTwoPeopleAndNoAgeGivenStaysADescription() {
        String text = "Rescuers found Anna Holt and her guide Peter Lunde after two nights on the ridge.\n\n"
                + "\"I never stopped believing,\" the 34-year-old said.";
        Quote q = last(text, "en");
        assertThat(q.speakerEntity()).isNull();
        assertThat(q.speakerName()).isEqualTo("the 34-year-old");
    }

    @Test
    void anImpliedSubjectContinuesTheSentencesSubjectNotItsLastName() {
        String text = "La alcaldesa de Robledo, Marta Ibarra, se reunió el lunes con el empresario Julián Sanz y "
                + "con el concejal de Urbanismo, Pablo Arce.\n\n"
                + "\u00abHemos pedido un plan antes del viernes\u00bb, explicó tras la reunión.";
        assertThat(last(text, "es").speakerName()).isEqualTo("Marta Ibarra");
    }

    @Test
    void anImpliedSubjectAfterAPrepositionIsNotClear() {
        String text = "Con el ministro Julián Sanz, la delegación visitó el puerto el lunes junto a Marta Ibarra.\n\n"
                + "\u00abHemos pedido un plan\u00bb, explicó.";
        Quote q = last(text, "es");
        assertThat(q.speakerName()).isNull();
    }

    @Test
    void aComplementNeverSpeaks() {
        String text = "La consejera de Sanidad Pública, Elena Roca, aseguró que la situación está \"bajo control\".";
        Quote q = last(text, "es");
        assertThat(q.speakerName()).isEqualTo("Elena Roca");
    }

    @Test
    void aRoleIntroducedWithAComplementKeepsItsHolderApartFromTheComplement() {
        String text = "Un alto funcionario del Ministerio de Asuntos Exteriores confirmó el martes la reunión.\n\n"
                + "\"No hay nada decidido\", dijo el funcionario.";
        Quote q = last(text, "es");
        assertThat(q.speakerEntity()).isNull();
        assertThat(q.speakerName()).isEqualTo("Un alto funcionario del Ministerio de Asuntos Exteriores");
    }

    @Test
    void aPronounWithNoPersonBeforeItContinuesTheDescriptionThatIntroducedTheSpeaker() {
        String text = "Ein ranghoher Beamter des Innenministeriums, der nicht genannt werden wollte, hat die Gespräche bestätigt.\n\n"
                + "\u201eWir sind vorsichtig optimistisch\u201c, sagte er.";
        assertThat(last(text, "de").speakerName()).isEqualTo("Ein ranghoher Beamter des Innenministeriums");
    }

    @Test
    void aPronounOfTheOtherGenderThanTheDescriptionsArticleGetsNoDescription() {
        String text = "Une haute responsable du ministère a confirmé les contacts.\n\n"
                + "\u00ab Rien n'est décidé \u00bb, a-t-il expliqué.";
        assertThat(last(text, "fr").speakerName()).isNull();
    }

    @Test
    void aGermanSeparableParticleEndsTheSpeakerPhrase() {
        String text = "Ein Sprecher der Stadtwerke hat die Störung am Morgen bestätigt.\n\n"
                + "\u201eDie Leitungen werden geprüft\u201c, fügte der Sprecher hinzu.";
        assertThat(last(text, "de").speakerName()).isEqualTo("Ein Sprecher der Stadtwerke");
    }

    @Test
    void aNameSetOffBeforeTheColonIsTheSpeakerWhateverVerbCameBefore() {
        String text = "Le préfet Paul Vidal a défendu le projet. \u00ab Ce pont sauvera des vies \u00bb, a-t-il affirmé, "
                + "provoquant la colère de la porte-parole des riverains, Claire Fontaine : \u00ab Il n'est jamais venu ici. \u00bb";
        assertThat(last(text, "fr").speakerName()).isEqualTo("Claire Fontaine");
    }

    @Test
    void sheIsNotTheManNamedLast() {
        String text = "Union leader Helen Marsh met Transport Secretary Robert Kane on Monday.\n\n"
                + "Kane's deputy, George Elwood, later told the drivers that an offer would follow. "
                + "\"We have heard that promise before,\" she said.";
        assertThat(GivenNameGenders.of("Helen")).isEqualTo(GivenNameGenders.Gender.FEMALE);
        assertThat(GivenNameGenders.of("George")).isEqualTo(GivenNameGenders.Gender.MALE);
        assertThat(last(text, "en").speakerName()).isEqualTo("Helen Marsh");
    }

    @Test
    void aFeminineRoleNounTellsTheGenderWhenTheNameDoesNot() {
        String text = "La déléguée syndicale Maëlys Tardieu a rencontré mardi le directeur du site, Aurélien Morin.\n\n"
                + "\u00ab On nous a parlé de chiffres, jamais des gens \u00bb, a-t-elle dénoncé.";
        assertThat(GivenNameGenders.of("Maëlys")).isNull();
        assertThat(last(text, "fr").speakerName()).isEqualTo("Maëlys Tardieu");
    }

    @Test
    void twoWomenNamedLeaveSheUnnamed() {
        String text = "Mayor Helen Marsh met the council leader, Mrs Ruth Kane, on Monday.\n\n"
                + "\"We will not sign anything yet,\" she said.";
        assertThat(last(text, "en").speakerName()).isNull();
    }

    @Test
    void aPronounDoesNotReachFarBackPastTheOtherGender() {
        StringBuilder text = new StringBuilder("Helen Marsh opened the session on Monday.\n\n");
        for (int i = 0; i < 12; i++) {
            text.append("The chamber then debated the budget line by line for another hour without a vote.\n\n");
        }
        text.append("Robert Kane spoke last. \"We will vote next week,\" she said.");
        assertThat(last(text.toString(), "en").speakerName()).isNull();
    }

    @Test
    void namesOfBothGendersAndUnknownNamesTellNothing() {
        assertThat(GivenNameGenders.of("Andrea")).isNull();
        assertThat(GivenNameGenders.of("Zqxwv")).isNull();
        assertThat(GivenNameGenders.of("")).isNull();
        assertThat(Genders.ofPronoun("a-t-elle", "a-t-elle")).isEqualTo(GivenNameGenders.Gender.FEMALE);
        assertThat(Genders.ofPronoun("sie", "sagten")).isNull();
        assertThat(Genders.ofPronoun("they", "said")).isNull();
    }
}
