package io.newsweave.store;

import io.newsweave.model.Article;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.Rejection;
import io.newsweave.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoreTest {

    @TempDir
    Path dir;

    static Article article(String id, String text) {
        return new Article(id, new Origin("in.jsonl", 1), "https://example.invalid/" + id, "example.invalid", "Title " + id,
                text, "en", 0.9, new Published(LocalDate.of(2026, 1, 5), Provenance.METADATA, 1),
                List.of(), List.of(new Timex(0, 3, text.substring(0, 3), "2026-01-05", "day", "absolute")));
    }

    private static List<String> ids(Store store) throws IOException {
        List<String> ids = new ArrayList<>();
        store.forEach(a -> ids.add(a.article().id()));
        return ids;
    }

    @Test
    void articlesSurviveReopeningWithTheirStoryAndFields() throws IOException {
        try (Store store = Store.open(dir)) {
            store.add(article("a1", "One two three."), "s1", List.of("biden", "putin"));
            store.add(article("a2", "Four five six."), "s1", List.of("biden"));
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.size()).isEqualTo(2);
            assertThat(ids(store)).containsExactly("a1", "a2");
            StoredArticle a1 = store.get("a1").orElseThrow();
            assertThat(a1.article()).isEqualTo(article("a1", "One two three."));
            assertThat(a1.story()).isEqualTo("s1");
            assertThat(a1.keys()).containsExactly("biden", "putin");
            assertThat(store.story("s1")).extracting(s -> s.article().id()).containsExactly("a1", "a2");
        }
    }

    @Test
    void addingAnIdAgainDoesNothing() throws IOException {
        try (Store store = Store.open(dir)) {
            assertThat(store.add(article("a1", "One two three."), "s1", List.of())).isPresent();
            assertThat(store.add(article("a1", "One two three."), "s2", List.of())).isEmpty();
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.add(article("a1", "One two three."), "s3", List.of())).isEmpty();
            assertThat(ids(store)).containsExactly("a1");
        }
    }

    @Test
    void syncedArticlesMissingFromTheIndexAreReplayedFromTheJournal() throws IOException {
        try (Store store = Store.open(dir)) {
            store.add(article("a1", "One two three."), "s1", List.of("k"));
        }
        // a second journal record written after the index's last commit, as after a crash
        byte[] record = Store.encode(new StoredArticle(2, article("a2", "Seven eight nine."), "s1", List.of("k")));
        try (Journal journal = new Journal(dir.resolve("journal.log"))) {
            journal.append(record);
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.contains("a2")).isTrue();
            assertThat(store.get("a2")).isPresent();
            assertThat(store.story("s1")).hasSize(2);
        }
    }

    @Test
    void aTornJournalTailIsCutOffAndTheRestKept() throws IOException {
        try (Store store = Store.open(dir)) {
            store.add(article("a1", "One two three."), "s1", List.of());
            store.add(article("a2", "Four five six."), "s1", List.of());
        }
        Path journal = dir.resolve("journal.log");
        long size = Files.size(journal);
        try (RandomAccessFile file = new RandomAccessFile(journal.toFile(), "rw")) {
            file.setLength(size - 7);
        }
        try (Store store = Store.open(dir)) {
            assertThat(ids(store)).containsExactly("a1");
            store.add(article("a3", "Ten eleven twelve."), "s2", List.of());
        }
        try (Store store = Store.open(dir)) {
            assertThat(ids(store)).containsExactly("a1", "a3");
        }
    }

    @Test
    void aCorruptRecordEndsTheValidJournal() throws IOException {
        try (Store store = Store.open(dir)) {
            store.add(article("a1", "One two three."), "s1", List.of());
        }
        long good = Files.size(dir.resolve("journal.log"));
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("journal.log").toFile(), "rw")) {
            file.seek(good);
            file.writeInt(5);
            file.writeInt(12345);
            file.write(new byte[] {1, 2, 3, 4, 5});
        }
        try (Journal journal = new Journal(dir.resolve("journal.log"))) {
            assertThat(journal.position()).isEqualTo(good);
        }
    }

    @Test
    void emptyDataDirectoryOpensEmpty() throws IOException {
        try (Store store = Store.open(dir.resolve("fresh"))) {
            assertThat(store.size()).isZero();
            assertThat(ids(store)).isEmpty();
            assertThat(store.get("nothing")).isEmpty();
        }
    }

    @Test
    void rejectionsLandInTheQuarantineWithTheirReason() throws IOException {
        try (Store store = Store.open(dir)) {
            store.quarantine().put(new Rejection(new Origin("feed.xml", 0), 42, "broken XML: unexpected end", new byte[] {1, 2}));
            store.quarantine().put(new Rejection(new Origin("feed.xml", 0), 42, "broken XML: unexpected end", new byte[] {1, 2}));
            assertThat(store.quarantine().size()).isEqualTo(1);
            try (var files = Files.list(store.quarantine().dir())) {
                Path json = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
                assertThat(Files.readString(json)).contains("feed.xml").contains("broken XML: unexpected end").contains("42");
            }
        }
    }
}
