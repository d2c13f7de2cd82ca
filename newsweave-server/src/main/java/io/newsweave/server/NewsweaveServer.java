package io.newsweave.server;

import io.newsweave.server.api.ArticleApi;
import io.newsweave.server.api.ChangeStream;
import io.newsweave.server.api.EntityApi;
import io.newsweave.server.api.ExportApi;
import io.newsweave.server.api.IngestApi;
import io.newsweave.server.api.SearchApi;
import io.newsweave.server.api.SourcesApi;
import io.newsweave.server.api.StoryApi;
import io.newsweave.server.feed.Feeds;
import io.newsweave.server.ui.Assets;
import io.newsweave.server.ui.Layout;
import io.newsweave.server.ui.UiRoutes;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.store.Store;
import io.newsweave.story.ReadModel;
import io.newsweave.watch.WatchedSources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The newsweave web server over an open {@link Store}: the REST API under {@code /api} (documented
 * at {@code /openapi.json}), the web UI, Atom/RSS feeds under {@code /feeds}, Server-Sent Events at
 * {@code /api/events} and Prometheus metrics at {@code /metrics}. Stories are refreshed from the
 * journal as articles arrive, whether through {@code POST /api/articles} or another ingest in the
 * same process. Does not own the store: close the server, then the store. Thread-safe: start once,
 * {@link #close()} from any thread.
 */
public final class NewsweaveServer implements AutoCloseable {

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final System.Logger LOG = System.getLogger(NewsweaveServer.class.getName());
    /** The access log: one line per request. */
    private static final System.Logger ACCESS = System.getLogger("io.newsweave.server.access");
    /** Request attribute holding the id of a 500's logged error. */
    private static final String ERROR_ID = "newsweave.errorId";

    /** Request attribute set once a typed error has written the response, so error mappers leave it. */
    private static final String FAILED = "newsweave.failed";

    private final Javalin app;
    private final ScheduledExecutorService scheduler;
    private final Ingester ingester;
    private final ChangeStream events;
    private final DigestWarmer warmer;
    private final String host;
    private final ReadModel model;
    private final PageCache pages;

    private NewsweaveServer(Store store, Pipeline pipeline, ServerConfig config, WatchedSources watch) throws IOException {
        this.model = ReadModel.withEntities(store);
        Catalog catalog = new Catalog(model);
        catalog.refresh();
        this.host = config.host();
        this.events = new ChangeStream(catalog);
        this.ingester = new Ingester(store, pipeline);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsweave-server-refresh");
            t.setDaemon(true);
            return t;
        });
        Metrics metrics = new Metrics(store, () -> snapshot(catalog), events::size);
        StoryDetailsCache details = new StoryDetailsCache(model);
        this.pages = new PageCache(catalog, store);
        if (watch != null) {
            metrics.watch(watch);
        }
        Services services = new Services(store, catalog, details, pages, config, ingester, metrics, watch);
        this.warmer = new DigestWarmer(catalog, details);
        catalog.onChange(change -> {
            scheduler.execute(() -> events.publish(change));
            warmer.request();
        });
        warmer.request();
        List<Routes> groups = List.of(new WriteGuard(config), new StoryApi(services), new ArticleApi(services),
                new EntityApi(services), new SearchApi(services), new IngestApi(services), new SourcesApi(services), new ExportApi(services),
                new Feeds(services), events, metrics, new Assets(), new UiRoutes(services));
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.http.maxRequestSize = config.maxBodyBytes();
            // errors Jetty answers itself (URI or headers too long, malformed request lines) get the API's JSON body
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            cfg.requestLogger.http((ctx, millis) -> {
                metrics.request(ctx, millis);
                access(ctx, millis);
            });
            cfg.routes.before(NewsweaveServer::securityHeaders);
            cfg.routes.exception(HttpError.class, NewsweaveServer::fail);
            cfg.routes.exception(Exception.class, (e, ctx) -> failInternally(e, ctx));
            cfg.routes.error(500, ctx -> {
                if (ctx.attribute(FAILED) == null) {
                    failInternally(null, ctx);
                }
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(FAILED) == null) {
                    fail(HttpError.notFound("no such page: " + ctx.path()), ctx);
                }
            });
            cfg.routes.error(405, ctx -> {
                if (ctx.attribute(FAILED) == null) {
                    fail(new HttpError(405, "method_not_allowed", "method not allowed"), ctx);
                }
            });
            groups.forEach(g -> g.register(cfg.routes));
        });
        long every = config.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                catalog.current();
            } catch (IOException | RuntimeException e) {
                // the next poll tries again; requests refresh on their own too
            }
        }, every, every, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(events::heartbeat, 15, 15, TimeUnit.SECONDS);
    }

    /** Starts a server over {@code store}; POSTed articles go through a pipeline it creates on first use. */
    public static NewsweaveServer start(Store store, ServerConfig config) throws IOException {
        return start(store, null, config);
    }

    /** Starts a server over {@code store}, ingesting POSTed articles with {@code pipeline} (not closed by the server). */
    public static NewsweaveServer start(Store store, Pipeline pipeline, ServerConfig config) throws IOException {
        return start(store, pipeline, config, null);
    }

    /**
     * Starts a server over {@code store} that also shows and edits the sources {@code watch}
     * watches ({@code /api/sources}, the Sources page, metrics); the caller runs and closes the watcher.
     */
    public static NewsweaveServer start(Store store, Pipeline pipeline, ServerConfig config, WatchedSources watch) throws IOException {
        NewsweaveServer server = new NewsweaveServer(store, pipeline, config, watch);
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.close();
            throw new IOException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        return server;
    }

    /** The read model the server shows (for tests: what opening it replayed). */
    ReadModel readModel() {
        return model;
    }

    /** The rendered answers the server keeps (for tests). */
    PageCache pages() {
        return pages;
    }

    /** The port listened on (the one chosen when configured with 0). */
    int port() {
        return app.port();
    }

    /** The server's base address, e.g. {@code http://127.0.0.1:7070/}. */
    public URI uri() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** Stops listening and closes event streams; does not close the store. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        warmer.close();
        events.closeAll();
        try {
            app.stop();
        } finally {
            ingester.close();
        }
    }

    private static Snapshot snapshot(Catalog catalog) {
        try {
            return catalog.current();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", CSP);
    }

    /**
     * A 500 with an error id in its body; the failure, its stack and the id go to the log so that
     * a user's report ("error 3f2a…") finds them.
     */
    private static void failInternally(Exception e, Context ctx) {
        String id = java.util.HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8)
                .putLong(java.util.concurrent.ThreadLocalRandom.current().nextLong()).array());
        LOG.log(System.Logger.Level.ERROR, "error " + id + ": " + ctx.method().name() + " " + ShownText.loggable(ctx.path())
                + " failed" + (e == null ? " with status 500" : ": " + e), e);
        HttpError error = new HttpError(500, "internal_error", "internal error " + id
                + (e == null ? "" : " (" + e.getClass().getSimpleName() + ")") + "; the server log has the details");
        ctx.attribute(ERROR_ID, id);
        fail(error, ctx);
    }

    /** One access-log line per request: client, method, path and query as sent, route, status, time. */
    private static void access(Context ctx, Float millis) {
        if (!ACCESS.isLoggable(System.Logger.Level.INFO)) {
            return;
        }
        String query = ctx.queryString();
        String id = ctx.attribute(ERROR_ID);
        ACCESS.log(System.Logger.Level.INFO, String.format(java.util.Locale.ROOT, "%s \"%s %s\" %d %.1f ms route=%s%s",
                ctx.req().getRemoteAddr(), ctx.method().name(),
                ShownText.loggable(ctx.req().getRequestURI() + (query == null ? "" : "?" + query)),
                ctx.statusCode(), millis, Metrics.route(ctx), id == null ? "" : " error=" + id));
    }

    private static void fail(HttpError error, Context ctx) {
        ctx.attribute(FAILED, Boolean.TRUE);
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/feeds/") || ctx.path().equals("/metrics")) {
            Responses.error(ctx, error);
        } else {
            Responses.status(ctx, error);
            Responses.html(ctx, Layout.page(error.status() + " " + error.code().replace('_', ' '), "",
                    "<section class=\"error\"><h1>" + error.status() + "</h1><p>" + Html.escape(error.getMessage()) + "</p>"
                            + "<p><a href=\"/\">Back to the stories</a></p></section>"));
        }
    }
}
