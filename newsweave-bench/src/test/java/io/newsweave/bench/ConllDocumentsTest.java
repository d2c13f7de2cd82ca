package io.newsweave.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ConllDocuments} on small files of our own, in both article-boundary conventions. */
class ConllDocumentsTest {

    @Test
    void docstartLinesSeparateArticlesAndPunctuationIsGlued() {
        List<String> lines = List.of("-DOCSTART- -DOCSTART- O", "De Art O", "brug N B-LOC", "( Punc O", "oud Adj O", ") Punc O",
                "ging V O", "dicht V O", ". Punc O", "", "Niemand Pron O", "klaagde V O", ". Punc O", "",
                "-DOCSTART- -DOCSTART- O", "Het Art O", "regende V O", ", Punc O", "zei V O", "men Pron O", ". Punc O");
        assertThat(ConllDocuments.texts(lines)).containsExactly("De brug (oud) ging dicht.\nNiemand klaagde.", "Het regende, zei men.");
    }

    @Test
    void withoutDocstartAnArticleStartsAtTheDatelineBeforeALoneDash() {
        List<String> lines = List.of("Villanueva NC B-LOC", ", Fc O", "3 Z O", "jun NC O", ". Fp O", "", "- Fg O", "",
                "El DA O", "puente NC O", "cerró VMI O", ". Fp O", "", "Toledo NC B-LOC", ", Fc O", "4 Z O", "jun NC O", ". Fp O", "",
                "- Fg O", "", "¿ Fia O", "Llueve VMI O", "? Fit O");
        assertThat(ConllDocuments.texts(lines))
                .containsExactly("Villanueva, 3 jun.\n-\nEl puente cerró.", "Toledo, 4 jun.\n-\n¿Llueve?");
    }

    @Test
    void anEmptyFileHasNoArticles() {
        assertThat(ConllDocuments.texts(List.of())).isEmpty();
        assertThat(ConllDocuments.texts(List.of("", "-DOCSTART- -DOCSTART- O", ""))).isEmpty();
    }
}
