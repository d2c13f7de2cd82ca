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
            assertThat(ApiJson.entity(putin, Slice.first(1, 2)).path("type").asText()).isEqualTo("PERSON");
            assertThat(ApiJson.entity(putin, Slice.first(1, 2)).path("stories")).hasSize(1);
        }
    }

    @Test
    void anEmptyStoreHasNoEntitiesAndAnUnknownIdNoMentions(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            Snapshot snapshot = new Catalog(store).current();
            assertThat(snapshot.entities()).isEmpty();
            assertThat(EntityApi.find(snapshot, "PER-nobody").mentions()).isZero();
            assertThat(EntityApi.find(snapshot, "PER-nobody").entity().type()).isEqualTo(EntityType.PERSON);
        }
    }
}
