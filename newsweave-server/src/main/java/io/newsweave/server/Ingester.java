package io.newsweave.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;
import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.IngestReport;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingests request bodies through the same {@link Pipeline} as the CLI, so the same validation and
 * quarantine rules apply: a body is a JSON object, an array of objects, or JSON Lines, each article
 * in the news-please shape. Each request is one input named {@code api/<time>-<n>.jsonl} in origins
 * and quarantine entries. A body that is not JSON at all is quarantined whole. Thread-safe:
 * ingests run one at a time (the pipeline's rule); the pipeline is created on first use unless
 * given, and closed with this ingester only when it created it.
 */
public final class Ingester implements AutoCloseable {

    /** Reads POSTed bodies and writes them back out as JSON Lines for the pipeline. */
    private static final com.fasterxml.jackson.databind.ObjectMapper BODIES = new com.fasterxml.jackson.databind.ObjectMapper();

    /** What became of one request's articles. */
    public record Outcome(List<StoredArticle> ingested, List<String[]> duplicates, List<Rejection> rejected) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final Store store;
    private final AtomicLong requests = new AtomicLong();
    private final boolean owned;
    private Pipeline pipeline;

    Ingester(Store store, Pipeline pipeline) {
        this.store = store;
        this.pipeline = pipeline;
        this.owned = pipeline == null;
    }

    public Outcome ingest(byte[] body, boolean jsonLines) throws IOException {
        String name = "api/" + STAMP.format(Instant.now()) + "-" + requests.incrementAndGet() + ".jsonl";
        List<StoredArticle> ingested = new ArrayList<>();
        List<String[]> duplicates = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        byte[] lines;
        if (jsonLines) {
            lines = body;
        } else {
            try {
                lines = toLines(BODIES.readTree(body));
            } catch (JsonProcessingException e) {
                long offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
                Rejection rejection = new Rejection(Origin.file(name), offset, "not valid JSON: " + e.getOriginalMessage(), body);
                store.quarantine().put(rejection);
                rejected.add(rejection);
                return new Outcome(ingested, duplicates, rejected);
            }
        }
        IngestReport report = pipeline().ingest(store, name, new ByteArrayInputStream(lines), new IngestListener() {
            @Override
            public void ingested(StoredArticle article) {
                ingested.add(article);
            }

            @Override
            public void duplicate(Origin origin, String articleId) {
                duplicates.add(new String[] {articleId, origin.toString()});
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection);
            }
        });
        assert report.ingested() == ingested.size();
        return new Outcome(ingested, duplicates, rejected);
    }

    /** An object becomes one line; an array, one line per element; anything else is one line the reader rejects. */
    private static byte[] toLines(JsonNode node) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                out.write(BODIES.writeValueAsBytes(element));
                out.write('\n');
            }
        } else if (node != null && !node.isMissingNode()) {
            out.write(BODIES.writeValueAsBytes(node));
            out.write('\n');
        }
        return out.toByteArray();
    }

    private synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(PipelineConfig.defaults());
        }
        return pipeline;
    }

    @Override
    public synchronized void close() {
        if (owned && pipeline != null) {
            pipeline.close();
        }
    }
}
