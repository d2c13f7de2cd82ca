package io.newsweave.entity;

import io.newsweave.model.Article;
import io.newsweave.model.Origin;
import io.newsweave.model.Published;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrySnapshotTest {

    private static final String[] TEXTS = {
        "U.S. President Joe Biden called Russian President Vladimir Putin on Thursday from Wilmington. The American president warned Moscow.",
        "Le président américain Joe Biden a parlé avec Vladimir Poutine. Poutine a répondu depuis Moscou.",
        "Boris Johnson met Angela Merkel in Berlin. Johnson said the talks in Berlin were useful.",
        "Lyndon Johnson signed the act in Washington. Johnson spoke to the Senate.",
        "Владимир Путин встретился с Джо Байденом в Женеве. Путин сказал, что встреча была полезной.",
        "NATO and the European Union met in Brussels. Jens Stoltenberg spoke for NATO.",
    };

    /** The articles of TEXTS as the pipeline would store them: mentions resolved through one live registry. */
    private static List<Article> articles() {
        EntityRecognizer recognizer = new EntityRecognizer();
        EntityRegistry live = new EntityRegistry();
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            String lang = i == 1 ? "fr" : i == 4 ? "ru" : "en";
            out.add(new Article("a" + i, new Origin("t" + i + ".txt", 0), null, null, "", TEXTS[i], lang, 1, Published.UNKNOWN,
                    live.resolve(lang, recognizer.recognize(TEXTS[i], lang)), List.of()));
        }
        return out;
    }

    @Test
    void snapshotPlusTailReplaysToTheSameRegistryAsTheWholeJournal() throws IOException {
        List<Article> articles = articles();
        EntityRegistry full = new EntityRegistry();
        articles.forEach(full::observe);
        for (int cut = 0; cut <= articles.size(); cut++) {
            EntityRegistry head = new EntityRegistry();
            articles.subList(0, cut).forEach(head::observe);
            RegistrySnapshot.Loaded loaded = RegistrySnapshot.decode(RegistrySnapshot.encode(head, 100 + cut, cut));
            assertThat(loaded.position()).isEqualTo(100 + cut);
            assertThat(loaded.articles()).isEqualTo(cut);
            articles.subList(cut, articles.size()).forEach(loaded.registry()::observe);
            assertThat(RegistrySnapshot.encode(loaded.registry(), 0, 0)).as("cut at %d", cut)
                    .isEqualTo(RegistrySnapshot.encode(full, 0, 0));
        }
    }

    @Test
    void aRestoredRegistryResolvesNewArticlesToTheSameIds() throws IOException {
        List<Article> articles = articles();
        EntityRegistry full = new EntityRegistry();
        articles.forEach(full::observe);
        EntityRegistry restored = RegistrySnapshot.decode(RegistrySnapshot.encode(full, 1, articles.size())).registry();
        EntityRecognizer recognizer = new EntityRecognizer();
        String next = "Joe Biden and Vladimir Putin will meet again. Johnson stayed in Berlin with Angela Merkel.";
        assertThat(restored.resolve("en", recognizer.recognize(next, "en")))
                .isEqualTo(full.resolve("en", recognizer.recognize(next, "en")));
        assertThat(restored.get("PER-joe-biden").orElseThrow().variants()).isEqualTo(full.get("PER-joe-biden").orElseThrow().variants());
    }

    @Test
    void namesLongerThan64KbSurviveTheRoundTrip() throws IOException {
        EntityRegistry registry = new EntityRegistry();
        String longName = "Gran " + "Alianza ".repeat(10_000) + "Nacional";
        registry.resolve("es", List.of(new LocalEntity(longName, EntityType.ORGANIZATION, List.of(new Surface(0, longName.length(), longName)),
                null)));
        EntityRegistry restored = RegistrySnapshot.decode(RegistrySnapshot.encode(registry, 1, 1)).registry();
        assertThat(RegistrySnapshot.encode(restored, 1, 1)).isEqualTo(RegistrySnapshot.encode(registry, 1, 1));
        assertThat(restored.entities()).extracting(Entity::name).containsExactly(longName);
    }

    @Test
    void missingCorruptTruncatedOrForeignSnapshotsReadAsEmpty(@TempDir Path dir) throws IOException {
        assertThat(RegistrySnapshot.read(dir, 10).position()).isZero();
        EntityRegistry registry = new EntityRegistry();
        articles().forEach(registry::observe);
        RegistrySnapshot.write(dir, registry, 4242, 6);
        assertThat(RegistrySnapshot.read(dir, 6).position()).isEqualTo(4242);
        assertThat(RegistrySnapshot.read(dir, 6).registry().entities()).hasSameSizeAs(registry.entities());
        assertThat(RegistrySnapshot.read(dir, 5).position()).as("covers more than the store holds").isZero();
        Path file = dir.resolve(RegistrySnapshot.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        assertThat(RegistrySnapshot.read(dir, 6).position()).isZero();
        assertThat(RegistrySnapshot.read(dir, 6).registry().entities()).isEmpty();
        Files.write(file, java.util.Arrays.copyOf(bytes, 5));
        assertThat(RegistrySnapshot.read(dir, 6).position()).isZero();
        Files.write(file, new byte[0]);
        assertThat(RegistrySnapshot.read(dir, 6).position()).isZero();
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString()).containsExactly(RegistrySnapshot.FILE);
    }
}
