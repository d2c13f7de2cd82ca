package io.newsweave.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.cluster.Clusterer;
import io.newsweave.model.Origin;
import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingests labelled documents, in the given order, through the whole pipeline (clean, language,
 * entities, dates, clustering, store) into a fresh store, and reads back where each landed.
 */
final class ClusterRun {

    /** One document to ingest; {@code date} (ISO) and {@code language} may be null. */
    record Doc(String id, String title, String text, String language, String date) {
    }

    /** Where a document landed, and the features the clustering compared it by. */
    record Placed(String story, String event, List<String> keys) {
    }

    private ClusterRun() {
    }

    /** Story and event of each document id (documents with equal text share an article). */
    static Map<String, Placed> run(List<Doc> docs, Clusterer.Config config, Path work, int threads) throws IOException {
        return run(docs, config, work, threads, io.newsweave.cluster.embed.EncoderConfig.off());
    }

    /** As {@link #run(List, Clusterer.Config, Path, int)}, with the dense channel's encoder. */
    static Map<String, Placed> run(List<Doc> docs, Clusterer.Config config, Path work, int threads,
                                   io.newsweave.cluster.embed.EncoderConfig encoder) throws IOException {
        PipelineConfig defaults = PipelineConfig.defaults();
        PipelineConfig pc = new PipelineConfig(defaults.ingest(), defaults.language(), config, threads, defaults.syncEvery(), encoder);
        List<StoredArticle> stored = ingest(docs, pc, work);
        Map<String, Placed> out = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            StoredArticle s = stored.get(i);
            if (s != null) {
                out.put(docs.get(i).id(), new Placed(s.story(), s.event(), s.keys()));
            }
        }
        return out;
    }

    /**
     * Ingests the documents, in order, as one JSON Lines file through a pipeline of {@code config}
     * into a fresh store under {@code work} (deleted after), and returns what each document became
     * when the store was read back: its stored article (one shared by documents of equal text), or
     * {@code null} when it was rejected.
     */
    static List<StoredArticle> ingest(List<Doc> docs, PipelineConfig config, Path work) throws IOException {
        Files.createDirectories(work);
        Path input = work.resolve("input.jsonl");
        Path data = Files.createTempDirectory(work, "data-");
        ObjectMapper mapper = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (Doc d : docs) {
                ObjectNode node = mapper.createObjectNode().put("title", d.title() == null ? "" : d.title()).put("maintext", d.text());
                if (d.language() != null) {
                    node.put("language", d.language());
                }
                if (d.date() != null) {
                    node.put("date_publish", d.date());
                }
                out.write(mapper.writeValueAsString(node));
                out.write('\n');
            }
        }
        Map<Long, String> articleOfLine = new HashMap<>();
        Map<String, StoredArticle> byArticle = new HashMap<>();
        try (Pipeline pipeline = new Pipeline(config); Store store = Store.open(data)) {
            pipeline.ingest(store, List.of(input.toString()), InputStream.nullInputStream(), new IngestListener() {
                @Override
                public void ingested(StoredArticle article) {
                    articleOfLine.put(article.article().origin().record(), article.article().id());
                }

                @Override
                public void duplicate(Origin origin, String articleId) {
                    articleOfLine.put(origin.record(), articleId);
                }
            });
            store.forEach(s -> byArticle.put(s.article().id(), s));
        } finally {
            deleteTree(data);
            Files.deleteIfExists(input);
        }
        List<StoredArticle> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            String article = articleOfLine.get((long) i + 1);
            out.add(article == null ? null : byArticle.get(article));
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        List<Path> all = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(all::add);
        }
        all.sort(Comparator.reverseOrder());
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
