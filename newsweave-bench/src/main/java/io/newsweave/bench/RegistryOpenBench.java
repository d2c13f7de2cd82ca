package io.newsweave.bench;

import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.entity.RegistrySnapshot;
import io.newsweave.model.Article;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Time to get the entity registry of a large store: a full journal replay (no snapshot) against
 * {@link RegistrySnapshot} plus the journal's tail. Fills {@code --data} once with
 * {@code --articles} {@link SyntheticCorpus} articles whose mentions come from the real recognizer
 * and one live registry, written straight to the store (no language, dates or grouping), then
 * times each way to open, after a warm-up open. Run:
 * {@code java -Xmx2g -cp ... io.newsweave.bench.RegistryOpenBench --articles 100000 --data DIR [--tail 1000] [--rounds 1]}.
 */
public final class RegistryOpenBench {

    private RegistryOpenBench() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args, "RegistryOpenBench [--articles 100000] [--tail 1000] [--rounds 1] [--data DIR]");
        int articles = options.intValue("articles", 100_000);
        int tail = options.intValue("tail", 1_000);
        Path data = options.path("data", Path.of("newsweave-bench/target/registry-open"));
        int rounds = options.intValue("rounds", 1);
        SyntheticCorpus corpus = new SyntheticCorpus(7, articles);
        Path head = data.resolve("head.snapshot"); // the snapshot of the first articles - tail, kept between runs
        if (!Files.exists(head)) {
            fill(data, corpus, articles - tail);
            Files.deleteIfExists(data.resolve(RegistrySnapshot.FILE));
            open(data, "no snapshot: full replay of " + (articles - tail));
            Files.copy(data.resolve(RegistrySnapshot.FILE), head);
        }
        fill(data, corpus, articles);
        for (int round = 1; round <= rounds; round++) {
            Files.deleteIfExists(data.resolve(RegistrySnapshot.FILE));
            open(data, "no snapshot: full replay of " + articles);
            open(data, "snapshot of " + articles + ", empty tail");
            Files.copy(head, data.resolve(RegistrySnapshot.FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            open(data, "snapshot of " + (articles - tail) + " + tail of " + tail);
        }
        System.out.printf(Locale.ROOT, "snapshot size: %.1f MB%n", Files.size(data.resolve(RegistrySnapshot.FILE)) / 1e6);
    }

    /** Opens the store and builds its registry as {@code Pipeline} does; prints the times. */
    private static void open(Path data, String what) throws IOException {
        long t0 = System.nanoTime();
        try (Store store = Store.open(data)) {
            long t1 = System.nanoTime();
            RegistrySnapshot.Loaded loaded = RegistrySnapshot.open(store.dir(), store.size(),
                    (from, each) -> store.forEachFrom(from, stored -> each.visit(stored.article())));
            long t2 = System.nanoTime();
            EntityRegistry registry = loaded.registry();
            System.out.printf(Locale.ROOT, "%-55s store open %6.2f s | registry (snapshot read, tail replay, snapshot save) %6.2f s "
                    + "| %d entities%n", what, (t1 - t0) / 1e9, (t2 - t1) / 1e9, registry.entities().size());
        }
    }

    /** Adds the corpus's articles up to {@code to} that the store does not have yet. */
    private static void fill(Path data, SyntheticCorpus corpus, int to) throws IOException {
        EntityRecognizer recognizer = new EntityRecognizer();
        try (Store store = Store.open(data)) {
            if (store.size() >= to) {
                return;
            }
            EntityRegistry live = new EntityRegistry();
            store.forEach(s -> live.observe(s.article()));
            long t0 = System.nanoTime();
            for (int i = store.size(); i < to; i++) {
                SyntheticArticle a = corpus.article(i);
                String body = a.body();
                Article article = new Article(String.format("reg%08d", i), new Origin("registry.jsonl", i + 1L), a.url(), a.source(),
                        a.title(), body, a.language(), 1, new Published(a.published(), Provenance.METADATA, 1),
                        live.resolve(a.language(), recognizer.recognize(body, a.language())), List.of());
                store.add(article, "t" + a.topic(), List.of());
            }
            store.commit();
            System.out.printf(Locale.ROOT, "filled to %d articles in %.1f s%n", store.size(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
