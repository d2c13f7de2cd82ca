package io.newsweave.quote;

import io.newsweave.model.Article;
import io.newsweave.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance on the seeds, ingested by the real pipeline (skips without ../shared/seeds). */
class SeedQuotesTest {

    @TempDir
    Path data;

    private List<Quote> seedQuotes() throws IOException {
        List<Article> stored = SharedData.ingestedSeeds(data);
        assertThat(stored).hasSize(5);
        QuoteFinder finder = new QuoteFinder();
        List<Quote> quotes = new ArrayList<>();
        stored.forEach(a -> quotes.addAll(finder.find(a)));
        return quotes;
    }

    private static String speaker(Quote q) {
        return (q.speakerName() + " " + q.speakerEntity()).toLowerCase(Locale.ROOT);
    }

    @Test
    void colossalMistakeIsAttributedToPutinOrTheKremlin() throws IOException {
        List<Quote> colossal = seedQuotes().stream().filter(q -> q.text().contains("colossal mistake")).toList();
        assertThat(colossal).isNotEmpty();
        assertThat(colossal).anySatisfy(q -> assertThat(speaker(q)).containsAnyOf("putin", "kremlin"));
    }

    @Test
    void neverIntendedToAttackIsAttributedToPeskov() throws IOException {
        List<Quote> peskov = seedQuotes().stream()
                .filter(q -> q.text().startsWith("Russia never intended to attack anyone")).toList();
        assertThat(peskov).isNotEmpty();
        assertThat(peskov).allSatisfy(q -> {
            assertThat(q.speakerName()).isEqualTo("Dmitry Peskov");
            assertThat(q.speakerEntity()).isNotNull();
        });
    }

    @Test
    void seedQuotesGroupAcrossArticles() throws IOException {
        List<Quote> quotes = seedQuotes();
        List<QuoteGroup> groups = new QuoteGroups().group(quotes);
        assertThat(groups).hasSizeLessThanOrEqualTo(quotes.size());
        QuoteGroup colossal = groups.stream().filter(g -> g.representative().text().contains("colossal mistake")).findFirst().orElseThrow();
        assertThat(colossal.quotes()).hasSizeGreaterThanOrEqualTo(2);
    }
}
