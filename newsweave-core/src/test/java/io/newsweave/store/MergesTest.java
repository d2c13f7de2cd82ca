package io.newsweave.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.newsweave.store.StoreTest.article;
import static org.assertj.core.api.Assertions.assertThat;

class MergesTest {

    @TempDir
    Path dir;

    private static List<String> storiesOf(Store store) throws IOException {
        List<String> out = new ArrayList<>();
        store.forEach(s -> out.add(s.story() + "/" + s.event()));
        return out;
    }

    @Test
    void mergedStoriesAndEventsReadBackAsOneAndSurviveReopening() throws IOException {
        try (Store store = Store.open(dir)) {
            store.add(article("a1", "One two three."), "s1", "e1", List.of("k"));
            store.add(article("a2", "Four five six."), "s2", "e2", List.of("k"));
            store.add(article("a3", "Seven eight nine."), "s3", "e3", List.of("k"));
            assertThat(store.merge("s2", "s1")).isTrue();
            assertThat(store.merge("s1", "s3")).isTrue();
            assertThat(store.merge("s2", "s3")).isFalse();
            assertThat(store.merge("e2", "e1")).isTrue();
            assertThat(storiesOf(store)).containsExactly("s3/e1", "s3/e1", "s3/e3");
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.mergeCount()).isEqualTo(3);
            assertThat(store.canonical("s2")).isEqualTo("s3");
            assertThat(storiesOf(store)).containsExactly("s3/e1", "s3/e1", "s3/e3");
            assertThat(store.get("a2").orElseThrow().story()).isEqualTo("s3");
            assertThat(store.story("s1")).extracting(s -> s.article().id()).containsExactly("a1", "a2", "a3");
            assertThat(store.story("s3")).hasSize(3);
        }
    }

    @Test
    void aTornMergeRecordIsCutOffAndTheRestKept() throws IOException {
        try (Store store = Store.open(dir)) {
            store.add(article("a1", "One two three."), "s1", "e1", List.of("k"));
            store.add(article("a2", "Four five six."), "s2", "e2", List.of("k"));
            store.merge("s2", "s1");
            store.merge("e2", "e1");
        }
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("merges.log").toFile(), "rw")) {
            f.setLength(f.length() - 3);
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.mergeCount()).isEqualTo(1);
            assertThat(storiesOf(store)).containsExactly("s1/e1", "s1/e2");
        }
    }

    @Test
    void anUnknownIdIsItsOwnCanonicalId() throws IOException {
        try (Store store = Store.open(dir)) {
            assertThat(store.canonical("nothing")).isEqualTo("nothing");
            assertThat(store.story("nothing")).isEmpty();
            assertThat(store.mergeCount()).isZero();
        }
    }
}
