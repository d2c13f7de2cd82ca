package io.newsweave.store;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The grouping keys as the clustering reads them back from the index: decoded keys, key counts, neighbours. */
class ArticleIndexKeysTest {

    @TempDir
    Path dir;

    private static BytesRef padded(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] around = new byte[bytes.length + 7];
        System.arraycopy(bytes, 0, around, 3, bytes.length);
        around[0] = ' ';
        around[around.length - 1] = 'x';
        return new BytesRef(around, 3, bytes.length);
    }

    @Test
    void keysAreDecodedAsWrittenWithRepeatsSharingOneString() {
        List<String> keys = ArticleIndex.splitKeys(padded("t:présid t:présid t:présid w:путин e:Q1 e:Q12 d:2021-12-07 w:北京"));
        assertThat(keys).containsExactly("t:présid", "t:présid", "t:présid", "w:путин", "e:Q1", "e:Q12", "d:2021-12-07", "w:北京");
        assertThat(keys.get(1)).isSameAs(keys.get(0));
        assertThat(keys.get(2)).isSameAs(keys.get(0));
        assertThat(keys.get(5)).isNotSameAs(keys.get(4));
    }

    @Test
    void emptyValueGivesNoKeys() {
        assertThat(ArticleIndex.splitKeys(new BytesRef(""))).isEmpty();
        assertThat(ArticleIndex.splitKeys(padded("  "))).isEmpty();
    }

    @Test
    void randomKeyListsComeBackUnchanged() {
        Random random = new Random(11);
        String alphabet = "abcé:Пж語1-";
        for (int round = 0; round < 500; round++) {
            List<String> keys = new ArrayList<>();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                if (!keys.isEmpty() && random.nextInt(3) == 0) {
                    keys.add(keys.getLast());
                    continue;
                }
                StringBuilder key = new StringBuilder();
                int length = 1 + random.nextInt(6);
                for (int c = 0; c < length; c++) {
                    key.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                keys.add(key.toString());
            }
            assertThat(ArticleIndex.splitKeys(padded(String.join(" ", keys)))).isEqualTo(keys);
        }
    }

    @Test
    void keyCountsAddUpOverSegmentsAndUnknownKeysCountZero() throws IOException {
        try (Store store = Store.open(dir)) {
            store.add(StoreTest.article("a1", "One two three."), "s1", List.of("n:biden", "n:biden", "n:putin"));
            store.commit();
            store.add(StoreTest.article("a2", "Four five six."), "s2", List.of("n:biden", "w:ukrai"));
            store.commit();
            store.add(StoreTest.article("a3", "Seven eight."), "s3", List.of("w:ukrai", "n:biden"));
            store.index().refresh();
            Map<String, Integer> counts = store.index().docFreqs(List.of("n:biden", "w:ukrai", "n:putin", "n:nobody", "n:biden"));
            assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("n:biden", 3, "w:ukrai", 2, "n:putin", 1, "n:nobody", 0));
            assertThat(store.index().docFreqs(List.of())).isEmpty();
        }
    }

    @Test
    void neighboursCarryTheirKeysInOrder() throws IOException {
        try (Store store = Store.open(dir)) {
            store.add(StoreTest.article("a1", "One two three."), "s1", List.of("n:biden", "n:biden", "w:télé"));
            store.add(StoreTest.article("a2", "Four five six."), "s2", List.of("n:putin"));
            store.index().refresh();
            var found = store.index().nearest(List.of("w:télé"), LocalDate.of(2026, 1, 5), 3, 0, 10, 5);
            assertThat(found).singleElement().satisfies(n -> {
                assertThat(n.id()).isEqualTo("a1");
                assertThat(n.story()).isEqualTo("s1");
                assertThat(n.keys()).isEqualTo(io.newsweave.cluster.CodedKeys.of(List.of("n:biden", "n:biden", "w:télé")));
                assertThat(n.keys().texts()).containsExactlyInAnyOrder("n:biden", "w:télé");
                assertThat(n.date()).isEqualTo(LocalDate.of(2026, 1, 5));
            });
            assertThat(store.index().nearest(List.of("w:télé"), LocalDate.of(2026, 3, 5), 3, 0, 10, 5)).isEmpty();
        }
    }

    @Test
    void aDatedArticleFindsUndatedOnesAmongTheRecentArrivalsAsUndatedOnesFindIt() throws IOException {
        try (Store store = Store.open(dir)) {
            var dated = StoreTest.article("d1", "One two three.");
            store.add(undated("u1"), "s1", List.of("w:ukrai"));
            long second = store.add(undated("u2"), "s2", List.of("w:ukrai")).orElseThrow().seq();
            long last = store.add(dated, "s3", List.of("w:ukrai")).orElseThrow().seq();
            store.index().refresh();
            long recent = last - second;
            // the undated among the last arrivals (u2, not u1), and the dated one within its window
            var found = store.index().nearest(List.of("w:ukrai"), LocalDate.of(2026, 1, 5), 3, last, recent, 10);
            assertThat(found).extracting(ArticleIndex.Neighbour::id).containsExactlyInAnyOrder("u2", "d1");
            assertThat(found.stream().filter(n -> n.id().equals("u2")).findFirst().orElseThrow().date()).isNull();
            // far from the dated article's day, only the recent undated one is near
            assertThat(store.index().nearest(List.of("w:ukrai"), LocalDate.of(2026, 6, 5), 3, last, recent, 10))
                    .extracting(ArticleIndex.Neighbour::id).containsExactly("u2");
            // an undated article sees every recent arrival, dated or not
            assertThat(store.index().nearest(List.of("w:ukrai"), null, 3, last, recent, 10))
                    .extracting(ArticleIndex.Neighbour::id).containsExactlyInAnyOrder("u2", "d1");
        }
    }

    private static io.newsweave.model.Article undated(String id) {
        var a = StoreTest.article(id, "Four five six.");
        return new io.newsweave.model.Article(a.id(), a.origin(), a.url(), a.source(), a.title(), a.text(), a.language(),
                a.languageConfidence(), io.newsweave.model.Published.UNKNOWN, List.of(), List.of());
    }

    @Test
    void segmentsWrittenBeforeCodedKeysAreStillRead() throws IOException {
        // an index as earlier versions wrote it: the keys as spaced text only
        Path index = dir.resolve("index");
        try (var directory = org.apache.lucene.store.FSDirectory.open(index);
             var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField(ArticleIndex.ID, "old1", org.apache.lucene.document.Field.Store.NO));
            doc.add(new org.apache.lucene.document.SortedDocValuesField(ArticleIndex.ID, new BytesRef("old1")));
            doc.add(new org.apache.lucene.document.LongPoint(ArticleIndex.SEQ, 1));
            doc.add(new org.apache.lucene.document.NumericDocValuesField(ArticleIndex.SEQ, 1));
            long day = LocalDate.of(2026, 1, 5).toEpochDay();
            doc.add(new org.apache.lucene.document.IntPoint(ArticleIndex.DAY, (int) day));
            doc.add(new org.apache.lucene.document.NumericDocValuesField(ArticleIndex.FACET_DAY, day));
            for (String key : List.of("n:biden", "w:ukrai")) {
                doc.add(new org.apache.lucene.document.StringField(ArticleIndex.KEYS, key, org.apache.lucene.document.Field.Store.NO));
            }
            doc.add(new org.apache.lucene.document.BinaryDocValuesField(ArticleIndex.KEYS_DV, new BytesRef("n:biden n:biden w:ukrai")));
            doc.add(new org.apache.lucene.document.SortedDocValuesField(ArticleIndex.STORY_DV, new BytesRef("sold1")));
            doc.add(new org.apache.lucene.document.SortedDocValuesField(ArticleIndex.EVENT_DV, new BytesRef("eold1")));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of(ArticleIndex.JOURNAL_OFFSET, "0").entrySet());
            writer.commit();
        }
        try (Store store = Store.open(dir)) {
            store.add(StoreTest.article("a2", "Four five six."), "s2", List.of("w:ukrai", "t:kyiv"));
            store.index().refresh();
            var found = store.index().nearest(List.of("w:ukrai"), LocalDate.of(2026, 1, 5), 3, 0, 10, 5);
            assertThat(found).extracting(ArticleIndex.Neighbour::id).containsExactlyInAnyOrder("old1", "a2");
            var old = found.stream().filter(n -> n.id().equals("old1")).findFirst().orElseThrow();
            assertThat(old.keys()).isEqualTo(io.newsweave.cluster.CodedKeys.of(List.of("n:biden", "n:biden", "w:ukrai")));
            assertThat(old.story()).isEqualTo("sold1");
        }
    }
}
