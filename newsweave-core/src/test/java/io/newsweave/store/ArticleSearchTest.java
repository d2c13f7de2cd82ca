package io.newsweave.store;

import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleSearchTest {

    @TempDir
    Path dir;

    private static Article article(String id, String title, String text, String language, String source, LocalDate date,
                                   List<Mention> mentions) {
        Published published = date == null ? Published.UNKNOWN : new Published(date, Provenance.METADATA, 1);
        return new Article(id, new Origin("in.jsonl", 1), null, source, title, text, language, 0.9, published, mentions, List.of());
    }

    private Store filled() throws IOException {
        Store store = Store.open(dir);
        store.add(article("a1", "Putin and Biden talk", "The presidents spoke about Ukraine.", "en", "wire.example",
                LocalDate.of(2021, 12, 7), List.of(new Mention(0, 5, "Putin", "e-putin"))), "s1", List.of());
        store.add(article("a2", "Poutine et Biden", "Les présidents ont parlé de l'Ukraine.", "fr", "journal.example",
                LocalDate.of(2021, 12, 8), List.of(new Mention(0, 7, "Poutine", "e-putin"))), "s1", List.of());
        store.add(article("a3", "Storm hits coast", "A storm hit the coast of Aurelia.", "en", "wire.example",
                LocalDate.of(2022, 1, 3), List.of()), "s2", List.of());
        store.add(article("a4", "Undated note", "Ukraine is mentioned without a date.", "en", null, null, List.of()), "s3", List.of());
        store.index().refresh();
        return store;
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(h -> h.article().article().id()).toList();
    }

    @Test
    void luceneSyntaxMatchesTitleAndText() throws IOException {
        try (Store store = filled()) {
            assertThat(ids(store.index().search(ArticleQuery.of("ukraine", 10)))).containsExactlyInAnyOrder("a1", "a4");
            assertThat(ids(store.index().search(ArticleQuery.of("title:storm OR présidents", 10)))).containsExactlyInAnyOrder("a2", "a3");
            assertThat(ids(store.index().search(ArticleQuery.of("\"spoke about\"", 10)))).containsExactly("a1");
        }
    }

    @Test
    void anEmptyQueryListsEveryArticleNewestFirst() throws IOException {
        try (Store store = filled()) {
            SearchResult all = store.index().search(ArticleQuery.of("", 10));
            assertThat(all.total()).isEqualTo(4);
            assertThat(ids(all)).containsExactly("a4", "a3", "a2", "a1");
        }
    }

    @Test
    void filtersNarrowByLanguageSourceEntityStoryAndDates() throws IOException {
        try (Store store = filled()) {
            assertThat(ids(store.index().search(new ArticleQuery(null, "fr", null, null, null, null, null, 0, 10, false)))).containsExactly("a2");
            assertThat(ids(store.index().search(new ArticleQuery(null, null, "wire.example", null, null, null, null, 0, 10, false))))
                    .containsExactly("a3", "a1");
            assertThat(ids(store.index().search(new ArticleQuery(null, null, null, "e-putin", null, null, null, 0, 10, false))))
                    .containsExactly("a2", "a1");
            assertThat(ids(store.index().search(new ArticleQuery(null, null, null, null, "s2", null, null, 0, 10, false)))).containsExactly("a3");
            assertThat(ids(store.index().search(new ArticleQuery(null, null, null, null, null,
                    LocalDate.of(2021, 12, 8), LocalDate.of(2022, 1, 3), 0, 10, false)))).containsExactly("a3", "a2");
        }
    }

    @Test
    void facetsCountEveryMatchNotOnlyThePage() throws IOException {
        try (Store store = filled()) {
            SearchResult result = store.index().search(ArticleQuery.of(null, 1));
            assertThat(result.hits()).hasSize(1);
            assertThat(result.facets().get("language")).containsExactly(java.util.Map.entry("en", 3), java.util.Map.entry("fr", 1));
            assertThat(result.facets().get("source")).containsEntry("wire.example", 2).containsEntry("journal.example", 1);
            assertThat(result.facets().get("entity")).containsExactly(java.util.Map.entry("e-putin", 2));
            assertThat(result.facets().get("date").keySet()).containsExactly("2021-12-07", "2021-12-08", "2022-01-03");
        }
    }

    @Test
    void dayFacetsSpanDatesFarApartInAnyOrder() throws IOException {
        try (Store store = Store.open(dir)) {
            LocalDate[] days = {LocalDate.of(2021, 12, 7), LocalDate.of(1990, 1, 1), LocalDate.of(2021, 12, 7), LocalDate.of(2030, 6, 1),
                    LocalDate.of(1989, 12, 31), LocalDate.of(2021, 12, 9)};
            for (int i = 0; i < days.length; i++) {
                store.add(article("d" + i, "Harbour note " + i, "The harbour opened.", "en", "wire.example", days[i], List.of()), "s" + i,
                        List.of());
            }
            store.index().refresh();
            SearchResult result = store.index().search(ArticleQuery.of("harbour", 2));
            assertThat(result.total()).isEqualTo(6);
            assertThat(result.hits()).hasSize(2);
            assertThat(result.facets().get("date")).containsExactly(java.util.Map.entry("1989-12-31", 1), java.util.Map.entry("1990-01-01", 1),
                    java.util.Map.entry("2021-12-07", 2), java.util.Map.entry("2021-12-09", 1), java.util.Map.entry("2030-06-01", 1));
            assertThat(store.index().search(ArticleQuery.of("harbour", 0)).facets().get("date")).hasSize(5);
        }
    }

    @Test
    void newestFirstOrdersMatchesByArrival() throws IOException {
        try (Store store = filled()) {
            assertThat(ids(store.index().search(ArticleQuery.of("ukraine OR storm", 10).newest()))).containsExactly("a4", "a3", "a1");
        }
    }

    @Test
    void pagesDoNotOverlap() throws IOException {
        try (Store store = filled()) {
            List<String> seen = new ArrayList<>();
            for (int offset = 0; offset < 4; offset += 3) {
                seen.addAll(ids(store.index().search(new ArticleQuery(null, null, null, null, null, null, null, offset, 3, false))));
            }
            assertThat(seen).containsExactly("a4", "a3", "a2", "a1");
            assertThat(store.index().search(new ArticleQuery(null, null, null, null, null, null, null, 10, 3, false)).hits()).isEmpty();
        }
    }

    @Test
    void invalidSyntaxIsAnIllegalArgument() throws IOException {
        try (Store store = filled()) {
            assertThatThrownBy(() -> store.index().search(ArticleQuery.of("title:(unclosed", 10)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a valid query");
            assertThatThrownBy(() -> new ArticleQuery(null, null, null, null, null, null, null, 9_999, 2, false))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void forEachFromVisitsOnlyWhatArrivedSince() throws IOException {
        try (Store store = filled()) {
            List<String> first = new ArrayList<>();
            long position = store.forEachFrom(0, a -> first.add(a.article().id()));
            assertThat(first).containsExactly("a1", "a2", "a3", "a4");
            List<String> none = new ArrayList<>();
            assertThat(store.forEachFrom(position, a -> none.add(a.article().id()))).isEqualTo(position);
            assertThat(none).isEmpty();
            store.add(article("a5", "Late", "Later text.", "en", null, null, List.of()), "s4", List.of());
            List<String> later = new ArrayList<>();
            assertThat(store.forEachFrom(position, a -> later.add(a.article().id()))).isGreaterThan(position);
            assertThat(later).containsExactly("a5");
        }
    }
}
