package io.newsweave.lineage;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineageGraphTest {

    private static LineageLink.Side side(String id, long seq, String day, String language) {
        return new LineageLink.Side(id, seq, "https://" + id + ".example/a", id + ".example", day, language);
    }

    @Test
    void theEarliestPublishedIsTheOriginalWhateverTheArrivalOrder() {
        LineageLink.Side wire = side("wire", 3, "2026-03-01", "en");
        LineageLink.Side late = side("late", 1, "2026-03-03", "en");
        LineageLink.Side cut = side("cut", 2, "2026-03-02", "en");
        LineageGraph graph = LineageGraph.of(List.of(
                new LineageLink(LineageLink.Kind.COPY, cut, late, 0.95, 0.5),
                new LineageLink(LineageLink.Kind.COPY, wire, late, 0.9, 0.92),
                new LineageLink(LineageLink.Kind.SIGHTING, new LineageLink.Side(null, -1, "https://mirror.example/x", "mirror.example",
                        "2026-03-04", "en"), late, 1, 1)));
        assertThat(graph.of("wire").original()).isTrue();
        assertThat(graph.of("wire").copies()).extracting(LineageGraph.Copy::source)
                .containsExactly("cut.example", "late.example", "mirror.example");
        assertThat(graph.of("wire").copies().get(2).article()).isNull();
        assertThat(graph.of("late").copyOf()).isEqualTo("wire");
        assertThat(graph.of("late").reusedShare()).isEqualTo(0.92);
        assertThat(graph.of("cut").copyOf()).isEqualTo("wire");
        assertThat(graph.of("cut").reusedShare()).isEqualTo(0.95);
        assertThat(graph.of("wire").outlets()).containsExactly("cut.example", "late.example", "mirror.example");
    }

    @Test
    void aStorysReportsAreCountedAsIndependentCopiesAndTranslations() {
        LineageLink.Side wire = side("wire", 1, "2026-03-01", "en");
        LineageLink.Side copy = side("copy", 2, "2026-03-02", "en");
        LineageLink.Side fr = side("fr", 3, "2026-03-02", "fr");
        LineageGraph graph = LineageGraph.of(List.of(
                new LineageLink(LineageLink.Kind.COPY, copy, wire, 1, 1),
                new LineageLink(LineageLink.Kind.TRANSLATION, fr, wire, 0.7, 0.7),
                new LineageLink(LineageLink.Kind.SIGHTING, new LineageLink.Side(null, -1, null, "mirror.example", null, "en"), wire, 1, 1)));
        LineageGraph.Reports r = graph.reports(List.of(new LineageGraph.Member("wire", "wire.example", "en"),
                new LineageGraph.Member("copy", "copy.example", "en"), new LineageGraph.Member("fr", "fr.example", "fr"),
                new LineageGraph.Member("alone", "other.example", "en")));
        assertThat(r.independent()).isEqualTo(2);
        assertThat(r.copies()).isEqualTo(2);
        assertThat(r.sightings()).isEqualTo(1);
        assertThat(r.translations()).isEqualTo(1);
        assertThat(r.languages().get("en")).containsExactly(2, 2, 0);
        assertThat(r.languages().get("fr")).containsExactly(0, 0, 1);
        assertThat(r.outlets().get("mirror.example")).containsExactly(0, 1, 0);
    }

    @Test
    void undatedReportsAreNotOriginalsOfDatedOnes() {
        LineageLink.Side undated = side("undated", 1, null, "en");
        LineageLink.Side dated = side("dated", 2, "2026-03-05", "en");
        LineageGraph graph = LineageGraph.of(List.of(new LineageLink(LineageLink.Kind.COPY, dated, undated, 0.9, 0.9)));
        assertThat(graph.of("undated").copyOf()).isEqualTo("dated");
    }

    @Test
    void reusePointsFromTheLaterReport() {
        LineageLink.Side early = side("early", 2, "2026-03-01", "en");
        LineageLink.Side later = side("later", 1, "2026-03-02", "en");
        LineageGraph graph = LineageGraph.of(List.of(new LineageLink(LineageLink.Kind.REUSE, early, later, 0.3, 0.25)));
        assertThat(graph.of("later").reusedFrom()).isEqualTo("early");
        assertThat(graph.of("later").reusedShare()).isEqualTo(0.25);
        assertThat(graph.of("later").original()).isTrue();
        assertThat(graph.of("early").isEmpty()).isTrue();
    }

    @Test
    void aTranslationNamesTheOriginalOfTheCopyItTranslates() {
        LineageLink.Side wire = side("wire", 1, "2026-03-01", "en");
        LineageLink.Side copy = side("copy", 2, "2026-03-01", "en");
        LineageLink.Side fr = side("fr", 3, "2026-03-02", "fr");
        LineageLink.Side es = side("es", 4, "2026-03-03", "es");
        LineageGraph graph = LineageGraph.of(List.of(
                new LineageLink(LineageLink.Kind.COPY, copy, wire, 1, 1),
                new LineageLink(LineageLink.Kind.TRANSLATION, fr, copy, 0.7, 0.7),
                new LineageLink(LineageLink.Kind.TRANSLATION, es, wire, 0.6, 0.6)));
        assertThat(graph.of("fr").translationOf()).isEqualTo("wire");
        assertThat(graph.of("es").translationOf()).isEqualTo("wire");
        assertThat(graph.of("wire").translations()).containsExactly("fr", "es");
        assertThat(graph.of("wire").languages()).containsExactly("es", "fr");
        assertThat(graph.of("fr").original()).isFalse();
    }

    @Test
    void aTranslationOfATranslationNamesTheFirstOriginal() {
        LineageLink.Side en = side("en", 1, "2026-03-01", "en");
        LineageLink.Side fr = side("fr", 2, "2026-03-02", "fr");
        LineageLink.Side it = side("it", 3, "2026-03-03", "it");
        LineageGraph graph = LineageGraph.of(List.of(
                new LineageLink(LineageLink.Kind.TRANSLATION, fr, en, 0.7, 0.7),
                new LineageLink(LineageLink.Kind.TRANSLATION, it, fr, 0.8, 0.8)));
        assertThat(graph.of("it").translationOf()).isEqualTo("en");
        assertThat(graph.of("fr").translationOf()).isEqualTo("en");
        assertThat(graph.of("en").translations()).containsExactly("fr", "it");
        assertThat(graph.of("fr").translations()).isEmpty();
    }

    @Test
    void aLateCopyLinkedToATranslationDoesNotTurnTheDirection() {
        LineageLink.Side wire = side("wire", 1, "2026-03-01", "en");
        LineageLink.Side fr = side("fr", 2, "2026-03-02", "fr");
        LineageLink.Side brief = side("brief", 3, "2026-03-03", "en");
        LineageGraph graph = LineageGraph.of(List.of(
                new LineageLink(LineageLink.Kind.TRANSLATION, fr, wire, 0.7, 0.7),
                new LineageLink(LineageLink.Kind.COPY, brief, wire, 1, 0.5),
                new LineageLink(LineageLink.Kind.TRANSLATION, brief, fr, 0.6, 0.6)));
        assertThat(graph.of("wire").translationOf()).isNull();
        assertThat(graph.of("fr").translationOf()).isEqualTo("wire");
        assertThat(graph.of("wire").translations()).containsExactly("fr");
    }

    @Test
    void noLinksNoLineage() {
        assertThat(LineageGraph.of(List.of()).of("any")).isEqualTo(LineageGraph.Lineage.NONE);
        assertThat(LineageGraph.Lineage.NONE.isEmpty()).isTrue();
    }
}
