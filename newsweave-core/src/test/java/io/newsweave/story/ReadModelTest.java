package io.newsweave.story;

import io.newsweave.entity.EntityAliases;
import io.newsweave.entity.EntitySummary;
import io.newsweave.entity.RegistrySnapshot;
import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one read model: aliases applied once, the registry from its snapshot plus the tail, refreshes that read only what arrived. */
class ReadModelTest {

    private static Article article(String id, String text, Mention... mentions) {
        return new Article(id, Origin.file(id + ".txt"), null, "outlet", "Title " + id, text, "en", 1,
                new Published(LocalDate.of(2021, 12, 7), Provenance.METADATA, 1), List.of(mentions), List.of());
    }

    private static Article putin(String id) {
        return article(id, "Poutine spoke.", new Mention(0, 7, "Poutine", "PER-poutine"));
    }

    /** Stores {@code n} articles named {@code prefix}0.. in story {@code story}, committed so the index shows them. */
    private static void add(Store store, String prefix, int n, String story) throws IOException {
        for (int i = 0; i < n; i++) {
            store.add(putin(prefix + i), story, List.of());
        }
        store.commit();
    }

    @Test
    void anEmptyStoreHasNoStoriesAndNothingChanges(@TempDir Path dir) throws IOException {
        try (Store store = Store.openReadOnly(dir.resolve("absent"))) {
            ReadModel model = ReadModel.withEntities(store);
            ReadModel.Change change = model.refresh();
            assertThat(change.isEmpty()).isTrue();
            assertThat(model.stories()).isEmpty();
            assertThat(model.entities()).isEmpty();
            assertThat(model.story("s1")).isEmpty();
            assertThat(model.view(List.of())).isEmpty();
        }
    }

    @Test
    void aliasesCorrectStoriesEntitiesAndArticlesAlike(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(EntityAliases.FILE), "merge PER-poutine = PER-vladimir-putin\nname PER-vladimir-putin = Vladimir Putin\n");
        try (Store store = Store.open(dir)) {
            add(store, "a", 2, "s1");
            ReadModel model = ReadModel.withEntities(store);
            model.refresh();
            EntitySummary inStory = model.story("s1").orElseThrow().entities().get(0);
            assertThat(inStory.id()).isEqualTo("PER-vladimir-putin");
            assertThat(inStory.name()).isEqualTo("Vladimir Putin");
            assertThat(model.entity("PER-vladimir-putin").mentions()).isEqualTo(2);
            assertThat(model.entity("PER-poutine")).isNull();
            assertThat(model.storiesMentioning("PER-vladimir-putin")).containsExactly("s1");
            Article read = model.corrected(store.get("a0").orElseThrow().article());
            assertThat(read.mentions().get(0).entity()).isEqualTo("PER-vladimir-putin");
            assertThat(model.entitiesOf(store.story("s1"))).extracting(EntitySummary::id).containsExactly("PER-vladimir-putin");
        }
    }

    @Test
    void withASnapshotTheRegistryReplaysOnlyTheJournalPastIt(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            add(store, "head", 3, "s1");
            // what the pipeline does when an ingest starts: snapshot plus tail, saved
            RegistrySnapshot.open(dir, store.size(), (from, each) -> store.forEachFrom(from, stored -> each.visit(stored.article())));
            add(store, "tail", 2, "s2");
        }
        try (Store view = Store.openReadOnly(dir)) {
            ReadModel model = ReadModel.withEntities(view);
            model.refresh();
            assertThat(model.articles()).isEqualTo(5);
            assertThat(model.registryTail()).as("articles observed past the snapshot").isEqualTo(2);
            assertThat(model.registry().get("PER-poutine")).isPresent();
            assertThat(model.stories()).hasSize(2);
        }
    }

    @Test
    void withoutEntitiesTheRegistryIsLoadedOnlyWhenAskedFor(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            add(store, "a", 3, "s1");
            ReadModel model = ReadModel.open(store);
            model.refresh();
            assertThat(model.registryTail()).isZero();
            assertThatThrownBy(model::entities).isInstanceOf(IllegalStateException.class);
            assertThat(model.registry().get("PER-poutine")).isPresent();
            assertThat(model.registryTail()).as("no snapshot: the whole journal").isEqualTo(3);
        }
    }

    @Test
    void aRefreshReadsOnlyWhatArrivedAndHandsItOn(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            add(store, "a", 2, "s1");
            ReadModel model = ReadModel.withEntities(store);
            assertThat(model.refresh().stories()).containsExactly("s1");
            add(store, "b", 1, "s2");
            List<String> handed = new ArrayList<>();
            ReadModel.Change change = model.refresh(stored -> handed.add(stored.article().id()));
            assertThat(handed).containsExactly("b0");
            assertThat(change.stories()).containsExactly("s2");
            assertThat(change.articles()).isEqualTo(3);
            assertThat(model.refresh().isEmpty()).isTrue();
            assertThat(model.registryTail()).isEqualTo(3);
        }
    }

    @Test
    void aMergeRereadsTheStoreButNotTheRegistry(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            add(store, "a", 2, "s1");
            add(store, "b", 1, "s2");
            ReadModel model = ReadModel.withEntities(store);
            model.refresh();
            assertThat(model.stories()).hasSize(2);
            store.merge("s2", "s1");
            store.sync();
            boolean[] restarted = {false};
            ReadModel.Change change = model.refresh(null, () -> restarted[0] = true);
            assertThat(restarted[0]).isTrue();
            assertThat(change.restarted()).isTrue();
            assertThat(model.stories()).singleElement().satisfies(s -> assertThat(s.articles()).hasSize(3));
            assertThat(model.story("s2").orElseThrow().id()).isEqualTo("s1");
            assertThat(model.storiesMentioning("PER-poutine")).containsExactly("s1");
            assertThat(model.registryTail()).as("the registry does not depend on stories").isEqualTo(3);
            assertThat(store.storyCount()).isEqualTo(1);
        }
    }

    @Test
    void theStoreCountsStoriesWithoutReadingArticles(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            assertThat(store.storyCount()).isZero();
            add(store, "a", 2, "s1");
            add(store, "b", 2, "s2");
            add(store, "c", 1, "s3");
            assertThat(store.storyCount()).isEqualTo(3);
        }
        try (Store view = Store.openReadOnly(dir)) {
            ReadModel model = ReadModel.open(view);
            model.refresh();
            assertThat(view.storyCount()).isEqualTo(model.stories().size()).isEqualTo(3);
        }
    }

    @Test
    void detailsAreBuiltFromCorrectedArticles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(EntityAliases.FILE), "merge PER-poutine = PER-vladimir-putin\n");
        try (Store store = Store.open(dir)) {
            add(store, "a", 2, "s1");
            ReadModel model = ReadModel.open(store);
            StoryDetails details = model.details(store.story("s1"), null);
            assertThat(details.coverage().articles()).isEqualTo(2);
            assertThat(model.view(store.story("s1")).orElseThrow().entities()).extracting(EntitySummary::id)
                    .containsExactly("PER-vladimir-putin");
        }
    }
}
