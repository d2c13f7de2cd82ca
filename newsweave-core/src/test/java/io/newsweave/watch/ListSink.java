package io.newsweave.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-memory sink for watcher tests: keeps every page; an article's id is its URL's hash. */
final class ListSink implements ArticleSink {

    final List<Page> pages = new CopyOnWriteArrayList<>();
    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    @Override
    public List<Result> ingest(List<Page> batch) {
        List<Result> results = new ArrayList<>();
        for (Page page : batch) {
            pages.add(page);
            String id = Integer.toHexString(page.html().hashCode());
            results.add(new Result(id, ids.add(id), null));
        }
        return results;
    }

    List<String> urls() {
        return pages.stream().map(Page::url).toList();
    }
}
