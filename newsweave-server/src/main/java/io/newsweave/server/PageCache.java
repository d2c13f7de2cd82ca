package io.newsweave.server;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rendered bodies of the read routes (pages and API answers), each rendered once per state of
 * the store: a body is keyed by its path and query string as sent and by the store state it was
 * rendered from (the articles the catalog shows and the store's merge count), so any placement or
 * merge gives every route a new key and nothing stale is served. A hit costs a map lookup; a
 * client holding the body's {@code ETag} gets a {@code 304}. Concurrent requests for a body being
 * rendered wait for that one rendering instead of starting their own (200 readers arriving on a
 * story that just changed render it once), and at most {@link #RENDERS} renderings run at once
 * (one per core): the others wait their turn, fairly, so that hits keep their latency and a
 * search's time budget is spent searching rather than waiting for a core; a miss that waits
 * {@value #MAX_WAIT_MS} ms is answered 503 with {@code Retry-After}. Failures (a 404, a 400 for a bad parameter) are not
 * kept, nor are answers other than a 200: every waiter gets the same answer, the next request renders again. Bounded to
 * {@value #CAPACITY} bodies and about {@value #MAX_BYTES} bytes, least recently used out first;
 * bodies over {@value #MAX_BODY} bytes are served but not kept. Thread-safe.
 */
public final class PageCache {

    static final int CAPACITY = 4_096;
    static final long MAX_BYTES = 64L << 20;
    static final int MAX_BODY = 2 << 20;
    /** Renderings run at once: more only share the same cores and stretch every one past its time budget. */
    static final int RENDERS = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** How long a miss waits for its turn to render before it is answered 503 with {@code Retry-After}. */
    static final long MAX_WAIT_MS = 20_000;

    /** Renders one body; may throw an {@link HttpError} or any exception a route may throw. */
    @FunctionalInterface
    public interface Render {
        byte[] body() throws Exception;
    }

    private record Key(String path, String query, long articles, int merges) {
    }

    /** A rendered answer: its status (a search page's 400 is a page too) and {@code Retry-After}, if any. */
    private record Body(byte[] bytes, String type, String etag, int status, String retryAfter) {
    }

    private static final class Entry {
        final CompletableFuture<Body> body = new CompletableFuture<>();
        long weight;
    }

    private final Catalog catalog;
    private final io.newsweave.store.Store store;
    private final LinkedHashMap<Key, Entry> recent = new LinkedHashMap<>(256, 0.75f, true);
    private final java.util.concurrent.Semaphore rendering = new java.util.concurrent.Semaphore(RENDERS, true);
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private long bytes;

    PageCache(Catalog catalog, io.newsweave.store.Store store) {
        this.catalog = catalog;
        this.store = store;
    }

    /** Answers {@code ctx} with the body {@code render} gives for its path and query, rendering only on a miss. */
    public void serve(Context ctx, String type, Render render) throws Exception {
        long articles = catalog.current().articles();
        Key key = new Key(ctx.path(), ctx.queryString() == null ? "" : ctx.queryString(), articles, store.mergeCount());
        Entry entry;
        boolean mine = false;
        synchronized (recent) {
            entry = recent.get(key);
            if (entry == null) {
                entry = new Entry();
                mine = true;
                recent.put(key, entry);
            }
        }
        Body body;
        if (mine) {
            misses.incrementAndGet();
            body = render(ctx, key, entry, type, render);
        } else {
            hits.incrementAndGet();
            body = await(entry);
        }
        if (body.status() != 200) {
            ctx.status(body.status());
            if (body.retryAfter() != null) {
                ctx.header("Retry-After", body.retryAfter());
            }
            ctx.contentType(body.type()).result(body.bytes());
            return;
        }
        ctx.header("ETag", body.etag()).header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), body.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(body.type()).result(body.bytes());
    }

    /** Bodies served from the cache and rendered, since the server started (for tests and metrics). */
    long[] counts() {
        return new long[] {hits.get(), misses.get()};
    }

    private Body render(Context ctx, Key key, Entry entry, String type, Render render) throws Exception {
        Body body;
        try {
            if (!rendering.tryAcquire(MAX_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw HttpError.unavailable("busy", "the server is busy rendering other pages; try again shortly", 2);
            }
            try {
                byte[] bytes = render.body();
                body = new Body(bytes, type, etag(key, bytes), ctx.statusCode(), ctx.res().getHeader("Retry-After"));
            } finally {
                rendering.release();
            }
        } catch (Exception | Error e) {
            synchronized (recent) {
                recent.remove(key, entry);
            }
            entry.body.completeExceptionally(e);
            throw e;
        }
        synchronized (recent) {
            if (body.bytes().length > MAX_BODY || body.status() != 200) {
                recent.remove(key, entry);
            } else if (recent.get(key) == entry) {
                entry.weight = body.bytes().length + 256L + 2L * (key.path().length() + key.query().length());
                bytes += entry.weight;
                evict();
            }
        }
        entry.body.complete(body);
        return body;
    }

    private static Body await(Entry entry) throws Exception {
        try {
            return entry.body.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception x) {
                throw x;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Drops the least recently used finished bodies until within bounds (callers hold the lock). */
    private void evict() {
        Iterator<Map.Entry<Key, Entry>> eldest = recent.entrySet().iterator();
        while ((recent.size() > CAPACITY || bytes > MAX_BYTES) && recent.size() > 1 && eldest.hasNext()) {
            Entry e = eldest.next().getValue();
            if (e.body.isDone()) {
                bytes -= e.weight;
                eldest.remove();
            }
        }
    }

    /** A strong validator: the store state and a 64-bit hash of the body. */
    private static String etag(Key key, byte[] body) {
        long h = 0xcbf29ce484222325L;
        for (byte b : body) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return "\"" + Long.toHexString(key.articles()) + "-" + Integer.toHexString(key.merges()) + "-" + Long.toHexString(h) + "\"";
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (or is {@code *}). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** {@code page} as the UTF-8 bytes of an HTML body. */
    public static byte[] utf8(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }
}
