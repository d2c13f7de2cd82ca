package io.newsweave.pipeline;

import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.text.WordRuns;
import io.newsweave.time.PublicationDater;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StreamDatingTest {

    private final StreamDating dating = new StreamDating(new PublicationDater());

    @Test
    void aDatedArticlePassesThroughAndAnUndatedOneIsDatedAgainstTheStream() {
        LocalDate declared = LocalDate.of(2021, 12, 7);
        ArticleDate.Dated dated = new ArticleDate.Dated(new Published(declared, Provenance.METADATA, 1.0), List.of());
        assertThat(dating.date(dated)).isSameAs(dated);

        ArticleDate.Dated inferred = dating.date(new ArticleDate.Undated(WordRuns.of(
                "The two presidents spoke by video link on Tuesday, December 7, about the troops near the border."), "en", List.of(), null));
        assertThat(inferred.published().known()).isTrue();
        assertThat(inferred.published().date()).isEqualTo(declared);
        assertThat(inferred.timexes()).isNotEmpty();
    }

    @Test
    void withoutEvidenceTheCrawlDateIsTheLastResortAndEmptyTextStaysUndated() {
        ArticleDate.Dated crawled = dating.date(new ArticleDate.Undated(WordRuns.of("Nothing here says when."), "en", List.of(), "2022-01-10"));
        assertThat(crawled.published()).isEqualTo(new Published(LocalDate.of(2022, 1, 10), Provenance.CRAWL,
                StreamDating.CRAWL_CONFIDENCE));

        ArticleDate.Dated empty = dating.date(new ArticleDate.Undated(WordRuns.of(""), "en", List.of(), null));
        assertThat(empty.published().known()).isFalse();
        assertThat(empty.timexes()).isEmpty();
    }

    @Test
    void theYearOfADateWithoutOneComesFromTheStreamsLatestDeclaredDateNotFromACrawlDate() {
        StreamDating crawlOnly = new StreamDating(new PublicationDater());
        crawlOnly.date(new ArticleDate.Dated(new Published(LocalDate.of(2030, 1, 1), Provenance.CRAWL, 0.3), List.of()));
        ArticleDate.Dated a = crawlOnly.date(new ArticleDate.Undated(WordRuns.of("The talks were held on Tuesday, December 7."), "en", List.of(), null));
        dating.date(new ArticleDate.Dated(new Published(LocalDate.of(2021, 12, 8), Provenance.METADATA, 1.0), List.of()));
        ArticleDate.Dated b = dating.date(new ArticleDate.Undated(WordRuns.of("The talks were held on Tuesday, December 7."), "en", List.of(), null));
        assertThat(b.published().date()).isEqualTo(LocalDate.of(2021, 12, 7));
        assertThat(a.published().date()).isNotEqualTo(LocalDate.of(2030, 12, 7));
    }
}
