package io.newsweave.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsweave.model.Timex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expressions in six languages with a publication date and the value they must resolve to. */
class GoldenTimexTest {

    private static final PublicationDater DATER = new PublicationDater();

    static Stream<Arguments> golden() throws IOException {
        return rows().stream().map(r -> Arguments.of(r[0], LocalDate.parse(r[1]), r[2], r[3], r[4]));
    }

    private static List<String[]> rows() throws IOException {
        try (InputStream in = GoldenTimexTest.class.getResourceAsStream("golden.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "[{0}] \"{3}\" in \"{2}\" published {1} is {4}")
    @MethodSource("golden")
    void expressionResolvesToItsValue(String lang, LocalDate published, String sentence, String expression,
                                      String value) {
        List<Timex> timexes = DATER.resolve(sentence, published);
        assertThat(timexes).as("timexes of %s", sentence)
                .anySatisfy(t -> {
                    assertThat(t.text()).isEqualTo(expression);
                    assertThat(t.value()).isEqualTo(value);
                });
        for (Timex t : timexes) {
            assertThat(sentence.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void goldenSetCoversSixLanguagesWithAtLeastEightyExpressions() throws IOException {
        List<String[]> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        Set<String> langs = rows.stream().map(r -> r[0]).collect(Collectors.toSet());
        assertThat(langs).containsExactlyInAnyOrder("en", "fr", "es", "de", "it", "pt");
    }
}
