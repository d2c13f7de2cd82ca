package io.newsweave.text;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTest {

    @Test
    void accentsAndCaseGoLettersThatDoNotDecomposeStay() {
        assertThat(Folding.fold("Genève")).isEqualTo("geneve");
        assertThat(Folding.fold("GENEVE")).isEqualTo("geneve");
        assertThat(Folding.fold("Zelens'kyj Žižek Łódź")).isEqualTo("zelens'kyj zizek łodz");
        assertThat(Folding.fold("Путин Йошкар")).isEqualTo("путин иошкар");
        assertThat(Folding.fold("Straße")).isEqualTo("straße");
    }

    @Test
    void emptyAndRandomInputNeverFail() {
        assertThat(Folding.fold("")).isEmpty();
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                b.append((char) random.nextInt(0x3000));
            }
            String folded = Folding.fold(b.toString());
            assertThat(Folding.fold(folded)).isEqualTo(folded);
        }
    }
}
