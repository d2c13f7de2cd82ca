package io.newsweave.entity;

import io.newsweave.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityAliasesTest {

    @Test
    void emptyRulesChangeNothing() {
        EntityAliases none = EntityAliases.parse("", "aliases.txt");
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.id("PER-a", "A")).isEqualTo("PER-a");
    }

    @Test
    void mergesChainAndSplitsMoveOnlyTheNamedVariants() {
        EntityAliases aliases = EntityAliases.parse("""
                # corrections
                merge PER-zelenskiy = PER-volodymyr-zelensky
                merge PER-old = PER-zelenskiy
                split PER-johnson : Lyndon Johnson | L. Johnson = PER-lyndon-johnson
                name PER-volodymyr-zelensky = Volodymyr Zelensky
                """, "aliases.txt");
        assertThat(aliases.id("PER-old", "x")).isEqualTo("PER-volodymyr-zelensky");
        assertThat(aliases.id("PER-johnson", "lyndon johnson")).isEqualTo("PER-lyndon-johnson");
        assertThat(aliases.id("PER-johnson", "Johnson")).isEqualTo("PER-johnson");
        assertThat(aliases.apply(List.of(new Mention(0, 5, "Zelo", "PER-zelenskiy"))))
                .extracting(Mention::entity).containsExactly("PER-volodymyr-zelensky");
        assertThat(aliases.name("PER-volodymyr-zelensky")).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void aBadLineIsRejectedWithItsPlace() {
        assertThatThrownBy(() -> EntityAliases.parse("merge A = B\nfuse A = C\n", "data/aliases.txt"))
                .hasMessageContaining("data/aliases.txt:2").hasMessageContaining("fuse");
        assertThatThrownBy(() -> EntityAliases.parse("split A = B", "f")).hasMessageContaining("f:1");
    }

    @Test
    void tallyAppliesAliasesAndNamesEntitiesByTheirFullestVariant() {
        EntityTally tally = new EntityTally(EntityAliases.parse("merge PER-poutine = PER-vladimir-putin", "a"));
        tally.add(List.of(new Mention(0, 14, "Vladimir Putin", "PER-vladimir-putin"), new Mention(20, 25, "Putin", "PER-vladimir-putin")), "en");
        tally.add(List.of(new Mention(0, 7, "Poutine", "PER-poutine")), "fr");
        EntitySummary s = tally.summaries().get(0);
        assertThat(s.id()).isEqualTo("PER-vladimir-putin");
        assertThat(s.name()).isEqualTo("Vladimir Putin");
        assertThat(s.variants()).containsExactlyInAnyOrder("Vladimir Putin", "Putin", "Poutine");
        assertThat(s.mentions()).isEqualTo(3);
        assertThat(s.languages()).containsEntry("fr", 1);
    }
}
