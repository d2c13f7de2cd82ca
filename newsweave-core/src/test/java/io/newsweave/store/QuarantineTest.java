package io.newsweave.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarantineTest {

    @TempDir
    Path dir;

    private static Rejection bad(String input, long line, String reason, String sample) {
        return new Rejection(new Origin(input, line), line * 100, reason, sample.getBytes(StandardCharsets.UTF_8));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private JsonNode entry() throws IOException {
        Path json = files().stream().filter(p -> !p.getFileName().toString().equals(Quarantine.DROPPED)).findFirst().orElseThrow();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
    }

    @Test
    void oneEntryPerInputWithCountsPerReasonAndBoundedExamples() throws IOException {
        Quarantine q = new Quarantine(dir);
        String line = "x".repeat(10_000);
        for (int i = 1; i <= 100_000; i++) {
            q.put(bad("wire.jsonl", i, i % 10 == 0 ? "no article text: empty maintext" : "not valid JSON: Unexpected character", line));
        }
        q.flush();
        assertThat(files()).hasSize(1);
        assertThat(q.size()).isEqualTo(1);
        JsonNode e = entry();
        assertThat(e.path("input").asText()).isEqualTo("wire.jsonl");
        assertThat(e.path("rejected").asLong()).isEqualTo(100_000);
        assertThat(e.path("reasons").path("not valid JSON").asLong()).isEqualTo(90_000);
        assertThat(e.path("reasons").path("no article text").asLong()).isEqualTo(10_000);
        assertThat(e.path("examples")).hasSize(Quarantine.MAX_EXAMPLES);
        assertThat(e.path("examples").get(0).path("origin").asText()).isEqualTo("wire.jsonl#1");
        assertThat(e.path("examples").get(0).path("offset").asLong()).isEqualTo(100);
        assertThat(e.path("examples").get(0).path("sample").asText()).hasSize(Quarantine.MAX_SAMPLE_BYTES);
        assertThat(e.path("examples").get(0).path("sample_bytes").asInt()).isEqualTo(10_000);
        assertThat(Files.size(files().get(0))).isLessThan(100_000);
    }

    @Test
    void theFolderStaysWithinItsBoundDroppingTheOldestAndCountingThem() throws IOException {
        Quarantine q = new Quarantine(dir, 256 * 1024);
        String sample = "y".repeat(3000);
        for (int i = 0; i < 2_000; i++) {
            q.put(bad("file-" + i + ".html", 0, "not a page: binary content", sample));
        }
        q.flush();
        long total = 0;
        for (Path p : files()) {
            total += Files.size(p);
        }
        assertThat(total).isLessThanOrEqualTo(256 * 1024 + 4096);
        assertThat(q.dropped()).isPositive();
        assertThat(q.size() + q.dropped()).isEqualTo(2_000);
        assertThat(new Quarantine(dir).dropped()).isEqualTo(q.dropped());
        assertThat(dir.resolve(Quarantine.key("file-1999.html") + ".json")).exists();
        assertThat(dir.resolve(Quarantine.key("file-0.html") + ".json")).doesNotExist();
    }

    @Test
    void aNewRunReplacesTheEntryOfTheSameInput() throws IOException {
        Quarantine first = new Quarantine(dir);
        first.put(bad("feed.xml", 0, "broken XML: unexpected end", "<rss"));
        first.put(bad("feed.xml", 0, "broken XML: unexpected end", "<rss"));
        first.flush();
        Quarantine second = new Quarantine(dir);
        second.put(bad("feed.xml", 0, "not a feed", "<html"));
        assertThat(second.size()).isEqualTo(1);
        assertThat(entry().path("rejected").asLong()).isEqualTo(1);
        assertThat(entry().path("reasons").has("not a feed")).isTrue();
    }

    @Test
    void samplesAreTextWithReplacementAndReasonsAreBounded() throws IOException {
        Quarantine q = new Quarantine(dir);
        q.put(new Rejection(Origin.file("junk.bin"), 0, "binary: " + "z".repeat(5000), new byte[] {(byte) 0xff, 'a', (byte) 0xc3}));
        q.put(new Rejection(Origin.file("empty.txt"), "empty"));
        q.flush();
        assertThat(q.size()).isEqualTo(2);
        assertThat(Quarantine.sample(new byte[] {(byte) 0xff, 'a'})).isEqualTo("\ufffda");
        assertThat(Quarantine.sample(new byte[0])).isEmpty();
        assertThat(Quarantine.kind("not valid JSON: x: y")).isEqualTo("not valid JSON");
        assertThat(Quarantine.kind("")).isEmpty();
        assertThat(Quarantine.kind("r".repeat(500))).hasSize(120);
        assertThatThrownBy(() -> new Quarantine(dir, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyOrMissingFolderHoldsNothing() throws IOException {
        Quarantine q = new Quarantine(dir.resolve("none"));
        assertThat(q.size()).isZero();
        assertThat(q.dropped()).isZero();
        q.flush();
        assertThat(Files.exists(dir.resolve("none"))).isFalse();
    }
}
