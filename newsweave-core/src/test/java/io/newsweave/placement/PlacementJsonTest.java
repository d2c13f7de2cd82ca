package io.newsweave.placement;

import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.Rejection;
import io.newsweave.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacementJsonTest {

    private static final Article ARTICLE = new Article("a1", new Origin("kafka:articles/0@4", 1), "https://example.org/x",
            "example.org", "Talks resume", "Talks resume in Geneva today.", "en", 0.9,
            new Published(LocalDate.of(2024, 3, 2), Provenance.METADATA, 1.0),
            List.of(new Mention(16, 22, "Geneva", "e-geneva", false)), List.of());

    @Test
    void everyKindOfRecordReadsBackAsWritten() {
        List<PlacementRecord> records = List.of(
                new PlacementRecord.Placed("en", ARTICLE, "s1", "e1", List.of("n:geneva", "t:talk")),
                new PlacementRecord.Merged("en", "s2", "s1"),
                new PlacementRecord.Duplicate("en", new Origin("kafka:articles/1@9", 1), "a1"),
                new PlacementRecord.Rejected("", new Rejection(new Origin("kafka:articles/1@10", 1), -1, "not valid JSON: x",
                        "{bad".getBytes(StandardCharsets.UTF_8))));
        for (PlacementRecord r : records) {
            String line = PlacementJson.write(r);
            assertThat(line).doesNotContain("\n");
            PlacementRecord back = PlacementJson.read(line);
            assertThat(PlacementJson.write(back)).isEqualTo(line);
        }
        PlacementRecord.Placed placed = (PlacementRecord.Placed) PlacementJson.read(PlacementJson.write(records.get(0)));
        assertThat(placed.article()).isEqualTo(ARTICLE);
        assertThat(placed.entities()).containsExactly("e-geneva");
        assertThat(PlacementJson.write(placed)).contains("\"entities\":[\"e-geneva\"]");
    }

    @Test
    void aLineThatIsNoRecordIsRefusedSayingWhy() {
        assertThatThrownBy(() -> PlacementJson.read("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> PlacementJson.read("{\"type\":")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> PlacementJson.read("{\"type\":\"moved\"}")).hasMessageContaining("unknown placement record type 'moved'");
        assertThatThrownBy(() -> PlacementJson.read("{\"type\":\"placed\",\"story\":\"s\"}"))
                .hasMessageContaining("bad 'placed' placement record: missing field 'article'");
    }

    @Test
    void aStoreTakesRecordsInOnceAndReadsMergedStories(@TempDir Path dir) throws Exception {
        Article other = new Article("a2", new Origin("kafka:articles/0@5", 1), null, "example.net", "Talks go on",
                "Talks go on in Geneva.", "en", 0.9, Published.UNKNOWN, List.of(), List.of());
        try (Store store = Store.open(dir)) {
            StorePlacements applier = new StorePlacements(store);
            assertThat(applier.apply(new PlacementRecord.Placed("en", ARTICLE, "s1", "e1", List.of()))).isTrue();
            assertThat(applier.apply(new PlacementRecord.Placed("en", other, "s2", "e2", List.of()))).isTrue();
            assertThat(applier.apply(new PlacementRecord.Merged("en", "s2", "s1"))).isTrue();
            assertThat(applier.apply(new PlacementRecord.Placed("en", ARTICLE, "s1", "e1", List.of()))).as("again").isFalse();
            assertThat(applier.apply(new PlacementRecord.Merged("en", "s2", "s1"))).as("again").isFalse();
            java.util.Map<String, String> stories = new java.util.HashMap<>();
            store.forEach(s -> stories.put(s.article().id(), s.story()));
            assertThat(stories).containsEntry("a1", "s1").containsEntry("a2", "s1");
            assertThat(store.size()).isEqualTo(2);
            assertThat(applier.placed()).isEqualTo(2);
            assertThat(applier.merged()).isEqualTo(1);
        }
    }
}
