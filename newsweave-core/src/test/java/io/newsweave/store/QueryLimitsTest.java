package io.newsweave.store;

import io.newsweave.model.Article;
import io.newsweave.model.Origin;
import io.newsweave.model.Published;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryLimitsTest {

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void fill() throws IOException {
        store = Store.open(dir);
        add("a1", "Putin and Biden talk", "The presidents spoke about Ukraine and the Ukrainian border.", "s1");
        add("a2", "Storm hits coast", "A storm hit the coast of Aurelia.", "s2");
        add("a3", "Aaab", "The word aaab is here, and " + "x".repeat(200) + " too.", "s3");
        store.index().refresh();
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    private static void add(String id, String title, String text, String story) throws IOException {
        store.add(new Article(id, new Origin("in.jsonl", 1), null, "wire.example", title, text, "en", 0.9, Published.UNKNOWN,
                List.of(), List.of()), story, List.of());
    }

    private static List<String> ids(String q) throws IOException {
        return store.index().search(ArticleQuery.of(q, 10)).hits().stream().map(h -> h.article().article().id()).toList();
    }

    static Stream<Arguments> bombs() {
        return Stream.of(
                Arguments.of("/a{999999999}/", "repeats 999999999 times"),
                Arguments.of("/.{1000000}/", "repeats 1000000 times"),
                Arguments.of("/[a-z]{256}/", "repeats 256 times"),
                Arguments.of("/(a{200}){200}/", "unrolls to more than 1000"),
                Arguments.of("/((((.{9}){9}){9}){9})/", "unrolls to more than 1000"),
                Arguments.of("/[a-z]{1,100}[a-z]{1,100}[a-z]{1,100}/", "too complex"),
                Arguments.of("/.*a.{20}/", "too complex"),
                Arguments.of("/[ab]*a[ab]{30}/", "too complex"),
                Arguments.of("*a*", "not allowed as first character"),
                Arguments.of("?*?*?*", "not allowed as first character"),
                Arguments.of("(".repeat(10_000) + "a" + ")".repeat(10_000), "at most 1000 characters"),
                Arguments.of("(a ".repeat(240) + "b" + ")".repeat(240), "nests more than 20 levels of parentheses"),
                Arguments.of(IntStream.range(0, 100_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR ")),
                        "at most 1000 characters"),
                Arguments.of(IntStream.range(0, 150).mapToObj(i -> "w" + (char) ('a' + i % 26)).collect(Collectors.joining(" OR ")),
                        "too many terms: 300"),
                Arguments.of("\"" + "word ".repeat(150) + "\"", "too many terms: 300"),
                Arguments.of("putin~1 biden~1 storm~1 coast~1 talk~1 ukraine~1", "too many wildcard, fuzzy"),
                Arguments.of("a* b* c* d* e* f*", "too many wildcard, fuzzy"),
                Arguments.of("/a.*/ /b.*/ /c.*/ /d.*/ /e.*/ /f.*/", "too many wildcard, fuzzy"),
                Arguments.of("[a TO b] [c TO d] [e TO f] [g TO h] [i TO j] [k TO l]", "too many wildcard, fuzzy"),
                Arguments.of("a".repeat(1_001), "at most 1000 characters"));
    }

    @ParameterizedTest
    @MethodSource("bombs")
    void aQueryBombIsRefusedWithItsReason(String q, String reason) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> store.index().search(ArticleQuery.of(q, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void phraseBooleanWildcardFuzzyAndRegexpStillMatch() throws IOException {
        assertThat(ids("\"spoke about\"")).containsExactly("a1");
        assertThat(ids("ukraine AND (storm OR putin)")).containsExactly("a1");
        assertThat(ids("ukrain*")).containsExactly("a1");
        assertThat(ids("putin~1")).containsExactly("a1");
        assertThat(ids("poutin~1")).containsExactly("a1");
        assertThat(ids("/ukrain.*/")).containsExactly("a1");
        assertThat(ids("/st[aeiou]rm/")).containsExactly("a2");
        assertThat(ids("/x{200}/")).containsExactly("a3");
        assertThat(ids("title:storm")).containsExactly("a2");
        assertThat(ids("ukr?ine talk~1")).containsExactly("a1");
    }

    static Stream<Arguments> expensiveLooking() {
        return Stream.of(
                Arguments.of("/(a|aa)*b/", 1),
                Arguments.of("[a TO z]", 3),
                Arguments.of("x".repeat(200) + "~2", 1),
                Arguments.of("x".repeat(198) + "yy~2", 1),
                Arguments.of("((((((((((storm))))))))))", 1),
                Arguments.of("/" + "(".repeat(25) + "a" + ")".repeat(25) + "/", 1),
                Arguments.of("\"" + "(".repeat(25) + " storm\"", 1),
                Arguments.of("putin~1 OR storm~1 OR coast~1 OR talk~1 OR ukraine~1", 2));
    }

    @ParameterizedTest
    @MethodSource("expensiveLooking")
    void anExpensiveLookingQueryWithinTheLimitsRuns(String q, int total) throws IOException {
        assertThat(store.index().search(ArticleQuery.of(q, 10)).total()).isEqualTo(total);
    }

    @Test
    void automataAreBuiltOnlyForBoundedRegularExpressions() {
        assertThat(ArticleSearch.plan(ArticleQuery.of("/(a|aa)*b/", 10)).expands()).isTrue();
        assertThat(ArticleSearch.plan(ArticleQuery.of("\"spoke about\" OR putin", 10)).expands()).isFalse();
        assertThatThrownBy(() -> QueryLimits.checkRegexp("(.{200}){6}")).hasMessageContaining("unrolls");
        QueryLimits.checkRegexp(".{1,255}");
    }

    @Test
    void aSearchPastItsBudgetStopsWithATimeout() {
        assertThatThrownBy(() -> store.index().search(ArticleQuery.of("/.*/", 10), Duration.ZERO))
                .isInstanceOf(SearchTimeoutException.class).hasMessageContaining("budget of 0 ms");
        assertThatThrownBy(() -> store.index().search(ArticleQuery.of(null, 10), Duration.ZERO))
                .isInstanceOf(SearchTimeoutException.class);
    }

    @Test
    void anExpandingSearchIsRefusedWhileThePermitsAreTakenAndAPlainOneIsNot() throws IOException {
        int taken = store.index().expanding.drainPermits();
        try {
            assertThatThrownBy(() -> store.index().search(ArticleQuery.of("ukrain*", 10)))
                    .isInstanceOf(SearchBusyException.class).hasMessageContaining("retry");
            assertThat(ids("ukraine")).containsExactly("a1");
        } finally {
            store.index().expanding.release(taken);
        }
        assertThat(ids("ukrain*")).containsExactly("a1");
    }
}
