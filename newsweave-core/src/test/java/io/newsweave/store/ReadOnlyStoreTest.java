package io.newsweave.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A read-only view opens beside a running writer and shows the store as it was when it opened. */
class ReadOnlyStoreTest {

    @TempDir
    Path dir;

    private static List<String> ids(Store store) throws IOException {
        List<String> ids = new ArrayList<>();
        store.forEach(a -> ids.add(a.article().id()));
        return ids;
    }

    @Test
    void aViewBesideTheWriterSeesTheCommittedAndTheSyncedArticlesAndNothingLater() throws IOException {
        try (Store writer = Store.open(dir)) {
            writer.add(StoreTest.article("a1", "Harbour strike ends in Velmora."), "s1", List.of("velmora"));
            writer.commit();
            writer.add(StoreTest.article("a2", "Ferries sail again from Velmora."), "s1", List.of("velmora"));
            writer.add(StoreTest.article("a3", "Storm closes the northern pass."), "s2", List.of("pass"));
            writer.merge("s2", "s1");
            writer.sync();
            try (Store view = Store.openReadOnly(dir)) {
                assertThat(view.readOnly()).isTrue();
                assertThat(view.size()).isEqualTo(3);
                assertThat(ids(view)).containsExactly("a1", "a2", "a3");
                assertThat(view.get("a2")).isPresent();
                assertThat(view.story("s1")).extracting(s -> s.article().id()).containsExactly("a1", "a2", "a3");
                assertThat(view.index().search(new io.newsweave.store.ArticleQuery("ferries", null, null, null, null, null, null,
                        0, 10, false)).total()).isEqualTo(1);
                writer.add(StoreTest.article("a4", "Later news from the coast."), "s3", List.of());
                writer.commit();
                assertThat(view.size()).isEqualTo(3);
                assertThat(ids(view)).containsExactly("a1", "a2", "a3");
                assertThat(view.get("a4")).isEmpty();
                assertThatThrownBy(() -> view.add(StoreTest.article("a5", "No."), "s5", List.of()))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
                assertThatThrownBy(() -> view.merge("s3", "s1")).isInstanceOf(IllegalStateException.class);
            }
            try (Store later = Store.openReadOnly(dir)) {
                assertThat(ids(later)).containsExactly("a1", "a2", "a3", "a4");
            }
            writer.add(StoreTest.article("a6", "Still writing after the views closed."), "s6", List.of());
        }
        try (Store reopened = Store.open(dir)) {
            assertThat(reopened.size()).isEqualTo(5);
        }
    }

    @Test
    void aViewOfAMissingOrEmptyDirectoryIsEmptyAndCreatesNothing() throws IOException {
        Path missing = dir.resolve("none");
        try (Store view = Store.openReadOnly(missing)) {
            assertThat(view.size()).isZero();
            assertThat(ids(view)).isEmpty();
            assertThat(view.story("s1")).isEmpty();
        }
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aTornTailWrittenByTheWriterIsNotRead() throws IOException {
        try (Store writer = Store.open(dir)) {
            writer.add(StoreTest.article("a1", "Harbour strike ends in Velmora."), "s1", List.of());
        }
        Files.write(dir.resolve("journal.log"), new byte[] {0, 0, 1, 0, 1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        long size = Files.size(dir.resolve("journal.log"));
        try (Store view = Store.openReadOnly(dir)) {
            assertThat(ids(view)).containsExactly("a1");
        }
        assertThat(Files.size(dir.resolve("journal.log"))).isEqualTo(size);
    }
}
