package io.newsweave.bench;

import io.newsweave.cluster.Clusterer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story growth by chaining stays bounded on a set with no real story in it: 5,000
 * {@link NameGridCorpus} articles (400 people, 20 cities, 10 companies, 2019–2023), every one
 * linked weakly to hundreds of others, ingested through the whole pipeline. Before the bound,
 * 4,999–5,000 of them formed one story spanning the five years.
 */
class StoryChainingGateTest {

    static final int ARTICLES = 5_000;
    /** No story holds more than 5% of the articles. */
    static final double MAX_LARGEST_SHARE = 0.05;
    /** No story spans more than a year. */
    static final long MAX_SPAN_DAYS = 365;

    @TempDir
    Path work;

    @Test
    void theGeneratedSetDoesNotChainIntoOneStory() throws IOException {
        ChainingEval.Result r = ChainingEval.run(ChainingEval.docs(1, ARTICLES, false), Clusterer.Config.defaults(), work);
        assertThat(r.articles()).isEqualTo(ARTICLES);
        assertThat(r.largestShare()).as("largest story's share").isLessThanOrEqualTo(MAX_LARGEST_SHARE);
        assertThat(r.longestSpanDays()).as("longest story span in days").isLessThanOrEqualTo(MAX_SPAN_DAYS);
    }

    @Test
    void theGeneratorIsSeededAndDrawsFromTheSmallWorld() {
        NameGridCorpus corpus = new NameGridCorpus(1);
        SyntheticArticle a = corpus.article(17);
        assertThat(new NameGridCorpus(1).article(17)).isEqualTo(a);
        assertThat(new NameGridCorpus(2).article(17).body()).isNotEqualTo(a.body());
        assertThat(a.published()).isBetween(NameGridCorpus.FIRST_DAY, NameGridCorpus.LAST_DAY);
        assertThat(a.paragraphs()).hasSizeBetween(3, 5);
        List<SyntheticArticle> many = java.util.stream.IntStream.range(0, 2_000).mapToObj(corpus::article).toList();
        Set<Integer> years = many.stream().map(x -> x.published().getYear()).collect(Collectors.toSet());
        assertThat(years).containsExactlyInAnyOrder(2019, 2020, 2021, 2022, 2023);
        assertThat(many).allSatisfy(x -> assertThat(NameGridCorpus.CITIES.stream().anyMatch(x.body()::contains)).isTrue());
    }
}
