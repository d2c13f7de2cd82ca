package io.newsweave.watch;

import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(120)
class WatchPipelineTest {

    @Test
    void pagesGoThroughTheIngestPipelineWithThePageTitleFirstAndTheFeedsAsFallback(@TempDir Path dir) throws Exception {
        try (LoopbackSite site = new LoopbackSite();
             Pipeline pipeline = new Pipeline(PipelineConfig.defaults());
             Store store = Store.open(dir)) {
            List<String> urls = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String path = "/w/article-number-" + i;
                site.text(path, "text/html; charset=utf-8", Fixtures.article("Page headline " + i, i));
                urls.add(site.url(path));
            }
            String untitled = "/w/untitled-article-page";
            site.text(untitled, "text/html", Fixtures.article("", 40).replace("<title></title>", "").replace("<h1></h1>", ""));
            urls.add(site.url(untitled));
            String copy = "/w/copy-of-article-1";
            site.text(copy, "text/html", Fixtures.article("Page headline 1", 1));
            urls.add(site.url(copy));
            site.text("/feed.xml", "text/xml", Fixtures.rss("Feed", urls));
            Map<String, String> collected = new ConcurrentHashMap<>();
            WatchListener listener = new WatchListener() {
                @Override
                public void collected(Source source, String url, String articleId, boolean fresh) {
                    collected.put(url, articleId + (fresh ? "" : " (copy)"));
                }
            };
            TestClock clock = new TestClock(Instant.parse("2026-03-01T08:00:00Z"));
            try (WatchState state = WatchState.open(dir.resolve("watch"));
                 Watcher watcher = new Watcher(List.of(new Source(URI.create(site.url("/feed.xml")), null, "Loopback Times", "en", null)),
                         state, new PipelineSink(pipeline, store), WatcherTest.CONFIG, clock, listener)) {
                watcher.pollDue();
                assertThat(state.seenCount()).isEqualTo(5);
                assertThat(watcher.sources().get(0).getValue().health().articles()).isEqualTo(4);
            }
            assertThat(store.size()).isEqualTo(4);
            assertThat(collected).hasSize(5);
            assertThat(collected.get(site.url(copy))).endsWith("(copy)");
            StoredArticle first = store.get(collected.get(urls.get(0))).orElseThrow();
            assertThat(first.article().title()).isEqualTo("Page headline 1");
            assertThat(first.article().source()).isEqualTo("Loopback Times");
            assertThat(first.article().url()).isEqualTo(urls.get(0));
            assertThat(first.article().origin().path()).startsWith("watch/");
            StoredArticle fallback = store.get(collected.get(site.url(untitled))).orElseThrow();
            assertThat(fallback.article().title()).isEqualTo("Item 4 of Feed");
        }
    }
}
