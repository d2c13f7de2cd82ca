package io.newsweave.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchStateTest {

    @Test
    void seenUrlsAndSchedulesSurviveAReopen(@TempDir Path dir) throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        try (WatchState state = WatchState.open(dir)) {
            state.markSeen(List.of("https://a.org/1", "https://a.org/2"));
            SourceHealth health = SourceHealth.fresh().success(t, 200, Duration.ofMillis(5), 2, 2, 2);
            state.put(SourceState.fresh("https://a.org/feed", 600_000).withKind(SourceKind.RSS)
                    .withValidators("\"e1\"", "Tue, 07 Dec 2021 10:00:00 GMT", "abc").withHealth(health).scheduled(123, 600_000));
            state.save();
        }
        try (WatchState state = WatchState.open(dir)) {
            assertThat(state.seen("https://a.org/1")).isTrue();
            assertThat(state.seen("https://a.org/3")).isFalse();
            assertThat(state.seenCount()).isEqualTo(2);
            SourceState s = state.source("https://a.org/feed");
            assertThat(s.kind()).isEqualTo(SourceKind.RSS);
            assertThat(s.etag()).isEqualTo("\"e1\"");
            assertThat(s.nextDue()).isEqualTo(123);
            assertThat(s.health().articles()).isEqualTo(2);
            assertThat(s.health().newPerDay()).containsExactly(2);
        }
    }

    @Test
    void aTornLastLineIsCutOffAndAppendingContinuesCleanly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("seen.log"), "https://a.org/1\nhttps://a.org/2\nhttps://a.or", StandardCharsets.UTF_8);
        try (WatchState state = WatchState.open(dir)) {
            assertThat(state.seenCount()).isEqualTo(2);
            assertThat(state.seen("https://a.or")).isFalse();
            state.markSeen(List.of("https://a.org/3"));
        }
        assertThat(Files.readString(dir.resolve("seen.log"))).isEqualTo("https://a.org/1\nhttps://a.org/2\nhttps://a.org/3\n");
    }

    @Test
    void aLogOfManyRepeatedLinesIsRewrittenOnOpenWithEachUrlOnce(@TempDir Path dir) throws Exception {
        StringBuilder log = new StringBuilder();
        for (int round = 0; round < 30; round++) {
            for (int i = 0; i < 100; i++) {
                log.append("https://a.org/").append(i).append('\n');
            }
            log.append('\n');
        }
        log.append("https://a.org/tor");
        Files.writeString(dir.resolve("seen.log"), log, StandardCharsets.UTF_8);
        try (WatchState state = WatchState.open(dir)) {
            assertThat(state.seenCount()).isEqualTo(100);
            assertThat(state.seen("https://a.org/tor")).isFalse();
            state.markSeen(List.of("https://a.org/100", "https://a.org/7"));
        }
        List<String> lines = Files.readAllLines(dir.resolve("seen.log"));
        assertThat(lines).hasSize(101).doesNotHaveDuplicates().contains("https://a.org/0", "https://a.org/99")
                .endsWith("https://a.org/100");
        assertThat(dir.resolve("seen.log.tmp")).doesNotExist();
    }

    @Test
    void aLogWithFewRepeatsIsLeftAsWritten(@TempDir Path dir) throws Exception {
        String log = "https://a.org/1\nhttps://a.org/2\nhttps://a.org/1\n";
        Files.writeString(dir.resolve("seen.log"), log, StandardCharsets.UTF_8);
        try (WatchState state = WatchState.open(dir)) {
            assertThat(state.seenCount()).isEqualTo(2);
        }
        assertThat(Files.readString(dir.resolve("seen.log"))).isEqualTo(log);
    }

    @Test
    void theSameUrlsMarkedFromManyThreadsAreWrittenOnce(@TempDir Path dir) throws Exception {
        List<String> urls = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "https://a.org/" + i).toList();
        try (WatchState state = WatchState.open(dir);
             java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> marks = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                marks.add(pool.submit(() -> {
                    go.await();
                    state.markSeen(urls);
                    return null;
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<?> f : marks) {
                f.get();
            }
        }
        assertThat(Files.readAllLines(dir.resolve("seen.log"))).containsExactlyInAnyOrderElementsOf(urls);
    }

    @Test
    void anEmptyDirectoryStartsEmpty(@TempDir Path dir) throws Exception {
        try (WatchState state = WatchState.open(dir.resolve("watch"))) {
            assertThat(state.seenCount()).isZero();
            assertThat(state.sources()).isEmpty();
        }
    }

    @Test
    void aDamagedSourcesFileIsReportedWithItsPath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sources.json"), "{not json", StandardOpenOption.CREATE);
        assertThatThrownBy(() -> WatchState.open(dir)).hasMessageContaining("sources.json").hasMessageContaining("move it away");
    }
}
