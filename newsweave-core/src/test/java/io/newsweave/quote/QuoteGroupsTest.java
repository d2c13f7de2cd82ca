package io.newsweave.quote;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Grouping the reports of one quote, golden examples written for this test. */
class QuoteGroupsTest {

    private static final LocalDate DAY = LocalDate.of(2021, 12, 7);

    private static Quote q(String article, String text, String entity, String language, LocalDate date) {
        return new Quote(article, 0, text.length(), text, entity == null ? null : "Name", entity, -1, -1, "said", language, date);
    }

    private final QuoteGroups groups = new QuoteGroups();

    @Test
    void sameQuoteInTwoArticlesIsOneGroupWithBothSources() {
        Quote a = q("a1", "Russia never intended to attack anyone, but we have red lines,", "PER-dmitry-peskov", "en", DAY);
        Quote b = q("a2", "Russia never intended to attack anyone but we have red lines", null, "en", DAY.plusDays(1));
        List<QuoteGroup> out = groups.group(List.of(a, b));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).articles()).containsExactly("a1", "a2");
        assertThat(out.get(0).representative()).isEqualTo(a);
    }

    @Test
    void partialQuoteJoinsTheFullerOne() {
        Quote full = q("a1", "further sanctions would be a colossal mistake", "PER-vladimir-putin", "en", DAY);
        Quote part = q("a2", "colossal mistake", null, "en", DAY);
        assertThat(groups.group(List.of(full, part))).hasSize(1);
    }

    @Test
    void differentQuotesStayApart() {
        Quote a = q("a1", "We will respond decisively if Russia invades", "PER-joe-biden", "en", DAY);
        Quote b = q("a2", "We are ready for diplomacy and dialogue with Moscow", "PER-joe-biden", "en", DAY);
        Quote c = q("a3", "mistake", null, "en", DAY);
        Quote d = q("a4", "colossal mistake", null, "en", DAY);
        assertThat(groups.group(List.of(a, b, c, d))).hasSize(4);
    }

    @Test
    void crossLanguageNeedsSameSpeakerCloseDatesAndSharedAnchors() {
        Quote en = q("a1", "We will send 3000 troops to Poland and Romania", "PER-joe-biden", "en", DAY);
        Quote fr = q("a2", "Nous enverrons 3000 soldats en Pologne et en Roumanie", "PER-joe-biden", "fr", DAY.plusDays(1));
        Quote otherSpeaker = q("a3", "Wir schicken 3000 Soldaten nach Polen und Rumänien", "PER-emmanuel-macron", "de", DAY);
        Quote late = q("a4", "Enviaremos 3000 soldados a Polonia y Rumanía", "PER-joe-biden", "es", DAY.plusDays(30));
        List<QuoteGroup> out = groups.group(List.of(en, fr, otherSpeaker, late));
        assertThat(out).hasSize(3);
        assertThat(out.get(0).quotes()).containsExactly(en, fr);
        assertThat(out.get(0).languages()).containsExactly("en", "fr");
    }

    @Test
    void acrossLanguagesTheOnlyQuoteOfASpeakerInEachArticleGoesTogether() {
        Quote en = q("a1", "We have never seen the water rise this fast", "PER-helena-duarte", "en", DAY);
        Quote pt = q("a2", "Nunca vimos a água subir tão depressa", "PER-helena-duarte", "pt", DAY);
        Quote es = q("a3", "Nunca habíamos visto subir el agua tan rápido", "PER-helena-duarte", "es", DAY.plusDays(1));
        assertThat(groups.group(List.of(en, pt, es))).hasSize(1);
        // a second quote of the same speaker in one article: nothing says which one the translation is
        Quote en2 = q("a1", "The river is still rising in the old town", "PER-helena-duarte", "en", DAY);
        List<QuoteGroup> out = groups.group(List.of(en, en2, pt));
        assertThat(out).hasSize(3);
    }

    @Test
    void emptyInputGivesNoGroups() {
        assertThat(groups.group(List.of())).isEmpty();
    }

    @Test
    void theSameStatementInEnglishAndFrenchArticlesGroupsThroughTheSpeakerEntity() {
        Articles articles = new Articles();
        QuoteFinder finder = new QuoteFinder();
        List<Quote> quotes = new java.util.ArrayList<>();
        quotes.addAll(finder.find(articles.of("en", "Vladimir Putin spoke in Moscow. \u201cWe will withdraw 10,000 troops "
                + "from the border by Friday,\u201d Putin said.", "en", DAY)));
        quotes.addAll(finder.find(articles.of("fr", "Vladimir Poutine s'est exprimé à Moscou. \u00ab\u00a0Nous retirerons "
                + "10 000 soldats de la frontière d'ici vendredi\u00a0\u00bb, a déclaré Vladimir Poutine.", "fr", DAY)));
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).speakerEntity()).isNotNull().isEqualTo(quotes.get(1).speakerEntity());
        List<QuoteGroup> out = groups.group(quotes);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).languages()).containsExactly("en", "fr");
    }
}
