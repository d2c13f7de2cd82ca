package io.newsweave.watch;

import org.apache.commons.codec.digest.DigestUtils;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The watch loop: polls each source when it is due, reads its items, fetches every unseen article
 * page once (the same normalised URL from two sources is fetched by one of them), hands the pages
 * to the {@link ArticleSink}, marks their URLs seen once they are durable, and updates the
 * source's health and schedule. A source that fails is recorded and backed off; it never stops
 * the others. {@link #pollDue()} runs one round (tests drive it with an injected clock);
 * {@link #run()} loops until {@link #close()}. Thread-safe.
 */
public final class Watcher implements AutoCloseable {

    private static final int BATCH = 25;
    private static final int PAGE_GIVE_UP = 3;

    private final WatchState state;
    private final ArticleSink sink;
    private final WatchConfig config;
    private final Clock clock;
    private final WatchListener listener;
    private final Schedule schedule;
    private final HostPoliteness politeness;
    private final Fetcher fetcher;
    private final Robots robots;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore polls;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Set<String> polling = ConcurrentHashMap.newKeySet();
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> pageFailures = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private final Object wake = new Object();

    public Watcher(List<Source> sources, WatchState state, ArticleSink sink, WatchConfig config, Clock clock,
                   WatchListener listener) {
        this.state = state;
        this.sink = sink;
        this.config = config;
        this.clock = clock;
        this.listener = listener;
        this.schedule = new Schedule(config.minInterval(), config.maxInterval());
        this.politeness = new HostPoliteness(config.perHost(), config.hostDelay());
        this.fetcher = new Fetcher(config, politeness, clock);
        this.robots = new Robots(fetcher, politeness, config, clock);
        this.polls = new Semaphore(config.polls());
        setSources(sources);
    }

    /** Replaces the watched sources; state of sources that stay is kept, new ones are due at once. */
    public void setSources(List<Source> next) {
        synchronized (sources) {
            sources.clear();
            for (Source source : next) {
                sources.put(source.key(), source);
                if (state.source(source.key()) == null) {
                    state.put(SourceState.fresh(source.key(), schedule.initial(source).toMillis()));
                }
            }
        }
        wake();
    }

    /** The watched sources with their state, in order. */
    public List<Map.Entry<Source, SourceState>> sources() {
        List<Map.Entry<Source, SourceState>> out = new ArrayList<>();
        synchronized (sources) {
            for (Source source : sources.values()) {
                SourceState s = state.source(source.key());
                out.add(Map.entry(source, s != null ? s : SourceState.fresh(source.key(), 0)));
            }
        }
        return out;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Polls every source due now and waits for those polls; the number polled. */
    public int pollDue() throws InterruptedException {
        List<Future<?>> started = startDue();
        for (Future<?> f : started) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a poll failed unexpectedly", e.getCause());
            }
        }
        save();
        return started.size();
    }

    /** Polls due sources until {@link #close()}; sleeps until the next is due (at most a second). */
    public void run() throws InterruptedException {
        long lastSave = System.nanoTime();
        while (!closed) {
            startDue();
            if (System.nanoTime() - lastSave > 1_000_000_000L) {
                save();
                lastSave = System.nanoTime();
            }
            synchronized (wake) {
                if (!closed) {
                    wake.wait(Math.max(10, Math.min(1000, untilNextDue())));
                }
            }
        }
        save();
    }

    private long untilNextDue() {
        long now = clock.millis();
        long next = Long.MAX_VALUE;
        for (Map.Entry<Source, SourceState> e : sources()) {
            if (!polling.contains(e.getKey().key())) {
                next = Math.min(next, e.getValue().nextDue());
            }
        }
        return next == Long.MAX_VALUE ? 1000 : next - now;
    }

    private void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private List<Future<?>> startDue() {
        long now = clock.millis();
        List<Future<?>> started = new ArrayList<>();
        for (Map.Entry<Source, SourceState> e : sources()) {
            Source source = e.getKey();
            if (e.getValue().nextDue() <= now && !closed && polling.add(source.key())) {
                started.add(threads.submit(() -> {
                    try {
                        polls.acquire();
                        try {
                            poll(source);
                        } finally {
                            polls.release();
                        }
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                    } finally {
                        polling.remove(source.key());
                    }
                    return null;
                }));
            }
        }
        return started;
    }

    private void save() {
        try {
            state.save();
        } catch (IOException e) {
            System.err.println("newsweave watch: cannot save " + state.dir() + ": " + e.getMessage());
        }
    }

    /**
     * One poll of {@code source}: read, fetch unseen pages, ingest, mark seen, update health and
     * schedule. When some pages failed, the validators are dropped so that the next poll reads the
     * items again (and retries those pages) even if the feed has not changed.
     */
    void poll(Source source) throws InterruptedException {
        SourceState before = state.source(source.key());
        if (before == null) {
            before = SourceState.fresh(source.key(), schedule.initial(source).toMillis());
        }
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        SourceState after;
        try {
            Reading reading = new Reading(source, before);
            reading.read();
            Collected collected = collect(source, reading.items);
            SourceHealth health = before.health().success(start, reading.status, reading.latency, reading.itemCount,
                    collected.fresh, collected.stored);
            String warning = reading.warning == null ? collected.lastError
                    : collected.lastError == null ? reading.warning : reading.warning + "; " + collected.lastError;
            health = health.warned(collected.failures, warning);
            Duration interval = schedule.afterSuccess(source, Duration.ofMillis(before.intervalMillis()), reading.itemCount,
                    collected.fresh);
            SourceState read = collected.failures > 0 ? reading.state.withValidators(null, null, null) : reading.state;
            after = read.withHealth(health)
                    .scheduled(Schedule.due(clock.instant(), interval).toEpochMilli(), interval.toMillis());
        } catch (FetchFailure failure) {
            SourceHealth health = before.health().failure(start, failure, Duration.ofNanos(System.nanoTime() - t0));
            Duration wait = schedule.afterFailure(health.consecutiveFailures(), failure.retryAfter(), health.status(start));
            after = before.withHealth(health).scheduled(Schedule.due(clock.instant(), wait).toEpochMilli(), before.intervalMillis());
        } catch (IOException e) {
            FetchFailure failure = new FetchFailure(FetchFailure.Severity.TEMPORARY, "storing failed: " + e.getMessage());
            SourceHealth health = before.health().failure(start, failure, Duration.ofNanos(System.nanoTime() - t0));
            after = before.withHealth(health).scheduled(Schedule.due(clock.instant(),
                    schedule.afterFailure(health.consecutiveFailures(), null, SourceStatus.OK)).toEpochMilli(), before.intervalMillis());
        }
        synchronized (sources) {
            if (sources.containsKey(source.key())) {
                state.put(after);
            }
        }
        listener.polled(source, after);
    }

    /** Reads one source's items: fetch (conditional), detect, discover, follow a sitemap index. */
    private final class Reading {
        final Source source;
        SourceState state;
        List<FeedItem> items = List.of();
        int itemCount;
        int status;
        Duration latency = Duration.ZERO;
        String warning;

        Reading(Source source, SourceState state) {
            this.source = source;
            this.state = state;
        }

        void read() throws FetchFailure, InterruptedException {
            SourceKind kind = state.kind() != null ? state.kind() : source.kind();
            URI target = URI.create(state.target() != null ? state.target() : source.key());
            refuseIfDisallowed(target);
            Fetched fetched = fetcher.get(target, new Fetcher.Validators(state.etag(), state.lastModified()));
            status = fetched.status();
            latency = fetched.latency();
            String hash = fetched.notModified() ? state.bodyHash() : DigestUtils.sha256Hex(fetched.body());
            if (fetched.notModified() || hash != null && hash.equals(state.bodyHash())) {
                itemCount = state.health().items();
                state = state.withValidators(keep(fetched.etag(), state.etag()), keep(fetched.lastModified(), state.lastModified()), hash);
                return;
            }
            FeedItems.Parsed parsed = FeedItems.parse(fetched.body(), fetched.contentType(), kind, fetched.url(), config.maxItems());
            if (parsed.kind() == null) {
                String found = !parsed.feeds().isEmpty() ? parsed.feeds().get(0) : first(robots.sitemaps(target));
                if (found != null && state.target() == null) {
                    state = state.withDiscovery(null, found);
                    read();
                    return;
                }
                parsed = new FeedItems.Parsed(SourceKind.PAGE, parsed.items(), parsed.total(), List.of(), List.of());
            }
            List<FeedItem> all = new ArrayList<>(parsed.items());
            for (String child : parsed.sitemaps().subList(0, Math.min(3, parsed.sitemaps().size()))) {
                if (all.size() >= config.maxItems()) {
                    break;
                }
                try {
                    URI childUri = URI.create(child);
                    refuseIfDisallowed(childUri);
                    Fetched sub = fetcher.get(childUri, Fetcher.Validators.NONE);
                    FeedItems.Parsed inner = FeedItems.parse(sub.body(), sub.contentType(), null, sub.url(), config.maxItems() - all.size());
                    all.addAll(inner.items());
                } catch (FetchFailure f) {
                    warning = "child sitemap " + child + ": " + f.getMessage();
                }
            }
            if (parsed.total() > config.maxItems()) {
                warning = parsed.total() + " items; read the first " + config.maxItems() + " (the item cap)";
            }
            items = List.copyOf(all);
            itemCount = items.size();
            state = state.withKind(parsed.kind()).withValidators(fetched.etag(), fetched.lastModified(), hash);
        }
    }

    private void refuseIfDisallowed(URI url) throws FetchFailure, InterruptedException {
        String refusal = robots.refusal(url);
        if (refusal != null) {
            throw new FetchFailure(FetchFailure.Severity.HARD, refusal);
        }
    }

    private record Collected(int fresh, int stored, int failures, String lastError) {
    }

    private record Page(FeedItem item, ArticleSink.Page page, String fetchedUrl) {
    }

    /** Fetches the unseen items' pages in batches, ingests each batch and marks its URLs seen. */
    private Collected collect(Source source, List<FeedItem> items) throws IOException, InterruptedException {
        List<FeedItem> mine = new ArrayList<>();
        int fresh = 0;
        for (FeedItem item : items) {
            if (state.seen(item.url()) || pageFailures.getOrDefault(item.url(), 0) >= PAGE_GIVE_UP) {
                continue;
            }
            fresh++;
            if (claimed.add(item.url())) {
                mine.add(item);
            }
        }
        int stored = 0;
        int failures = 0;
        String lastError = null;
        try {
            for (int from = 0; from < mine.size() && !closed; from += BATCH) {
                List<FeedItem> batch = mine.subList(from, Math.min(mine.size(), from + BATCH));
                List<Future<Object>> fetches = new ArrayList<>();
                for (FeedItem item : batch) {
                    fetches.add(threads.submit(() -> fetchPage(source, item)));
                }
                List<Page> pages = new ArrayList<>();
                for (Future<Object> f : fetches) {
                    Object result;
                    try {
                        result = f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        result = new FetchFailure(FetchFailure.Severity.TEMPORARY, "page fetch failed: " + e.getCause());
                    }
                    if (result instanceof Page page) {
                        pages.add(page);
                    } else {
                        failures++;
                        lastError = ((FetchFailure) result).getMessage();
                    }
                }
                if (pages.isEmpty()) {
                    continue;
                }
                List<ArticleSink.Result> results = sink.ingest(pages.stream().map(Page::page).toList());
                List<String> done = new ArrayList<>();
                for (int i = 0; i < pages.size(); i++) {
                    Page page = pages.get(i);
                    ArticleSink.Result result = results.get(i);
                    done.add(page.item.url());
                    if (!page.fetchedUrl.equals(page.item.url())) {
                        done.add(page.fetchedUrl);
                    }
                    if (result.articleId() == null) {
                        failures++;
                        lastError = "article page " + page.item.url() + " rejected: " + result.rejection();
                    }
                }
                state.markSeen(done);
                for (int i = 0; i < pages.size(); i++) {
                    ArticleSink.Result result = results.get(i);
                    if (result.articleId() != null) {
                        if (result.fresh()) {
                            stored++;
                        }
                        listener.collected(source, pages.get(i).item.url(), result.articleId(), result.fresh());
                    }
                }
            }
        } finally {
            mine.forEach(item -> claimed.remove(item.url()));
        }
        String summary = failures == 0 ? null : failures + " article page(s) failed; last: " + lastError;
        return new Collected(fresh, stored, failures, summary);
    }

    /** The page of {@code item}, or the {@link FetchFailure} that stopped it. */
    private Object fetchPage(Source source, FeedItem item) throws InterruptedException {
        try {
            URI url = URI.create(item.url());
            refuseIfDisallowed(url);
            Fetched fetched = fetcher.get(url, Fetcher.Validators.NONE);
            String html = Texts.decode(fetched.body(), fetched.contentType());
            String root = FeedItems.rootName(html);
            if (!"html".equals(root)) {
                throw new FetchFailure(FetchFailure.Severity.SOFT, "article page " + item.url() + " is not HTML");
            }
            String finalUrl = UrlNormalizer.normalize(fetched.url());
            return new Page(item, new ArticleSink.Page(finalUrl, source.outlet(), item.title(), item.published(),
                    source.lang() != null ? source.lang() : item.language(), html), finalUrl);
        } catch (FetchFailure f) {
            if (f.severity() != FetchFailure.Severity.TEMPORARY) {
                pageFailures.merge(item.url(), 1, Integer::sum);
            }
            return new FetchFailure(f.severity(), f.status(), f.retryAfter(), "article page " + item.url() + ": " + f.getMessage());
        }
    }

    private static String keep(String fresh, String old) {
        return fresh != null ? fresh : old;
    }

    private static String first(List<String> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    /** Stops polling: polls under way finish their current batch (up to 15 s), then the rest is cut off. */
    @Override
    public void close() {
        closed = true;
        wake();
        threads.shutdown();
        try {
            if (!threads.awaitTermination(15, java.util.concurrent.TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
        fetcher.close();
        save();
    }
}
