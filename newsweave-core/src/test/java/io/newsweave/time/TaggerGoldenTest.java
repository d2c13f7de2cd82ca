package io.newsweave.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsweave.model.Timex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Our own tagger test set (tagger.tsv plus golden.tsv): periods, durations, sets, vague
 * references, times and modifiers in six languages. An expression counts as right when a timex
 * has exactly its surface, value and (where given) TIMEX3 type.
 */
class TaggerGoldenTest {

    /** Measured 1.000 (335 of 335) when set. Floors only move up. */
    static final double ACCURACY_FLOOR = 0.97;

    private static final PublicationDater DATER = new PublicationDater();

    static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = TaggerGoldenTest.class.getResourceAsStream(resource)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .collect(Collectors.toList());
        }
    }

    @Test
    void taggerSetHasThreeHundredExpressionsInSixLanguages() throws IOException {
        List<String[]> rows = new ArrayList<>(rows("tagger.tsv"));
        rows.addAll(rows("golden.tsv"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows.stream().map(r -> r[0]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("en", "fr", "es", "de", "it", "pt");
        assertThat(rows("tagger.tsv").stream().map(r -> r[5]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("DATE", "TIME", "DURATION", "SET");
    }

    @Test
    void expressionsResolveToTheirValuesAndTypes() throws IOException {
        List<String[]> rows = new ArrayList<>(rows("tagger.tsv"));
        rows.addAll(rows("golden.tsv"));
        List<String> misses = new ArrayList<>();
        for (String[] r : rows) {
            List<Timex> timexes = DATER.resolve(r[2], LocalDate.parse(r[1]));
            boolean ok = timexes.stream().anyMatch(t -> t.text().equals(r[3]) && t.value().equals(r[4])
                    && (r.length < 6 || t.type().equals(r[5])));
            if (!ok) {
                misses.add(r[0] + " " + r[3] + " -> " + r[4] + " got " + timexes.stream()
                        .map(t -> t.text() + "=" + t.value() + "/" + t.type()).toList());
            }
        }
        double accuracy = 1.0 - (double) misses.size() / rows.size();
        System.out.printf("tagger set: %d expressions, accuracy %.3f%n", rows.size(), accuracy);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(accuracy).as("accuracy; misses %s", misses).isGreaterThanOrEqualTo(ACCURACY_FLOOR);
    }

    @Test
    void everyTypeIsOneOfTheFourTimexTypes() throws IOException {
        for (String[] r : rows("tagger.tsv")) {
            for (Timex t : DATER.resolve(r[2], LocalDate.parse(r[1]))) {
                assertThat(t.type()).isIn(Set.of("DATE", "TIME", "DURATION", "SET"));
                assertThat(r[2].substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
    }
}
