package io.newsweave.bench;

import io.newsweave.entity.EntityRegistry;
import io.newsweave.model.Article;
import io.newsweave.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Heap held by the entity registry of a store's articles: reads every article of {@code --data}
 * (read-only), then, {@code --rounds} times, replays them into a fresh {@link EntityRegistry} and
 * prints the heap used after a full collection, less the heap used before (the articles
 * themselves are held throughout, so they are not counted). Run:
 * {@code java -Xmx3g -cp ... io.newsweave.bench.RegistryHeap --data DIR [--rounds 3]}, for example on
 * the store {@code ./newsweave ingest} makes of {@link RealNewsBench}'s JSON Lines stream.
 */
public final class RegistryHeap {

    private RegistryHeap() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, "RegistryHeap --data DIR [--rounds 3]");
        Path data = o.path("data", null);
        if (!Files.isDirectory(data)) {
            System.out.println("RegistryHeap: no store at " + data + "; nothing to measure");
            return;
        }
        List<Article> articles = new ArrayList<>();
        try (Store store = Store.openReadOnly(data)) {
            store.forEach(s -> articles.add(s.article()));
        }
        for (int round = 0, rounds = o.intValue("rounds", 3); round < rounds; round++) {
            long before = usedAfterGc();
            EntityRegistry registry = new EntityRegistry();
            for (Article a : articles) {
                registry.observe(a);
            }
            long after = usedAfterGc();
            System.out.printf(Locale.ROOT, "%,d articles, %,d entities: registry %.1f MB (%.1f KB per article)%n",
                    articles.size(), registry.entities().size(), (after - before) / 1e6, (after - before) / 1e3 / Math.max(1, articles.size()));
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
