package io.newsweave.server;

import io.newsweave.entity.EntityAliases;
import io.newsweave.entity.EntityType;
import io.newsweave.model.Mention;
import io.newsweave.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's entities: the registry's canonical names and types, aliases applied, descriptions counted but not variants. */
class CatalogEntitiesTest {

    @Test
    void entitiesHaveCanonicalNamesTypesAndVariantsAfterAliases(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(EntityAliases.FILE), "merge PER-poutine = PER-vladimir-putin\n");
        try (Store store = Store.open(dir)) {
            String en = "Vladimir Putin met Joe Biden in Geneva. The Russian president left early.";
            store.add(Fixture.article("a1", "Talks", en, "en", "wire.example", LocalDate.of(2021, 6, 16), List.of(
                    new Mention(0, 14, "Vladimir Putin", "PER-vladimir-putin"), new Mention(19, 28, "Joe Biden", "PER-joe-biden"),
                    new Mention(32, 38, "Geneva", "LOC-geneva"), new Mention(40, 61, "The Russian president", "PER-vladimir-putin", true)),
                    List.of()), "s1", List.of());
            String fr = "Poutine a quitté Genève.";
            store.add(Fixture.article("a2", "Départ", fr, "fr", "journal.example", LocalDate.of(2021, 6, 17), List.of(
                    new Mention(0, 7, "Poutine", "PER-poutine"), new Mention(17, 23, "Genève", "LOC-geneva")), List.of()), "s2", List.of());
            store.sync();
            Snapshot snapshot = new Catalog(store).current();
            EntityView putin = snapshot.entities().get("PER-vladimir-putin");
            assertThat(putin.name()).isEqualTo("Vladimir Putin");
            assertThat(putin.entity().type()).isEqualTo(EntityType.PERSON);
            assertThat(putin.entity().variants()).containsExactlyInAnyOrder("Vladimir Putin", "Poutine");
            assertThat(putin.mentions()).isEqualTo(3);
            assertThat(putin.stories()).containsExactly("s1", "s2");
            assertThat(snapshot.entities()).doesNotContainKey("PER-poutine");
            EntityView geneva = snapshot.entities().get("LOC-geneva");
            assertThat(geneva.entity().type()).isEqualTo(EntityType.LOCATION);
            assertThat(geneva.name()).isEqualTo("Geneva");
            assertThat(geneva.entity().variantMentions()).containsEntry("Genève", 1).containsEntry("Geneva", 1);
            assertThat(snapshot.entitiesOf("s2")).containsOnlyKeys("PER-vladimir-putin", "LOC-geneva");
        }
    }

    @Test
    void anEmptyStoreHasNoEntitiesAndAnUnknownIdNoMentions(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            Snapshot snapshot = new Catalog(store).current();
            assertThat(snapshot.entities()).isEmpty();
            assertThat(io.newsweave.server.api.EntityApi.find(snapshot, "PER-nobody").mentions()).isZero();
            assertThat(io.newsweave.server.api.EntityApi.find(snapshot, "PER-nobody").entity().type()).isEqualTo(EntityType.PERSON);
        }
    }

    @Test
    void aServerOverAStoreWithASnapshotReplaysOnlyTheJournalPastIt(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            for (int i = 0; i < 4; i++) {
                store.add(Fixture.article("h" + i, "Talks", "Poutine a quitté Genève.", "fr", "journal.example", LocalDate.of(2021, 6, 17),
                        List.of(new Mention(0, 7, "Poutine", "PER-poutine")), List.of()), "s1", List.of());
            }
            store.commit();
            // as the pipeline does when an ingest starts
            io.newsweave.entity.RegistrySnapshot.open(dir, store.size(),
                    (from, each) -> store.forEachFrom(from, stored -> each.visit(stored.article())));
            store.add(Fixture.article("t0", "Later", "Poutine est rentré.", "fr", "journal.example", LocalDate.of(2021, 6, 18),
                    List.of(new Mention(0, 7, "Poutine", "PER-poutine")), List.of()), "s1", List.of());
            store.commit();
            try (NewsweaveServer server = NewsweaveServer.start(store, ServerConfig.defaults().withPort(0))) {
                assertThat(server.readModel().registryTail()).as("articles replayed into the registry").isEqualTo(1);
                assertThat(server.readModel().articles()).isEqualTo(5);
                assertThat(server.readModel().entity("PER-poutine").mentions()).isEqualTo(5);
            }
        }
    }
}
