package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query bombs against a real server: each is a 400 with a JSON reason, answered quickly, and
 * normal searches still answer.
 */
class SearchLimitsTest extends ServerFixtureTest {

    private static final Duration QUICK = Duration.ofMillis(200);

    static Stream<Arguments> bombs() {
        return Stream.of(
                Arguments.of("/a{999999999}/", "repeats 999999999 times"),
                Arguments.of("/.{1000000}/", "repeats 1000000 times"),
                Arguments.of("/(a{200}){200}/", "unrolls to more than 1000"),
                Arguments.of("/[a-z]{1,100}[a-z]{1,100}[a-z]{1,100}[a-z]{1,100}/", "too complex"),
                Arguments.of("/.*a.{20}/", "too complex"),
                Arguments.of("*a*", "not allowed as first character"),
                Arguments.of("?*?*?*", "not allowed as first character"),
                Arguments.of("(".repeat(600) + "a" + ")".repeat(600), "longer than 1000 characters"),
                Arguments.of("(a ".repeat(240) + "b" + ")".repeat(240), "nests more than 20 levels of parentheses"),
                Arguments.of(IntStream.range(0, 150).mapToObj(i -> "w" + (char) ('a' + i % 26)).collect(Collectors.joining(" OR ")),
                        "too many terms"),
                Arguments.of("putin~2 biden~2 ukraine~2 storm~2 coast~2 talks~2", "too many wildcard, fuzzy"),
                Arguments.of("a* b* c* d* e* f*", "too many wildcard, fuzzy"),
                Arguments.of("[a TO z] [b TO z] [c TO z] [d TO z] [e TO z] [f TO z]", "too many wildcard, fuzzy"),
                Arguments.of("x".repeat(1_500), "longer than 1000 characters"));
    }

    @ParameterizedTest
    @MethodSource("bombs")
    void aQueryBombIsAQuick400WithItsReason(String q, String reason) throws Exception {
        String path = "/api/search?q=" + Html.url(q);
        HttpResponse<String> r = fx.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = Fixture.JSON.readTree(r.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("bad_request");
        assertThat(error.path("message").asText()).contains(reason);
        assertThat(fastest(path, 3)).isLessThan(QUICK);
    }

    /** The quickest of {@code n} answers: a bomb that did its work would be slow every time, a busy machine only sometimes. */
    private static Duration fastest(String path, int n) throws Exception {
        Duration best = null;
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            assertThat(fx.get(path).statusCode()).isEqualTo(400);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            best = best == null || took.compareTo(best) < 0 ? took : best;
        }
        return best;
    }

    @Test
    void theSearchPageShowsARefusedQueryWithItsReason() throws Exception {
        HttpResponse<String> r = fx.get("/search?q=" + Html.url("/a{999999999}/"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"search-error\"").contains("repeats 999999999 times");
        assertThat(fx.get("/feeds/search?q=" + Html.url("/.{1000000}/")).statusCode()).isEqualTo(400);
    }

    @Test
    void boundedWildcardFuzzyRegexpAndPhraseSearchesStillAnswer() throws Exception {
        for (String q : new String[] {"ukrain*", "putin~1", "/ukrain.*/", "/(a|aa)*b/", "\"biden talk\"", "biden AND (ukraine OR storm)",
                "[a TO z]"}) {
            HttpResponse<String> r = fx.get("/api/search?q=" + Html.url(q));
            assertThat(r.statusCode()).as(q + " -> " + r.body()).isEqualTo(200);
        }
        JsonNode wildcard = Fixture.JSON.readTree(fx.get("/api/search?q=" + Html.url("ukrain*")).body());
        assertThat(wildcard.path("hits").get(0).path("id").asText()).isEqualTo("aputin01");
    }
}
