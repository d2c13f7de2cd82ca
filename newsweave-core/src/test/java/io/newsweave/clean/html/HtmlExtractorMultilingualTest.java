package io.newsweave.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HtmlExtractorMultilingualTest {

    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

    @Nested
    class German {
        private final ExtractedPage page = EXTRACTOR.extract(Fixtures.page("de-news.html"), null);
        private final String text = Fixtures.text(page);

        @Test
        void everyNewsParagraphAndSubheadingIsKept() {
            assertThat(page.paragraphs()).containsExactly(
                    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit ein neues Netz von Radwegen beschlossen,"
                            + " das bis zum Jahr 2030 alle Stadtteile verbinden soll.",
                    "Die Kosten von rund zwölf Millionen Euro sollen zu einem großen Teil aus Fördermitteln des"
                            + " Landes gedeckt werden, teilte die Verwaltung mit.",
                    "Kritik kam von den Anwohnern der Hauptstraße, die den Wegfall von mehr als hundert Parkplätzen"
                            + " befürchten und eine Bürgerversammlung fordern.",
                    "Wie geht es weiter?",
                    "Der erste Abschnitt zwischen Bahnhof und Universität soll bereits im kommenden Sommer gebaut"
                            + " werden, wie der Baudezernent ankündigte.");
        }

        @Test
        void teilenLesenSieAuchAboKommentareAndCookieLayerAreDropped() {
            assertThat(text).doesNotContain("teilen").doesNotContain("Lesen Sie auch").doesNotContain("abonnieren")
                    .doesNotContain("Endlich!").doesNotContain("Cookies").doesNotContain("Meistgelesen");
        }

        @Test
        void titleIsTheTitleTagWithoutTheSiteName() {
            assertThat(page.title()).isEqualTo("Stadtrat beschließt neues Radwegenetz");
            assertThat(page.siteName()).isEqualTo("Neue Lokalzeitung");
        }

        @Test
        void publishedComesFromTheTimeElementInTheArticle() {
            assertThat(page.published()).isEqualTo("2023-11-14T17:45:00+01:00");
            assertThat(page.publishedFrom()).isEqualTo("time");
            assertThat(page.language()).isEqualTo("de");
        }
    }

    @Nested
    class French {
        private final ExtractedPage page = EXTRACTOR.extract(Fixtures.page("fr-news.html"), null);
        private final String text = Fixtures.text(page);

        @Test
        void everyNewsParagraphIsKept() {
            assertThat(page.paragraphs()).hasSize(3);
            assertThat(text).contains("trois semaines d'avance", "maturation du raisin", "faute de pluie");
        }

        @Test
        void aLireAussiPartageAndCommentairesAreDropped() {
            assertThat(text).doesNotContain("À lire aussi").doesNotContain("Sécheresse").doesNotContain("Partager")
                    .doesNotContain("Excellent article").doesNotContain("Accueil");
        }

        @Test
        void metadataComesFromTheJsonLdGraph() {
            assertThat(page.title()).isEqualTo("Les vendanges commencent tôt dans le Bordelais");
            assertThat(page.published()).isEqualTo("2022-08-18T06:00:00+02:00");
            assertThat(page.publishedFrom()).isEqualTo("json-ld");
            assertThat(page.siteName()).isEqualTo("Journal du Sud-Ouest");
        }

        @Test
        void canonicalFallsBackToOgUrlAndLanguageToOgLocale() {
            assertThat(page.canonicalUrl()).isEqualTo("https://journal.example.fr/regions/vendanges-bordelais");
            assertThat(page.language()).isEqualTo("fr-FR");
        }
    }

    @Nested
    class Spanish {
        private final ExtractedPage page = EXTRACTOR.extract(Fixtures.page("es-news.html"), null);
        private final String text = Fixtures.text(page);

        @Test
        void everyNewsParagraphIsKept() {
            assertThat(page.paragraphs()).hasSize(3);
            assertThat(text).contains("hasta las dos de la madrugada", "tres millones de euros", "horas extra");
        }

        @Test
        void bylineTePuedeInteresarCompartirAdsAndSubscriptionBannerAreDropped() {
            assertThat(text).doesNotContain("Lucía Martín").doesNotContain("Te puede interesar")
                    .doesNotContain("Compartir").doesNotContain("Publicidad").doesNotContain("Suscríbete")
                    .doesNotContain("Portada");
        }

        @Test
        void metaDateWinsOverJsonLdAndHeadlineComesFromJsonLd() {
            assertThat(page.published()).isEqualTo("2021-06-02");
            assertThat(page.publishedFrom()).isEqualTo("meta");
            assertThat(page.title()).isEqualTo("El metro amplía su horario nocturno los fines de semana");
            assertThat(page.siteName()).isEqualTo("Diario Central");
        }
    }
}
