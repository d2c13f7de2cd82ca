package io.newsweave.pipeline;

import io.newsweave.model.Article;
import io.newsweave.model.Provenance;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import io.newsweave.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation's acceptance on the reference input (skips without ../shared/seeds). */
class SeedAcceptanceTest {

    @TempDir
    Path data;

    private List<StoredArticle> ingestSeeds() throws IOException {
        Path seeds = SharedData.require("seeds");
        try (Pipeline pipeline = new Pipeline(PipelineConfig.defaults()); Store store = Store.open(data)) {
            IngestReport report = pipeline.ingest(store, List.of(seeds.toString()), InputStream.nullInputStream(), IngestListener.NONE);
            assertThat(report.rejected()).isZero();
            List<StoredArticle> all = new ArrayList<>();
            store.forEach(all::add);
            return all;
        }
    }

    private static Map<String, Article> byPrefix(List<StoredArticle> stored) {
        Map<String, Article> out = new HashMap<>();
        for (StoredArticle s : stored) {
            String name = Path.of(s.article().origin().path()).getFileName().toString();
            out.put(name.substring(0, 3), s.article());
        }
        return out;
    }

    @Test
    void fiveArticlesInOneStoryWithTheirLanguagesAndDates() throws IOException {
        List<StoredArticle> stored = ingestSeeds();
        assertThat(stored).hasSize(5);
        assertThat(new HashSet<>(stored.stream().map(StoredArticle::story).toList())).hasSize(1);
        Map<String, Article> seeds = byPrefix(stored);
        assertThat(seeds.values().stream().filter(a -> a.language().equals("en"))).hasSize(4);
        assertThat(seeds.get("004").language()).isEqualTo("fr");
        assertThat(seeds.get("000").published().date()).hasToString("2021-12-06");
        assertThat(seeds.get("000").published().provenance()).isEqualTo(Provenance.HEADER);
        assertThat(seeds.get("003").published().date()).hasToString("2022-01-03");
        assertThat(seeds.get("003").published().provenance()).isEqualTo(Provenance.HEADER);
        for (String undated : List.of("001", "002", "004")) {
            assertThat(seeds.get(undated).published().provenance()).as(undated).isEqualTo(Provenance.INFERRED);
        }
    }

    @Test
    void theStoryIsTitledWithAHeadlineNotABodySentenceAndNoCaptionIsAHeadline() throws IOException {
        Map<String, Article> seeds = byPrefix(ingestSeeds());
        String title;
        try (Store store = Store.open(data)) {
            io.newsweave.story.ReadModel model = io.newsweave.story.ReadModel.open(store);
            model.refresh();
            title = model.stories().getFirst().title();
        }
        Article titled = seeds.values().stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("story title " + title + " is no article title: " + seeds.values().stream().map(Article::title).toList()));
        assertThat(titled.text()).as("a headline, not the opening of a text").doesNotStartWith(title);
        assertThat(title).doesNotEndWith("…").doesNotEndWith(".");
        assertThat(seeds.get("003").title()).as("seed 003's caption is no headline").doesNotContain("ABACA");
    }

    @Test
    void theCallOfSevenDecemberIsOneEventAndTheThirtiethDecemberCallIsAnother() throws IOException {
        List<StoredArticle> stored = ingestSeeds();
        Map<String, StoredArticle> seeds = new HashMap<>();
        for (StoredArticle s : stored) {
            seeds.put(Path.of(s.article().origin().path()).getFileName().toString().substring(0, 3), s);
        }
        String call = seeds.get("001").event();
        assertThat(seeds.get("000").event()).isEqualTo(call);
        assertThat(seeds.get("004").event()).isEqualTo(call);
        assertThat(seeds.get("002").event()).isNotEqualTo(call);
        assertThat(seeds.get("002").story()).isEqualTo(seeds.get("001").story());
    }

    @Test
    void noPageChromeSurvivesInAnyText() throws IOException {
        for (StoredArticle s : ingestSeeds()) {
            String text = s.article().text();
            assertThat(text).doesNotContain("Share on").doesNotContain("Send by Mail").doesNotContain("0 comment")
                    .doesNotContain("pic.twitter.com").doesNotContain("(@").doesNotContain("N'oubliez pas")
                    .doesNotContain("To print").doesNotContain("Vladimir Poutine\n").doesNotContain("🖥");
        }
    }

    @Test
    void reingestingTheSeedsChangesNothing() throws IOException {
        List<StoredArticle> first = ingestSeeds();
        List<StoredArticle> second = ingestSeeds();
        assertThat(second).isEqualTo(first);
    }
}
