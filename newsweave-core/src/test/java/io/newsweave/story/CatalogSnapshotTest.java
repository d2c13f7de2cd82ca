package io.newsweave.story;

import io.newsweave.entity.EntityAliases;
import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.Timex;
import io.newsweave.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog snapshot: a model started from it and the journal past it shows exactly what a
 * model that read the whole journal shows (in the same orders), and a stale, damaged or foreign
 * snapshot is not used.
 */
class CatalogSnapshotTest {

    private static final String[] LANGUAGES = {"en", "fr", "de", "bg"};
    private static final String[] NAMES = {"Poutine", "Biden", "Путин", "Scholz", "Macron", "NATO"};

    /** A varied article: several languages, outlets and days, undated ones, lead titles, day timexes, descriptions. */
    private static Article article(Random r, String id) {
        String language = LANGUAGES[r.nextInt(LANGUAGES.length)];
        List<Mention> mentions = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            String name = NAMES[r.nextInt(NAMES.length)];
            int start = text.length();
            text.append(name).append(" spoke. ");
            mentions.add(new Mention(start, start + name.length(), name, "PER-" + name.toLowerCase(java.util.Locale.ROOT),
                    r.nextInt(5) == 0));
        }
        text.append("Talks on ").append(r.nextInt(28) + 1).append(" December.");
        String title = r.nextInt(4) == 0 ? text.toString().split("\\. ")[0] + "." : "Headline " + r.nextInt(50);
        Published published = r.nextInt(6) == 0 ? Published.UNKNOWN
                : new Published(LocalDate.of(2021, 12, 1).plusDays(r.nextInt(60)), Provenance.METADATA, 1);
        List<Timex> timexes = r.nextBoolean()
                ? List.of(new Timex(0, 5, "7 Dec", LocalDate.of(2021, 12, 1).plusDays(r.nextInt(40)).toString(), "day", null))
                : List.of();
        return new Article(id, Origin.file(id + ".txt"), null, "outlet" + r.nextInt(7), title, text.toString(), language, 1,
                published, mentions, timexes);
    }

    private static void fill(Store store, Random r, String prefix, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            int story = r.nextInt(25);
            store.add(article(r, prefix + i), "s" + story, "e" + story + "-" + r.nextInt(3), List.of());
        }
        store.commit();
    }

    /** Everything a model shows, as text that keeps the order of every list and map. */
    private static String shown(ReadModel model) {
        StringBuilder out = new StringBuilder();
        out.append(model.articles()).append('\n');
        for (StoryView v : model.stories()) {
            out.append(v).append('\n').append(model.days(v.id())).append('\n').append(model.entityCounts(v.id())).append('\n');
        }
        model.entities().forEach(e -> out.append(e).append(' ').append(model.storiesMentioning(e.id())).append('\n'));
        return out.toString();
    }

    private static int visited(ReadModel model) throws IOException {
        int[] n = {0};
        model.refresh(stored -> n[0]++);
        return n[0];
    }

    @Test
    void aModelStartedFromTheSnapshotShowsWhatAWholeReadShows(@TempDir Path dir) throws IOException {
        Random r = new Random(42);
        try (Store store = Store.open(dir)) {
            fill(store, r, "a", 400);
            ReadModel writer = ReadModel.open(store, true, true).savingEvery(1);
            writer.refresh();
            assertThat(dir.resolve(CatalogSnapshot.FILE)).exists();
            fill(store, r, "b", 150);

            ReadModel whole = ReadModel.open(store, true, false);
            assertThat(visited(whole)).isEqualTo(550);
            ReadModel started = ReadModel.open(store, true, true);
            assertThat(visited(started)).as("only the journal past the snapshot").isEqualTo(150);
            assertThat(shown(started)).isEqualTo(shown(whole));
            assertThat(started.stories()).hasSizeGreaterThan(20);

            writer.refresh();
            assertThat(shown(writer)).as("the writer going on").isEqualTo(shown(whole));
            fill(store, r, "c", 30);
            whole.refresh();
            started.refresh();
            assertThat(shown(started)).isEqualTo(shown(whole));
            ReadModel plain = ReadModel.open(store);
            plain.refresh();
            assertThat(plain.stories()).isEqualTo(whole.stories());
        }
    }

    @Test
    void aModelThatReplayedTheRegistrySavesItsSnapshotForTheNextOpen(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            fill(store, new Random(2), "a", 120);
            ReadModel first = ReadModel.open(store, true, true).savingEvery(1);
            first.refresh();
            assertThat(first.registryTail()).as("no entities.snapshot yet").isEqualTo(120);
            assertThat(dir.resolve(io.newsweave.entity.RegistrySnapshot.FILE)).exists();
            ReadModel next = ReadModel.withEntities(store);
            next.refresh();
            assertThat(next.registryTail()).isZero();
            assertThat(shown(next)).isEqualTo(shown(first));
            assertThat(next.entities()).as("named and typed by the saved registry").hasSize(6);
            for (var e : first.entities()) {
                assertThat(next.registry().get(e.id()).isPresent()).as(e.id()).isTrue();
            }
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    @Test
    void viewsAreBuiltOnceUntilTheirStoryChangesAndTheFirstFewWithoutTheRest(@TempDir Path dir) throws IOException {
        Random r = new Random(4);
        try (Store store = Store.open(dir)) {
            fill(store, r, "a", 200);
            ReadModel lazy = ReadModel.open(store);
            lazy.refresh();
            ReadModel full = ReadModel.open(store);
            full.refresh();
            List<StoryView> all = full.stories();
            assertThat(lazy.stories(5)).isEqualTo(all.subList(0, 5));
            assertThat(lazy.storyCount()).isEqualTo(all.size());
            assertThat(full.stories(3)).isEqualTo(all.subList(0, 3));

            StoryView before = full.story("s3").orElseThrow();
            StoryView other = full.story("s4").orElseThrow();
            store.add(article(r, "late"), "s3", "e3-0", List.of());
            store.commit();
            full.refresh();
            assertThat(full.story("s4").orElseThrow()).as("unchanged story: the view built before").isSameAs(other);
            assertThat(full.story("s3").orElseThrow().articles()).hasSize(before.articles().size() + 1).endsWith("late");
            assertThat(full.stories()).isEqualTo(withoutSnapshot(store).stories());
        }
    }

    @Test
    void theFirstRefreshFromASnapshotReportsEveryStoryAndEntity(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            fill(store, new Random(1), "a", 60);
            ReadModel.open(store, true, true).savingEvery(1).refresh();
            ReadModel.Change change = ReadModel.withEntities(store).refresh();
            ReadModel whole = ReadModel.open(store, true, false);
            ReadModel.Change all = whole.refresh();
            assertThat(change.stories()).containsExactlyInAnyOrderElementsOf(all.stories());
            assertThat(change.entities()).containsExactlyInAnyOrderElementsOf(all.entities());
            assertThat(change.articles()).isEqualTo(60);
        }
    }

    @Test
    void aSmallTailDoesNotRewriteTheSnapshotAndALargeOneDoes(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            Random r = new Random(3);
            fill(store, r, "a", 40);
            ReadModel.open(store, false, true).savingEvery(1).refresh();
            Path file = dir.resolve(CatalogSnapshot.FILE);
            byte[] first = Files.readAllBytes(file);
            fill(store, r, "b", 5);
            ReadModel.open(store, false, true).savingEvery(1).refresh();
            assertThat(Files.readAllBytes(file)).as("5 is less than a quarter of 40").isEqualTo(first);
            fill(store, r, "c", 10);
            ReadModel.open(store, false, true).savingEvery(1).refresh();
            assertThat(Files.readAllBytes(file)).isNotEqualTo(first);
            assertThat(visited(ReadModel.open(store))).isZero();
        }
    }

    @Test
    void aMergeSinceTheSnapshotMakesItStale(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            fill(store, new Random(5), "a", 50);
            ReadModel.open(store, false, true).savingEvery(1).refresh();
            store.merge("s2", "s1");
            store.sync();
            ReadModel model = ReadModel.open(store);
            assertThat(visited(model)).isEqualTo(50);
            assertThat(model.story("s2").orElseThrow().id()).isEqualTo("s1");
        }
    }

    @Test
    void changedAliasesMakeItStale(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            fill(store, new Random(6), "a", 50);
            ReadModel.open(store, true, true).savingEvery(1).refresh();
            Files.writeString(dir.resolve(EntityAliases.FILE), "merge PER-poutine = PER-путин\n");
            ReadModel model = ReadModel.withEntities(store);
            assertThat(visited(model)).isEqualTo(50);
            assertThat(model.entity("PER-poutine")).isNull();
            assertThat(model.entity("PER-путин").variants()).contains("Poutine");
        }
    }

    @Test
    void aSnapshotOfAnotherStoreIsNotUsed(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("other");
        Path mine = dir.resolve("mine");
        try (Store a = Store.open(other)) {
            fill(a, new Random(7), "x", 30);
            ReadModel.open(a, false, true).savingEvery(1).refresh();
        }
        try (Store b = Store.open(mine)) {
            fill(b, new Random(8), "y", 30);
            Files.copy(other.resolve(CatalogSnapshot.FILE), mine.resolve(CatalogSnapshot.FILE));
            assertThat(visited(ReadModel.open(b))).isEqualTo(30);
        }
    }

    @Test
    void damagedTruncatedOrGarbledSnapshotsAreReadAsAbsent(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            fill(store, new Random(9), "a", 80);
            ReadModel.open(store, true, true).savingEvery(1).refresh();
            Path file = dir.resolve(CatalogSnapshot.FILE);
            byte[] good = Files.readAllBytes(file);
            String expected = shown(withoutSnapshot(store));

            byte[] flipped = good.clone();
            flipped[good.length / 2] ^= 0x10;
            assertReadAsWhole(store, file, flipped, expected);
            assertReadAsWhole(store, file, java.util.Arrays.copyOf(good, good.length / 3), expected);
            assertReadAsWhole(store, file, new byte[0], expected);

            Random r = new Random(11);
            for (int round = 0; round < 200; round++) {
                byte[] body = java.util.Arrays.copyOf(good, good.length - 4);
                for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
                    body[r.nextInt(body.length)] = (byte) r.nextInt(256);
                }
                if (r.nextInt(4) == 0) {
                    body = java.util.Arrays.copyOf(body, r.nextInt(body.length));
                }
                byte[] resealed = sealed(body);
                Files.write(file, resealed);
                ReadModel model = ReadModel.open(store, true, true);
                model.refresh();
                assertThat(model.articles()).as("round %d", round).isGreaterThanOrEqualTo(0);
            }
        }
    }

    private static ReadModel withoutSnapshot(Store store) throws IOException {
        ReadModel m = ReadModel.open(store, true, false);
        m.refresh();
        return m;
    }

    private static void assertReadAsWhole(Store store, Path file, byte[] bytes, String expected) throws IOException {
        Files.write(file, bytes);
        ReadModel model = ReadModel.open(store, true, true);
        assertThat(visited(model)).isEqualTo(80);
        assertThat(shown(model)).isEqualTo(expected);
    }

    /** {@code body} followed by its CRC-32, as a snapshot file ends. */
    private static byte[] sealed(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        long sum = crc.getValue();
        byte[] out = java.util.Arrays.copyOf(body, body.length + 4);
        for (int i = 0; i < 4; i++) {
            out[body.length + i] = (byte) (sum >>> (24 - 8 * i));
        }
        return out;
    }
}
