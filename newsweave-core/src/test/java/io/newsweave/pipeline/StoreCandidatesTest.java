package io.newsweave.pipeline;

import io.newsweave.cluster.Clusterer;
import io.newsweave.cluster.CodedKeys;
import io.newsweave.model.Article;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCandidatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private static Article article(String id) {
        return new Article(id, new Origin("in.jsonl", 1), null, "example.invalid", "Title " + id, "Text of " + id + ".", "en", 0.9,
                new Published(DAY, Provenance.METADATA, 1), List.of(), List.of());
    }

    @Test
    void indexedAndNotYetIndexedArticlesShareOneBudgetRankedByTheQueryKeysTheyHave() throws IOException {
        try (Store store = Store.open(dir)) {
            for (int i = 0; i < 30; i++) {
                store.add(article("old" + i), "s-old" + i, List.of("w:commo", "w:other" + i));
            }
            store.index().refresh();
            StoreCandidates candidates = new StoreCandidates(store, null);
            for (int i = 0; i < 3; i++) {
                List<String> keys = List.of("w:rarex", "w:commo");
                StoredArticle stored = store.add(article("new" + i), "s-new" + i, keys).orElseThrow();
                candidates.added(stored, CodedKeys.of(keys));
            }
            List<String> query = List.of("w:rarex", "w:commo");

            List<Clusterer.Candidate> found = candidates.near(query, DAY, 30, 20);
            assertThat(found).hasSize(20);
            assertThat(found.subList(0, 3)).extracting(Clusterer.Candidate::articleId)
                    .containsExactlyInAnyOrder("new0", "new1", "new2");

            // a tight budget goes to those having the rare key, wherever they are
            assertThat(candidates.near(query, DAY, 30, 2)).extracting(Clusterer.Candidate::articleId)
                    .hasSize(2).allMatch(id -> id.startsWith("new"));
            // outside the window, none
            assertThat(candidates.near(query, DAY.plusDays(90), 30, 20)).isEmpty();
        }
    }

    @Test
    void fewCandidatesAreAllKept() throws IOException {
        try (Store store = Store.open(dir)) {
            store.add(article("a"), "s-a", List.of("w:commo"));
            store.index().refresh();
            StoreCandidates candidates = new StoreCandidates(store, null);
            StoredArticle b = store.add(article("b"), "s-b", List.of("w:commo")).orElseThrow();
            candidates.added(b, CodedKeys.of(List.of("w:commo")));
            // equal scores: the latest arrival first, whether the index sees it or not
            assertThat(candidates.near(List.of("w:commo"), DAY, 30, 20)).extracting(Clusterer.Candidate::articleId)
                    .containsExactly("b", "a");
            assertThat(candidates.near(List.of(), DAY, 30, 20)).isEmpty();
        }
    }

    /** The profile of each story kept while articles arrive equals the one read back from the store by a fresh reader. */
    @Test
    void aStoryProfileKeptAsArticlesArriveEqualsTheOneReadBackFromTheStore() throws IOException {
        try (Store store = Store.open(dir)) {
            StoreCandidates kept = new StoreCandidates(store, null);
            for (int i = 0; i < 20; i++) {
                String story = i % 2 == 0 ? "s-even" : "s-odd";
                List<String> keys = List.of("kowal", "w:veste" + i % 3, "e:Q1", "t:only" + i, "d:2026-03-02", "l:en");
                StoredArticle stored = store.add(article("a" + i), story, keys).orElseThrow();
                kept.added(stored, CodedKeys.of(keys));
            }
            assertThat(kept.profile("s-even")).isNotNull();
            assertThat(kept.profile("s-even").members()).isEqualTo(io.newsweave.cluster.StoryProfile.MEMBERS - 2);
            StoredArticle lone = store.add(article("lone"), "s-lone", List.of("w:alone")).orElseThrow();
            kept.added(lone, CodedKeys.of(List.of("w:alone")));
            assertThat(kept.profile("s-lone")).as("one article: no profile").isNull();

            kept.merged("s-odd", "s-even");
            io.newsweave.cluster.StoryProfile merged = kept.profile("s-even");
            assertThat(merged.members()).isEqualTo(io.newsweave.cluster.StoryProfile.MEMBERS);
            // only the language-independent channels
            assertThat(merged.keys().texts()).containsExactlyInAnyOrder("kowal", "w:veste0", "w:veste1", "w:veste2", "e:Q1");

            store.index().refresh();
            StoreCandidates fresh = new StoreCandidates(store, null);
            assertThat(fresh.profile("s-odd")).isEqualTo(merged).isEqualTo(fresh.profile("s-even"));
            assertThat(fresh.profile("s-lone")).isNull();
            assertThat(fresh.profile("s-never")).isNull();
        }
    }
}
