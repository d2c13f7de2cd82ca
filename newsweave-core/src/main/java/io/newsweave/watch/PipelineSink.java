package io.newsweave.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.clean.html.ExtractedPage;
import io.newsweave.clean.html.HtmlExtractor;
import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;
import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands fetched pages to the ordinary ingest path: one JSON Lines stream per batch, named
 * {@code watch/<time>-<n>.jsonl} in origins and quarantine entries, each line an article with
 * {@code url}, {@code source}, {@code language} and the page in {@code body} (read as an HTML
 * page, so title, date and canonical URL come from the page). The feed item's title and date are
 * added only when the page has none, since declared fields win over the page's. Thread-safe:
 * the pipeline runs one ingest at a time.
 */
public final class PipelineSink implements ArticleSink {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final Pipeline pipeline;
    private final Store store;
    private final AtomicLong batches = new AtomicLong();
    private final HtmlExtractor extractor = new HtmlExtractor();

    public PipelineSink(Pipeline pipeline, Store store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    @Override
    public List<Result> ingest(List<Page> pages) throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (Page page : pages) {
            lines.write(JSON.writeValueAsBytes(record(page)));
            lines.write('\n');
        }
        String name = "watch/" + STAMP.format(Instant.now()) + "-" + batches.incrementAndGet() + ".jsonl";
        Result[] results = new Result[pages.size()];
        pipeline.ingest(store, name, new ByteArrayInputStream(lines.toByteArray()), new IngestListener() {
            @Override
            public void ingested(StoredArticle article) {
                set(article.article().origin(), new Result(article.article().id(), true, null));
            }

            @Override
            public void duplicate(Origin origin, String articleId) {
                set(origin, new Result(articleId, false, null));
            }

            @Override
            public void rejected(Rejection rejection) {
                set(rejection.origin(), new Result(null, false, rejection.reason()));
            }

            private void set(Origin origin, Result result) {
                int index = (int) origin.record() - 1;
                if (index >= 0 && index < results.length) {
                    results[index] = result;
                }
            }
        });
        List<Result> out = new ArrayList<>(Arrays.asList(results));
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == null) {
                out.set(i, new Result(null, false, "the pipeline reported nothing for this page"));
            }
        }
        return out;
    }

    private ObjectNode record(Page page) {
        ObjectNode node = JSON.createObjectNode();
        node.put("url", page.url());
        node.put("source", page.source());
        ExtractedPage extracted = extractor.extract(page.html(), page.url());
        if (page.title() != null && (extracted.title() == null || extracted.title().isBlank())) {
            node.put("title", page.title());
        }
        if (page.published() != null && (extracted.published() == null || extracted.published().isBlank())) {
            node.put("published", page.published());
        }
        if (page.language() != null) {
            node.put("language", page.language());
        }
        node.put("body", page.html());
        return node;
    }
}
