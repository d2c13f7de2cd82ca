package io.newsweave.quote;

import io.newsweave.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden examples of the quote stage, written for this test. */
class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();
    private final Articles articles = new Articles();

    private List<Quote> find(String text, String language) {
        return finder.find(articles.of("t", text, language, LocalDate.of(2021, 12, 7)));
    }

    private static Quote only(List<Quote> quotes) {
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }

    @Test
    void englishQuoteWithTitledSpeakerAfterIt() {
        String text = "Moscow rejected the claims. \"Russia never intended to attack anyone, but we have red lines,\" "
                + "Kremlin spokesman Dmitry Peskov said on Monday.";
        Quote q = only(find(text, "en"));
        assertThat(q.text()).isEqualTo("Russia never intended to attack anyone, but we have red lines,");
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.speakerName()).isEqualTo("Dmitry Peskov");
        assertThat(q.speakerEntity()).isNotNull();
        assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Dmitry Peskov");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.date()).isEqualTo(LocalDate.of(2021, 12, 7));
    }

    @Test
    void aSpeakerNamedByADescriptionIsShownByTheNameTheArticleGaveEarlier() {
        String text = "Ukrainian President Volodymyr Zelensky met the envoy in Kyiv on Tuesday. "
                + "\u201cWe are grateful for the support,\u201d the Ukrainian president said.";
        Quote q = only(find(text, "en"));
        assertThat(q.speakerEntity()).isNotNull();
        assertThat(q.speakerName()).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void clausesThatOpenWithAPrepositionOrVerbAreNotSpeakers() {
        assertThat(Speakers.speakerLike("to take action")).isFalse();
        assertThat(Speakers.speakerLike("in the event of an attack")).isFalse();
        assertThat(Speakers.speakerLike("a White House spokeswoman")).isTrue();
        assertThat(Speakers.speakerLike("le porte-parole du gouvernement")).isTrue();
        assertThat(Speakers.speakerLike("l'ambassadeur")).isTrue();
        assertThat(Speakers.speakerLike("Officials")).isTrue();
    }

    @Test
    void shortNameAndPronounResolveToTheFullName() {
        String text = "Angela Merkel met the mayor on Tuesday. \u201cWe will not give up on this city,\u201d Merkel said. "
                + "\u201cIt deserves better,\u201d she added.";
        List<Quote> quotes = find(text, "en");
        assertThat(quotes).hasSize(2);
        assertThat(quotes).extracting(Quote::speakerName).containsOnly("Angela Merkel");
        assertThat(quotes.get(0).speakerEntity()).isEqualTo(quotes.get(1).speakerEntity());
        assertThat(text.substring(quotes.get(1).speakerStart(), quotes.get(1).speakerEnd())).isEqualTo("she");
    }

    @Test
    void frenchGuillemetsWithInvertedPronoun() {
        String text = "Emmanuel Macron a reçu les syndicats. \u00ab\u00a0Nous ne reculerons pas sur la réforme\u00a0\u00bb, "
                + "a-t-il déclaré devant la presse.";
        Quote q = only(find(text, "fr"));
        assertThat(q.text()).isEqualTo("Nous ne reculerons pas sur la réforme");
        assertThat(q.speakerName()).isEqualTo("Emmanuel Macron");
        assertThat(q.cue()).isEqualTo("déclaré");
    }

    @Test
    void germanLowAndHighQuotesWithSoCue() {
        String text = "Olaf Scholz sprach in Berlin. \u201eDie Lage ist ernst, aber beherrschbar\u201c, so Scholz.";
        Quote q = only(find(text, "de"));
        assertThat(q.text()).isEqualTo("Die Lage ist ernst, aber beherrschbar");
        assertThat(q.speakerName()).isEqualTo("Olaf Scholz");
    }

    @Test
    void germanPronounAfterVerb() {
        String text = "Friedrich Merz kritisierte die Regierung. \u201eDas ist ein schwerer Fehler\u201c, sagte er am Abend.";
        Quote q = only(find(text, "de"));
        assertThat(q.speakerName()).isEqualTo("Friedrich Merz");
    }

    @Test
    void spanishImpliedSubjectTakesTheLastPerson() {
        String text = "Pedro Sánchez visitó la fábrica. \u201cEste acuerdo es histórico para el país\u201d, aseguró.";
        Quote q = only(find(text, "es"));
        assertThat(q.speakerName()).isEqualTo("Pedro Sánchez");
        assertThat(q.speakerStart()).isEqualTo(-1);
        assertThat(q.cue()).isEqualTo("aseguró");
    }

    @Test
    void spanishDialogueDashes() {
        String text = "Juan Pérez llegó tarde.\n\n\u2014No lo sé \u2014dijo Juan Pérez\u2014. Pero lo averiguaré pronto.";
        List<Quote> quotes = find(text, "es");
        assertThat(quotes).extracting(Quote::text).containsExactly("No lo sé", "Pero lo averiguaré pronto.");
        assertThat(quotes).extracting(Quote::speakerName).containsOnly("Juan Pérez");
    }

    @Test
    void russianGuillemetsWithDashAttribution() {
        String text = "Дмитрий Песков ответил журналистам. «Россия никогда не собиралась ни на кого нападать», — заявил Песков.";
        Quote q = only(find(text, "ru"));
        assertThat(q.text()).isEqualTo("Россия никогда не собиралась ни на кого нападать");
        assertThat(q.cue()).isEqualTo("заявил");
        assertThat(q.speakerName()).isNotNull();
    }

    @Test
    void speakerWithColonBeforeTheQuote() {
        String text = "Le président a été clair.\n\nEmmanuel Macron : \u00ab L'Europe doit se défendre seule. \u00bb";
        Quote q = only(find(text, "fr"));
        assertThat(q.text()).isEqualTo("L'Europe doit se défendre seule.");
        assertThat(q.speakerName()).isEqualTo("Emmanuel Macron");
        assertThat(q.cue()).isEqualTo(":");
    }

    @Test
    void accordingToMarkerAfterTheQuote() {
        String text = "\u201cThe talks were frank and useful,\u201d according to Jake Sullivan.";
        assertThat(only(find(text, "en")).speakerName()).isEqualTo("Jake Sullivan");
    }

    @Test
    void selonMarkerBeforeTheQuote() {
        String text = "Selon Jean Castex, \u00ab la situation sanitaire reste fragile \u00bb.";
        assertThat(only(find(text, "fr")).speakerName()).isEqualTo("Jean Castex");
    }

    @Test
    void partialQuoteInsideAReportedSentence() {
        String text = "Vladimir Putin warned that new sanctions would be a \u201ccolossal mistake\u201d.";
        Quote q = only(find(text, "en"));
        assertThat(q.text()).isEqualTo("colossal mistake");
        assertThat(q.speakerName()).isEqualTo("Vladimir Putin");
        assertThat(q.cue()).isEqualTo("warned");
    }

    @Test
    void organizationSpeaker() {
        String text = "Sanctions would be a \u201ccolossal mistake\u201d, said the Kremlin.";
        Quote q = only(find(text, "en"));
        assertThat(q.speakerName()).isEqualTo("Kremlin");
    }

    @Test
    void roleWithoutNameStaysAPhrase() {
        String text = "\u201cWe are watching closely,\u201d a White House spokeswoman said.";
        Quote q = only(find(text, "en"));
        assertThat(q.speakerName()).isEqualTo("a White House spokeswoman");
        assertThat(q.speakerEntity()).isNull();
    }

    @Test
    void appositiveKeepsTheNameBeforeTheRole() {
        String text = "\u201cHe is absolutely right about that,\u201d Michael Flynn, a top Trump surrogate, said Thursday.";
        assertThat(only(find(text, "en")).speakerName()).isEqualTo("Michael Flynn");
    }

    @Test
    void unattributedScareQuotesAreDropped() {
        String text = "The so-called \u201csecurity guarantees\u201d were discussed in the \u201cnormandy format\u201d talks.";
        assertThat(find(text, "en")).isEmpty();
    }

    @Test
    void apostrophesAreNotQuotes() {
        String text = "It's the workers' union that won't sign, and Putin's aides don't care about the '90s.";
        assertThat(find(text, "en")).isEmpty();
    }

    @Test
    void singleQuotesInAHeadlineAreQuotes() {
        String text = "Biden warns Putin of 'severe consequences' over Ukraine, White House says";
        Quote q = only(find(text, "en"));
        assertThat(q.text()).isEqualTo("severe consequences");
    }

    @Test
    void nestedQuotesGiveOnlyTheOuterQuote() {
        String text = "\u201cHe told me \u2018we will never accept this\u2019 and left the room,\u201d Boris Johnson said.";
        Quote q = only(find(text, "en"));
        assertThat(q.text()).startsWith("He told me").endsWith("left the room,");
        assertThat(q.speakerName()).isEqualTo("Boris Johnson");
    }

    @Test
    void quoteRunningOverParagraphsIsOneQuote() {
        String text = "Joe Biden said: \u201cWe stand with Ukraine.\n\n\u201cAnd we will keep standing with it.\u201d\n\nThe end.";
        Quote q = only(find(text, "en"));
        assertThat(q.text()).isEqualTo("We stand with Ukraine. And we will keep standing with it.");
        assertThat(q.speakerName()).isEqualTo("Joe Biden");
        assertThat(q.end()).isEqualTo(text.indexOf("it.\u201d") + 3);
    }

    @Test
    void followingQuoteOfTheParagraphInheritsTheSpeaker() {
        String text = "\u201cWe are ready to talk,\u201d Antony Blinken said. \u201cBut we are ready for the alternative too.\u201d";
        List<Quote> quotes = find(text, "en");
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1).speakerName()).isEqualTo("Antony Blinken");
        assertThat(quotes.get(1).speakerStart()).isEqualTo(-1);
    }

    @Test
    void italianAndPortugueseAndDutchVerbs() {
        assertThat(only(find("Mario Draghi era a Roma. \u00abLa ripresa è solida\u00bb, ha detto Draghi.", "it")).speakerName())
                .isEqualTo("Mario Draghi");
        assertThat(only(find("\u201cO acordo é bom para todos\u201d, afirmou Luiz Inácio Lula da Silva.", "pt")).speakerName())
                .contains("Lula");
        assertThat(only(find("\u201eDit is een goede dag voor Nederland\u201d, aldus Mark Rutte.", "nl")).speakerName())
                .isEqualTo("Mark Rutte");
    }

    @Test
    void unclosedQuoteIsDroppedAndTheNextParagraphStillWorks() {
        String text = "\u201cThis never closes and goes on\n\nAnother paragraph. \u201cThis one is closed properly,\u201d Jens Stoltenberg said.";
        Quote q = only(find(text, "en"));
        assertThat(q.text()).isEqualTo("This one is closed properly,");
    }

    @Test
    void emptyAndQuotelessTextsGiveNoQuotes() {
        assertThat(finder.find(Articles.bare("", "en"))).isEmpty();
        assertThat(finder.find(Articles.bare("No quote at all here.", "en"))).isEmpty();
        assertThat(finder.find(Articles.bare("\u201c\u201d \"\" \u00ab \u00bb", "fr"))).isEmpty();
    }

    @Test
    void offsetsAlwaysPointIntoTheText() {
        Article a = articles.of("o", "A \u201cone two three four\u201d, said Ann Lee. \u00ab\u00a0cinq six sept huit\u00a0\u00bb", "en", null);
        for (Quote q : finder.find(a)) {
            assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    @Test
    void frenchDialogueWithInvertedVerbAfterAComma() {
        String text = "Les vignerons attendent.\n\n\u2014 On n'a jamais vu ça, soupire Jean-Pierre Moulin, viticulteur à Beaune.";
        Quote q = only(find(text, "fr"));
        assertThat(q.text()).isEqualTo("On n'a jamais vu ça");
        assertThat(q.speakerName()).isEqualTo("Jean-Pierre Moulin");
    }

    @Test
    void dialogueDashesAreNotReadInEnglish() {
        assertThat(find("The list:\n\n\u2014 Reuters contributed reporting from London and Paris.", "en")).isEmpty();
    }

    @Test
    void polishLowHighQuotes() {
        String text = "Donald Tusk spotkał się z rolnikami. \u201eNie zostawimy was samych\u201d \u2013 powiedział Tusk.";
        Quote q = only(find(text, "pl"));
        assertThat(q.text()).isEqualTo("Nie zostawimy was samych");
        assertThat(q.speakerName()).isEqualTo("Donald Tusk");
    }

    @Test
    void configurationCanKeepEveryQuote() {
        String text = "The so-called \u201csecurity guarantees\u201d were discussed.";
        assertThat(new QuoteFinder(new QuoteFinder.Config(0)).find(articles.of("c", text, "en", null)))
                .extracting(Quote::text).containsExactly("security guarantees");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QuoteFinder.Config(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aColonAttributionRightAfterAnotherQuoteStartsAtTheName() {
        // after the first quote's close the window reads ", Иванов:", a phrase that opened on a comma
        String text = "\u00abЭто первое заявление\u00bb, Иванов: \u00abМы не отступим от своих требований ни на шаг\u00bb.";
        List<Quote> quotes = find(text, "ru");
        assertThat(quotes).extracting(Quote::text).contains("Мы не отступим от своих требований ни на шаг");
        Quote q = quotes.stream().filter(x -> x.text().startsWith("Мы")).findFirst().orElseThrow();
        assertThat(q.speakerName()).isEqualTo("Иванов");
        assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Иванов");
    }
}
