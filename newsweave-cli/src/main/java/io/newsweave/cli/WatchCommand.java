package io.newsweave.cli;

import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;
import io.newsweave.watch.PipelineSink;
import io.newsweave.watch.Source;
import io.newsweave.watch.SourceState;
import io.newsweave.watch.SourceStatus;
import io.newsweave.watch.SourcesFile;
import io.newsweave.watch.WatchConfig;
import io.newsweave.watch.WatchListener;
import io.newsweave.watch.WatchState;
import io.newsweave.watch.WatchedSources;
import io.newsweave.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code newsweave watch [--data DIR] SOURCES}: collects articles from the sources listed in a
 * sources file until interrupted (Ctrl-C finishes the batches under way, saves the schedules and
 * closes the store). The file is re-read when it changes.
 */
@Command(name = "watch", description = "Collect articles from the feeds, sitemaps and section pages listed in SOURCES until stopped (Ctrl-C).")
final class WatchCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "SOURCES", description = "Sources file: one 'URL [kind=rss|atom|sitemap|news-sitemap|page] [name=OUTLET] [lang=xx] [every=10m]' per line.")
    Path sources;

    @Option(names = "--list", description = "Print 'collected<TAB>id<TAB>url' (or 'copy<TAB>...') for each article once it is durable.")
    boolean list;

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @Option(names = "--once", description = "Poll every source once, then exit.")
    boolean once;

    @Option(names = "--host-delay", paramLabel = "MS", description = "Minimum milliseconds between requests to one host (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    long hostDelay;

    @Override
    public Integer call() throws Exception {
        List<Source> listed;
        try {
            listed = SourcesFile.read(sources);
        } catch (SourcesFile.Invalid e) {
            System.err.println("newsweave: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("newsweave: cannot read sources file " + sources + ": " + e.getMessage());
            return 2;
        }
        if (hostDelay < 0) {
            System.err.println("newsweave: --host-delay must not be negative");
            return 2;
        }
        WatchConfig config = WatchConfig.defaults().withHostDelay(Duration.ofMillis(hostDelay));
        PrintStream out = System.out;
        AtomicLong collected = new AtomicLong();
        AtomicLong copies = new AtomicLong();
        WatchListener listener = new WatchListener() {
            @Override
            public void collected(Source source, String url, String articleId, boolean fresh) {
                (fresh ? collected : copies).incrementAndGet();
                if (list) {
                    synchronized (out) {
                        out.println((fresh ? "collected\t" : "copy\t") + articleId + "\t" + TerminalText.escape(url));
                        out.flush();
                    }
                }
            }
        };
        Store store = data.open();
        try (Pipeline pipeline = new Pipeline(PipelineConfig.defaults());
             WatchState state = WatchState.open(store.dir().resolve("watch"))) {
            Watcher watcher = new Watcher(listed, state, new io.newsweave.watch.BatchingSink(new PipelineSink(pipeline, store), 500, java.time.Duration.ofMillis(500)), config, Clock.systemUTC(), listener);
            WatchedSources watched = new WatchedSources(sources, watcher);
            System.err.println("newsweave: watching " + listed.size() + " sources from " + sources + " into " + store.dir()
                    + (once ? " (once)" : " (Ctrl-C to stop)"));
            if (once) {
                watcher.pollDue();
                watcher.close();
                System.err.println(status(watched, collected.get(), copies.get()));
                return 0;
            }
            runUntilStopped(watched, collected, copies);
        } finally {
            try {
                store.close();
            } finally {
                stopped.countDown();
            }
        }
        return 0;
    }

    /** Counted down once the store is closed: the shutdown hook waits for it. */
    private final CountDownLatch stopped = new CountDownLatch(1);

    private void runUntilStopped(WatchedSources watched, AtomicLong collected, AtomicLong copies) throws InterruptedException {
        Watcher watcher = watched.watcher();
        Thread hook = new Thread(() -> {
            watcher.close();
            try {
                stopped.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsweave-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsweave-watch-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (watched.reloadIfChanged()) {
                    System.err.println("newsweave: sources file changed: now " + watched.list().size() + " sources");
                }
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("newsweave: sources file not reloaded: " + e.getMessage());
            }
            if (!quiet) {
                System.err.println(status(watched, collected.get(), copies.get()));
            }
        }, 10, 10, TimeUnit.SECONDS);
        try {
            watcher.run();
        } finally {
            timer.shutdownNow();
        }
    }

    /** {@code 12 sources (10 ok, 1 slow, 1 failing, 0 dead) — 345 articles collected, 3 copies}. */
    static String status(WatchedSources watched, long collected, long copies) {
        Map<SourceStatus, Integer> counts = new EnumMap<>(SourceStatus.class);
        Instant now = watched.now();
        List<Map.Entry<Source, SourceState>> list = watched.list();
        for (Map.Entry<Source, SourceState> e : list) {
            counts.merge(e.getValue().health().status(now), 1, Integer::sum);
        }
        return String.format(Locale.ROOT, "newsweave watch: %,d sources (%d ok, %d slow, %d failing, %d dead) — %,d articles collected, %,d copies",
                list.size(), counts.getOrDefault(SourceStatus.OK, 0), counts.getOrDefault(SourceStatus.SLOW, 0),
                counts.getOrDefault(SourceStatus.FAILING, 0), counts.getOrDefault(SourceStatus.DEAD, 0), collected, copies);
    }
}
