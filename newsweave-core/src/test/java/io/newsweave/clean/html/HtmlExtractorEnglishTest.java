package io.newsweave.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlExtractorEnglishTest {

    private final ExtractedPage page = new HtmlExtractor()
            .extract(Fixtures.page("en-news.html"), "https://gazette.example.com/news/2024/03/05/bridge");
    private final String text = Fixtures.text(page);

    @Test
    void everyNewsParagraphIsKeptInPageOrder() {
        assertThat(page.paragraphs()).containsSubsequence(
                "The harbour bridge reopened to traffic on Monday morning after two years of structural repairs"
                        + " that cost the city more than forty million pounds.",
                "Engineers replaced the corroded steel cables and resurfaced the entire deck, the council said in"
                        + " a statement issued shortly before the first cars crossed.",
                "The project ran eight months late after divers found damage to two of the foundations that had"
                        + " not shown up in earlier surveys of the riverbed.",
                "Local businesses on the north bank welcomed the news, saying trade had fallen sharply while the"
                        + " bridge was closed to cars and buses.",
                "The council expects the remaining work on the pedestrian walkways to be finished before the river"
                        + " festival in July.");
    }

    @Test
    void headingsListItemsAndQuotesOfTheArticleAreKept() {
        assertThat(page.paragraphs()).contains(
                "Delays and rising costs",
                "Two lanes in each direction are open again from today.",
                "The cycle path will reopen at the end of the month.",
                "We know how hard the closure has been for people who cross the river every day, and we thank them"
                        + " for their patience.");
    }

    @Test
    void shareBarIsDropped() {
        assertThat(text).doesNotContain("Share on Facebook").doesNotContain("Email this article");
    }

    @Test
    void cookieBannerIsDropped() {
        assertThat(text).doesNotContain("We use cookies").doesNotContain("Accept all");
    }

    @Test
    void navigationBreadcrumbsAndFooterAreDropped() {
        assertThat(text).doesNotContain("Culture").doesNotContain("Home").doesNotContain("All rights reserved");
    }

    @Test
    void relatedLinksAreDropped() {
        assertThat(text).doesNotContain("Related stories").doesNotContain("Council approves new ferry route");
    }

    @Test
    void newsletterBoxIsDropped() {
        assertThat(text).doesNotContain("morning briefing").doesNotContain("Sign up for our free newsletter");
    }

    @Test
    void commentsAreDropped() {
        assertThat(text).doesNotContain("detour through town").doesNotContain("riverfan");
    }

    @Test
    void captionWithCreditAndBylineAreDropped() {
        assertThat(text).doesNotContain("Photo: Tom Reed").doesNotContain("By Jane Porter");
    }

    @Test
    void headlineIsTheTitleAndNotRepeatedInTheBody() {
        assertThat(page.title()).isEqualTo("Harbour bridge reopens after two years of repairs");
        assertThat(page.paragraphs()).doesNotContain(page.title());
    }

    @Test
    void metadataComesFromMetaTags() {
        assertThat(page.siteName()).isEqualTo("The Riverside Gazette");
        assertThat(page.published()).isEqualTo("2024-03-05T08:30:00+00:00");
        assertThat(page.publishedFrom()).isEqualTo("meta");
        assertThat(page.language()).isEqualTo("en-GB");
    }

    @Test
    void canonicalUrlIsResolvedAgainstThePageUrl() {
        assertThat(page.canonicalUrl()).isEqualTo("https://gazette.example.com/news/2024/03/harbour-bridge-reopens");
    }

    @Test
    void paragraphsAreTrimmedCollapsedAndNeverEmpty() {
        assertThat(page.paragraphs()).allSatisfy(p -> {
            assertThat(p).isNotBlank().isEqualTo(p.strip()).doesNotContain("  ").doesNotContain("\n");
        });
    }
}
