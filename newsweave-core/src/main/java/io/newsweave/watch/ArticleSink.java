package io.newsweave.watch;

import java.io.IOException;
import java.util.List;

/**
 * Where fetched article pages go: the ordinary ingest pipeline ({@link PipelineSink}) in the CLI
 * and server, a list in tests. {@link #ingest} returns only once every stored page is durable.
 */
public interface ArticleSink {

    /**
     * One fetched article page.
     *
     * @param url       the page's URL (after redirects)
     * @param source    the outlet
     * @param title     a title to use when the page has none, or {@code null}
     * @param published a date to use when the page has none, or {@code null}
     * @param language  the source's language, or {@code null}
     * @param html      the page
     */
    record Page(String url, String source, String title, String published, String language, String html) {
    }

    /**
     * What became of one page.
     *
     * @param articleId the stored article's id, or {@code null} when rejected
     * @param fresh     whether it was stored new (not already in the store)
     * @param rejection why it was rejected, or {@code null}
     */
    record Result(String articleId, boolean fresh, String rejection) {
    }

    /** Ingests {@code pages}; one result per page, in order; durable when this returns. */
    List<Result> ingest(List<Page> pages) throws IOException;
}
