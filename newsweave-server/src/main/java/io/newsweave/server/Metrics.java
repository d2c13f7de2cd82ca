package io.newsweave.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsweave.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server's meters, one registry per server, scraped at {@code GET /metrics} in the Prometheus
 * text format: request latency per route and status ({@code http_server_requests_seconds}), store
 * size, stories, quarantine entries, SSE clients, articles ingested through the API, JVM memory,
 * threads and CPU. Thread-safe (Micrometer's meters are).
 */
public final class Metrics implements Routes {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter ingested;
    private final Counter duplicates;
    private final Counter rejected;

    Metrics(Store store, Supplier<Snapshot> snapshot, Supplier<Integer> sseClients) {
        Gauge.builder("newsweave.store.articles", store, Store::size).description("Articles in the store").strongReference(true).register(registry);
        Gauge.builder("newsweave.stories", snapshot, s -> s.get().stories().size()).description("Stories known to the server").strongReference(true).register(registry);
        Gauge.builder("newsweave.quarantine.entries", store, Metrics::quarantined).description("Rejected inputs kept in quarantine").strongReference(true).register(registry);
        Gauge.builder("newsweave.sse.clients", sseClients, s -> s.get()).description("Open Server-Sent Events streams").strongReference(true).register(registry);
        ingested = Counter.builder("newsweave.api.articles").tag("outcome", "ingested").register(registry);
        duplicates = Counter.builder("newsweave.api.articles").tag("outcome", "duplicate").register(registry);
        rejected = Counter.builder("newsweave.api.articles").tag("outcome", "rejected").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    /**
     * Meters of the watched sources: sources per status ({@code newsweave_watch_sources{status=...}},
     * four values, never a label per source), articles collected and URLs seen.
     */
    void watch(io.newsweave.watch.WatchedSources watch) {
        for (io.newsweave.watch.SourceStatus status : io.newsweave.watch.SourceStatus.values()) {
            Gauge.builder("newsweave.watch.sources", watch, w -> count(w, status)).tag("status", status.wire())
                    .description("Watched sources by status").strongReference(true).register(registry);
        }
        Gauge.builder("newsweave.watch.articles", watch, w -> w.list().stream().mapToLong(e -> e.getValue().health().articles()).sum())
                .description("Articles collected from watched sources").strongReference(true).register(registry);
        Gauge.builder("newsweave.watch.page.failures", watch,
                        w -> w.list().stream().mapToLong(e -> e.getValue().health().pageFailures()).sum())
                .description("Article pages of watched sources that could not be fetched").strongReference(true).register(registry);
    }

    private static double count(io.newsweave.watch.WatchedSources watch, io.newsweave.watch.SourceStatus status) {
        java.time.Instant now = watch.now();
        return watch.list().stream().filter(e -> e.getValue().health().status(now) == status).count();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
    }

    /** Records one finished request (Javalin's request logger). */
    void request(Context ctx, Float millis) {
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentiles(0.5, 0.99)
                .distributionStatisticExpiry(Duration.ofMinutes(2))
                .register(registry)
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    public void ingested(int stored, int duplicate, int rejectedCount) {
        ingested.increment(stored);
        duplicates.increment(duplicate);
        rejected.increment(rejectedCount);
    }

    /** The route template, never the raw path (which would make a meter per id). */
    static String route(Context ctx) {
        try {
            var endpoint = ctx.endpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    private static double quarantined(Store store) {
        try {
            return store.quarantine().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
