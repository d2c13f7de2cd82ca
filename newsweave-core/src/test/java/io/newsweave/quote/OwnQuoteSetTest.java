package io.newsweave.quote;

import io.newsweave.model.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of quote spans and speakers on our own test set (src/test/resources/quotes:
 * articles we wrote in six languages, 101 gold quotes). Floors sit a little under the measured
 * figures (docs/QUALITY.md) and only move up.
 */
class OwnQuoteSetTest {

    /** Measured spans P 0.990 R 0.990, speakers P 0.910 R 0.901 (docs/QUALITY.md). */
    static final double FLOOR_SPAN_PRECISION = 0.97;
    static final double FLOOR_SPAN_RECALL = 0.97;
    static final double FLOOR_SPEAKER_PRECISION = 0.88;
    static final double FLOOR_SPEAKER_RECALL = 0.88;

    record Gold(String article, String quote, String speaker) {
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OwnQuoteSetTest.class.getResourceAsStream("/quotes/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The articles of one file, by id: "### id lang" lines start them. */
    private static Map<String, Article> articles(String language) throws IOException {
        Map<String, Article> out = new LinkedHashMap<>();
        String id = null;
        StringBuilder body = new StringBuilder();
        for (String line : (resource("articles-" + language + ".txt") + "\n### end").split("\n")) {
            if (line.startsWith("### ")) {
                if (id != null) {
                    out.put(id, new Articles().of(id, body.toString().strip(), language, LocalDate.of(2026, 3, 2)));
                }
                id = line.split(" ")[1];
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        return out;
    }

    static String normalized(String quote) {
        String s = quote.strip().replaceAll("\\s+", " ");
        int a = 0;
        int b = s.length();
        while (a < b && ",.;:!?".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && ",.;:!? ".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Same speaker: equal, or one name's words within the other's ("Kellerman", "Maria Kellerman"). */
    static boolean sameSpeaker(String gold, String predicted) {
        if (predicted == null) {
            return false;
        }
        String g = " " + gold.toLowerCase(Locale.ROOT) + " ";
        String p = " " + predicted.toLowerCase(Locale.ROOT).strip() + " ";
        return g.contains(p) || p.contains(g);
    }

    @Test
    void spansAndSpeakersOfOurOwnSetStayAboveTheirFloors() throws IOException {
        List<Gold> gold = new ArrayList<>();
        for (String line : resource("gold.tsv").split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 3 && !f[0].equals("article")) {
                gold.add(new Gold(f[0], f[1], f[2]));
            }
        }
        assertThat(gold).hasSizeGreaterThanOrEqualTo(100);
        QuoteFinder finder = new QuoteFinder();
        Map<String, List<Quote>> found = new LinkedHashMap<>();
        for (String language : List.of("en", "fr", "de", "es", "it", "pt")) {
            articles(language).forEach((id, a) -> found.put(id, finder.find(a)));
        }
        int predicted = found.values().stream().mapToInt(List::size).sum();
        int spanHits = 0;
        int speakerHits = 0;
        int attributedHits = 0;
        List<String> misses = new ArrayList<>();
        for (Gold g : gold) {
            Quote hit = found.getOrDefault(g.article(), List.of()).stream()
                    .filter(q -> normalized(q.text()).equals(normalized(g.quote()))).findFirst().orElse(null);
            if (hit == null) {
                misses.add("span    " + g);
                continue;
            }
            spanHits++;
            attributedHits += hit.speakerName() != null ? 1 : 0;
            if (sameSpeaker(g.speaker(), hit.speakerName())) {
                speakerHits++;
            } else {
                misses.add("speaker " + g + " got " + hit.speakerName());
            }
        }
        double spanPrecision = (double) spanHits / predicted;
        double spanRecall = (double) spanHits / gold.size();
        double speakerPrecision = attributedHits == 0 ? 0 : (double) speakerHits / attributedHits;
        double speakerRecall = (double) speakerHits / gold.size();
        System.out.printf(Locale.ROOT, "own quote set: %d gold, %d predicted; spans P %.3f R %.3f; speakers P %.3f R %.3f%n",
                gold.size(), predicted, spanPrecision, spanRecall, speakerPrecision, speakerRecall);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(spanPrecision).as("span precision").isGreaterThanOrEqualTo(FLOOR_SPAN_PRECISION);
        assertThat(spanRecall).as("span recall").isGreaterThanOrEqualTo(FLOOR_SPAN_RECALL);
        assertThat(speakerPrecision).as("speaker precision").isGreaterThanOrEqualTo(FLOOR_SPEAKER_PRECISION);
        assertThat(speakerRecall).as("speaker recall").isGreaterThanOrEqualTo(FLOOR_SPEAKER_RECALL);
    }
}
