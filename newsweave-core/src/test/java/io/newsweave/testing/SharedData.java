package io.newsweave.testing;

import io.newsweave.model.Article;
import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates {@code ../shared} (third-party data kept outside the repository); tests skip when absent. */
public final class SharedData {

    private SharedData() {
    }

    /** The folder {@code ../shared/<relative>} next to the repository, or skips the test. */
    public static Path require(String relative) {
        for (Path base : new Path[] {Path.of("..", "shared"), Path.of("..", "..", "shared")}) {
            Path candidate = base.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        Assumptions.assumeTrue(false, "../shared/" + relative + " is absent; skipping");
        return null;
    }

    /** The seeds ingested by the real pipeline into a store under {@code data}, in arrival order, or skips the test. */
    public static List<Article> ingestedSeeds(Path data) throws IOException {
        Path seeds = require("seeds");
        List<Article> stored = new ArrayList<>();
        try (Pipeline pipeline = new Pipeline(PipelineConfig.defaults()); Store store = Store.open(data)) {
            pipeline.ingest(store, List.of(seeds.toString()), InputStream.nullInputStream(), IngestListener.NONE);
            store.forEach(s -> stored.add(s.article()));
        }
        return stored;
    }
}
