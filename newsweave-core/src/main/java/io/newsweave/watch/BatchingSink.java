package io.newsweave.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Gathers the pages of polls running at the same time into larger ingests: each
 * {@link #ingest} call queues its pages and waits; one thread hands everything queued (up to
 * {@code maxPages}, waiting up to {@code linger} for more) to the delegate in one call, and answers
 * every caller with its own results. The pipeline syncs and commits once per ingest, so this turns
 * many small commits into few. Results and durability are the delegate's. Thread-safe; close it
 * to stop its thread.
 */
public final class BatchingSink implements ArticleSink, AutoCloseable {

    private record Request(List<Page> pages, CompletableFuture<List<Result>> answer) {
    }

    private static final Request STOP = new Request(List.of(), null);

    private final ArticleSink delegate;
    private final int maxPages;
    private final long lingerNanos;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private final Thread thread;

    public BatchingSink(ArticleSink delegate, int maxPages, Duration linger) {
        this.delegate = delegate;
        this.maxPages = maxPages;
        this.lingerNanos = linger.toNanos();
        this.thread = Thread.ofPlatform().name("newsweave-watch-ingest").daemon().start(this::loop);
    }

    @Override
    public List<Result> ingest(List<Page> pages) throws IOException {
        if (pages.isEmpty()) {
            return List.of();
        }
        Request request = new Request(List.copyOf(pages), new CompletableFuture<>());
        queue.add(request);
        try {
            return request.answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the pages were being stored", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("storing failed: " + cause, cause);
        }
    }

    private void loop() {
        try {
            while (true) {
                Request first = queue.take();
                if (first == STOP) {
                    return;
                }
                List<Request> batch = new ArrayList<>(List.of(first));
                int pages = first.pages.size();
                long deadline = System.nanoTime() + lingerNanos;
                boolean stop = false;
                while (pages < maxPages) {
                    Request next = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    if (next == STOP) {
                        stop = true;
                        break;
                    }
                    batch.add(next);
                    pages += next.pages.size();
                }
                run(batch);
                if (stop) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (Request left; (left = queue.poll()) != null; ) {
                if (left.answer != null) {
                    left.answer.completeExceptionally(new IOException("the ingest thread stopped"));
                }
            }
        }
    }

    private void run(List<Request> batch) {
        List<Page> all = new ArrayList<>();
        batch.forEach(r -> all.addAll(r.pages));
        try {
            List<Result> results = delegate.ingest(all);
            int from = 0;
            for (Request r : batch) {
                r.answer.complete(List.copyOf(results.subList(from, from + r.pages.size())));
                from += r.pages.size();
            }
        } catch (IOException | RuntimeException e) {
            batch.forEach(r -> r.answer.completeExceptionally(e instanceof UncheckedIOException u ? u.getCause() : e));
        }
    }

    /** Stores what is queued, then stops the thread. */
    @Override
    public void close() {
        queue.add(STOP);
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
