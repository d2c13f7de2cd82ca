package io.newsweave.cluster.embed;

import io.newsweave.cluster.embed.onnx.MiniLmFiles;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Article vectors over the bundled all-MiniLM-L6-v2-q files, and the pipeline with the dense channel on. */
class ArticleVectorsTest {

    @TempDir
    Path dir;

    @Test
    void aVectorEncodedAgainIsTheVectorKeptAndOnlyTheMostRecentAreKept() throws Exception {
        EncoderConfig config = MiniLmFiles.copyTo(Files.createDirectories(dir.resolve("model")));
        try (ArticleVectors vectors = new ArticleVectors(Encoders.fromConfig(config).orElseThrow(), 2)) {
            float[] a = vectors.of("a", "Storm floods Lisbon", "Heavy rain flooded the streets of Lisbon on Monday.");
            assertThat(vectors.kept("a")).isSameAs(a);
            vectors.of("b", "Rates held", "The central bank left its rates unchanged.");
            vectors.of("c", "Probe launched", "A probe lifted off from Kourou.");
            assertThat(vectors.kept("a")).isNull();
            float[] again = vectors.of("a", "Storm floods Lisbon", "Heavy rain flooded the streets of Lisbon on Monday.");
            assertThat(again).containsExactly(a);
            assertThat(vectors.of("e", "", "")).hasSize(a.length);
        }
    }

    @Test
    void thePipelineWithAnEncoderEncodesEveryArticleAndStillClusters() throws Exception {
        EncoderConfig config = MiniLmFiles.copyTo(Files.createDirectories(dir.resolve("model")));
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"title\":\"Storm floods Lisbon\",\"maintext\":\"Storm Aurelia flooded Lisbon on Monday, forcing hundreds from their homes.\",\"language\":\"en\",\"date_publish\":\"2026-03-10\"}",
                "{\"title\":\"Lisbon under water\",\"maintext\":\"Storm Aurelia left Lisbon under water on Monday as hundreds fled their homes.\",\"language\":\"en\",\"date_publish\":\"2026-03-10\"}",
                "{\"title\":\"Bank holds rates\",\"maintext\":\"The central bank of Nordavia held its rates on Thursday and hinted at a cut.\",\"language\":\"en\",\"date_publish\":\"2026-03-12\"}")
                + "\n");
        PipelineConfig pc = PipelineConfig.defaults().withEncoder(config);
        try (Pipeline pipeline = new Pipeline(pc); Store store = Store.open(dir.resolve("data"))) {
            var report = pipeline.ingest(store, List.of(input.toString()), InputStream.nullInputStream(), new io.newsweave.pipeline.IngestListener() {
            });
            assertThat(report.ingested()).isEqualTo(3);
            assertThat(pipeline.times().snapshot().get("encode").toNanos()).isPositive();
            java.util.Set<String> stories = new java.util.HashSet<>();
            store.forEach(a -> stories.add(a.story()));
            assertThat(stories).hasSize(2);
        }
    }

    @Test
    void anEncoderForOtherLanguagesLeavesTheArticlesUnencoded() throws Exception {
        EncoderConfig files = MiniLmFiles.copyTo(Files.createDirectories(dir.resolve("model")));
        EncoderConfig french = new EncoderConfig(files.model(), files.tokenizer(), files.maxTokens(), 1, java.util.Set.of("fr"));
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"title\":\"Storm floods Lisbon\",\"maintext\":\"Storm Aurelia flooded Lisbon on Monday, forcing hundreds from their homes.\",\"language\":\"en\",\"date_publish\":\"2026-03-10\"}",
                "{\"title\":\"Lisbon under water\",\"maintext\":\"Storm Aurelia left Lisbon under water on Monday as hundreds fled their homes.\",\"language\":\"en\",\"date_publish\":\"2026-03-10\"}")
                + "\n");
        try (Pipeline pipeline = new Pipeline(PipelineConfig.defaults().withEncoder(french)); Store store = Store.open(dir.resolve("data"))) {
            var report = pipeline.ingest(store, List.of(input.toString()), InputStream.nullInputStream(), new io.newsweave.pipeline.IngestListener() {
            });
            assertThat(report.ingested()).isEqualTo(2);
            var encode = pipeline.times().snapshot().get("encode");
            assertThat(encode == null ? 0 : encode.toNanos()).isZero();
            java.util.Set<String> stories = new java.util.HashSet<>();
            store.forEach(a -> stories.add(a.story()));
            assertThat(stories).hasSize(1);
        }
        try (ArticleVectors vectors = new ArticleVectors(Encoders.fromConfig(files).orElseThrow(), 2, java.util.Set.of("en")::contains)) {
            assertThat(vectors.covers("en")).isTrue();
            assertThat(vectors.covers("fr")).isFalse();
        }
    }
}
