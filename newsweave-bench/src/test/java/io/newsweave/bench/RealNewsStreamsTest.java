package io.newsweave.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link RealNewsStreams} puts every text in one seeded order, with a language only where the data
 * set declares one. The last test reads ../shared/datasets and skips without it.
 */
class RealNewsStreamsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A data set of ours: two plain-text files, a page, and 40 records, half of them with a declared language. */
    private static DatasetArticles.Dataset fixture(Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("set"));
        Path a = Files.writeString(root.resolve("a.txt"), "Bridge reopens after repairs\n\nThe old bridge reopened on Monday.");
        Path b = Files.write(root.resolve("b.txt"), new byte[] {'O', 'k', ' ', (byte) 0xff, (byte) 0xfe, ' ', 'x'});
        Path page = Files.writeString(root.resolve("p.html"), "<html><body><p>A page.</p></body></html>");
        List<DatasetArticles.Record> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(new DatasetArticles.Record("r.jsonl", "r" + i, i % 3 == 0 ? "Title " + i : null, "Text number " + i + ".",
                    i % 4 == 0 ? "2024-05-0" + (1 + i % 9) : null, i % 2 == 0 ? "es" : null));
        }
        return new DatasetArticles.Dataset("mine", root, List.of(a, b, page), records);
    }

    @Test
    void theSameDataSetsGiveTheSameStreamsInAShuffledOrder(@TempDir Path dir) throws IOException {
        DatasetArticles.Dataset set = fixture(dir);
        RealNewsStreams.Streams once = RealNewsStreams.of(List.of(set));
        RealNewsStreams.Streams again = RealNewsStreams.of(List.of(set));
        assertThat(again.jsonLines()).isEqualTo(once.jsonLines());
        assertThat(again.pages()).isEqualTo(once.pages());
        assertThat(once.jsonLines()).hasSize(42);
        List<String> inRecordOrder = set.records().stream().map(DatasetArticles.Record::toJson).toList();
        assertThat(once.jsonLines()).containsAll(inRecordOrder).doesNotContainSequence(inRecordOrder.subList(0, 5));
        assertThat(once.skipped()).isEmpty();

        once.writeJsonl(dir.resolve("out/s.jsonl"));
        assertThat(Files.readAllLines(dir.resolve("out/s.jsonl"), StandardCharsets.UTF_8)).isEqualTo(once.jsonLines());
    }

    @Test
    void aLanguageOrDateIsGivenOnlyWhereTheDataSetDeclaresOne(@TempDir Path dir) throws IOException {
        DatasetArticles.Dataset set = fixture(dir);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : RealNewsStreams.of(List.of(set)).jsonLines()) {
            lines.add(JSON.readTree(line));
        }
        for (DatasetArticles.Record r : set.records()) {
            JsonNode line = lines.stream().filter(l -> l.path("maintext").asText().equals(r.text())).findFirst().orElseThrow();
            assertThat(line.has("language")).as(r.id()).isEqualTo(r.language() != null);
            assertThat(line.path("language").asText(null)).as(r.id()).isEqualTo(r.language());
            assertThat(line.path("date_publish").asText(null)).as(r.id()).isEqualTo(r.date());
            assertThat(line.has("url") || line.has("source_domain")).as("no invented URL or outlet").isFalse();
        }
        List<JsonNode> files = lines.stream().filter(l -> !l.path("maintext").asText().startsWith("Text number")).toList();
        assertThat(files).hasSize(2).allSatisfy(l -> assertThat(l.fieldNames()).toIterable().containsExactly("maintext"));
        assertThat(files).extracting(l -> l.path("maintext").asText())
                .contains("Bridge reopens after repairs\n\nThe old bridge reopened on Monday.", "Ok \uFFFD\uFFFD x");
    }

    @Test
    void pagesStayFilesAndEveryOtherTextIsAJsonLine(@TempDir Path dir) throws IOException {
        RealNewsStreams.Streams streams = RealNewsStreams.of(List.of(fixture(dir)));
        assertThat(streams.pages()).containsExactly(dir.resolve("set/p.html"));
        assertThat(streams.jsonLines()).noneMatch(l -> l.contains("A page."));
    }

    @Test
    void noDataSetsGiveEmptyStreams() {
        RealNewsStreams.Streams streams = RealNewsStreams.of(List.of());
        assertThat(streams.jsonLines()).isEmpty();
        assertThat(streams.pages()).isEmpty();
    }

    @Test
    void theRealStreamsHoldEveryTextOfTheDataSetsOnce() throws IOException {
        Path root = DatasetArticles.locate();
        assumeTrue(root != null, "../shared/datasets absent; skipping");
        List<DatasetArticles.Dataset> sets = DatasetArticles.all(root);
        RealNewsStreams.Streams streams = RealNewsStreams.of(root);
        assertThat(streams.skipped()).isEmpty();
        long records = sets.stream().mapToLong(s -> s.records().size()).sum();
        long textFiles = sets.stream().flatMap(s -> s.files().stream()).filter(f -> f.toString().endsWith(".txt")).count();
        assertThat(streams.jsonLines()).hasSize((int) (records + textFiles));
        assertThat(streams.pages()).hasSize(450);
        long declared = sets.stream().flatMap(s -> s.records().stream()).filter(r -> r.language() != null).count();
        assertThat(streams.jsonLines().stream().filter(l -> l.contains("\"language\":"))).hasSize((int) declared);
        assertThat(RealNewsStreams.of(root).jsonLines()).as("same order every time").isEqualTo(streams.jsonLines());
    }
}
