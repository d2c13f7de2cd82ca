package io.newsweave.cli;

import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.server.NewsweaveServer;
import io.newsweave.watch.PipelineSink;
import io.newsweave.watch.Source;
import io.newsweave.watch.SourcesFile;
import io.newsweave.watch.WatchConfig;
import io.newsweave.watch.WatchListener;
import io.newsweave.watch.WatchState;
import io.newsweave.watch.WatchedSources;
import io.newsweave.watch.Watcher;
import io.newsweave.server.ServerConfig;
import io.newsweave.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code newsweave serve [--data DIR] [--port N] [--host H] [--token T] [--watch SOURCES | --from-kafka TOPIC
 * [--kafka-bootstrap HOST:PORT]]}: the web UI
 * and REST API over the store until interrupted, collecting from the watched sources meanwhile. Without a token (option or {@code NEWSWEAVE_TOKEN}) the server
 * is read-only.
 */
@Command(name = "serve", description = "Serve the web UI, REST API, feeds and metrics over the store (Ctrl-C to stop).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Mixin
    ServerOptions server;

    @Option(names = "--watch", paramLabel = "SOURCES",
            description = "Also collect articles from the sources in this file (see 'watch'); stories update live, /api/sources and /sources show their health.")
    Path watch;

    @Option(names = "--host-delay", paramLabel = "MS", description = "With --watch: minimum milliseconds between requests to one host (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    long hostDelay;

    @Option(names = "--from-kafka", paramLabel = "TOPIC",
            description = "Keep the store up to date from this placements topic of the Flink job (newsweave-flink), committed records only.")
    String fromKafka;

    @Option(names = "--kafka-bootstrap", paramLabel = "HOST:PORT", description = "With --from-kafka: the Kafka brokers (default: ${DEFAULT-VALUE}).",
            defaultValue = "localhost:9092")
    String kafkaBootstrap;

    @Override
    public Integer call() throws Exception {
        if (fromKafka != null) {
            if (watch != null) {
                System.err.println("newsweave: --from-kafka and --watch cannot be combined (the Flink job places the articles)");
                return 2;
            }
            if (fromKafka.isBlank() || kafkaBootstrap.isBlank()) {
                System.err.println("newsweave: --from-kafka needs a topic and --kafka-bootstrap a broker list");
                return 2;
            }
            serveFromKafka();
            return 0;
        }
        if (watch == null) {
            serve(data.open(), server.config());
            return 0;
        }
        List<Source> listed;
        try {
            listed = SourcesFile.read(watch);
        } catch (SourcesFile.Invalid e) {
            System.err.println("newsweave: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("newsweave: cannot read sources file " + watch + ": " + e.getMessage());
            return 2;
        }
        if (hostDelay < 0) {
            System.err.println("newsweave: --host-delay must not be negative");
            return 2;
        }
        serveWatching(listed, WatchConfig.defaults().withHostDelay(Duration.ofMillis(hostDelay)));
        return 0;
    }

    /** Serves and watches until the JVM is asked to stop; then stops the watcher, the server and the store, in that order. */
    private void serveWatching(List<Source> listed, WatchConfig watchConfig) throws IOException, InterruptedException {
        ServerConfig config = server.config();
        Store store = data.open();
        Pipeline pipeline = null;
        WatchState state = null;
        Watcher watcher = null;
        NewsweaveServer running;
        WatchedSources watched;
        try {
            pipeline = new Pipeline(PipelineConfig.defaults());
            state = WatchState.open(store.dir().resolve("watch"));
            watcher = new Watcher(listed, state, new io.newsweave.watch.BatchingSink(new PipelineSink(pipeline, store), 500, java.time.Duration.ofMillis(500)), watchConfig, Clock.systemUTC(), WatchListener.NONE);
            watched = new WatchedSources(watch, watcher);
            running = NewsweaveServer.start(store, pipeline, config, watched);
        } catch (IOException | RuntimeException e) {
            if (watcher != null) {
                watcher.close();
            }
            if (state != null) {
                state.close();
            }
            if (pipeline != null) {
                pipeline.close();
            }
            store.close();
            throw e;
        }
        announce(running, config, System.out);
        System.out.println("newsweave: watching " + listed.size() + " sources from " + watch + " (health at " + running.uri() + "sources)");
        System.out.flush();
        Watcher loop = watcher;
        Thread runner = new Thread(() -> {
            try {
                loop.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsweave-watch");
        runner.start();
        ScheduledExecutorService reload = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsweave-watch-reload");
            t.setDaemon(true);
            return t;
        });
        reload.scheduleWithFixedDelay(() -> {
            try {
                watched.reloadIfChanged();
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("newsweave: sources file not reloaded: " + e.getMessage());
            }
        }, 10, 10, TimeUnit.SECONDS);
        Pipeline openPipeline = pipeline;
        WatchState openState = state;
        serveUntilInterrupted(running, store, () -> {
            reload.shutdownNow();
            loop.close();
            try {
                runner.join(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, openPipeline, openState);
    }

    /** Serves the store while a {@link KafkaPlacementFeed} keeps it up to date; stops the feed, the server and the store, in that order. */
    private void serveFromKafka() throws IOException, InterruptedException {
        ServerConfig config = server.config();
        Store store = data.open();
        KafkaPlacementFeed feed;
        NewsweaveServer running;
        try {
            feed = new KafkaPlacementFeed(store, KafkaPlacementFeed.consumer(kafkaBootstrap), fromKafka, System.err).start();
            running = NewsweaveServer.start(store, config);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        announce(running, config, System.out);
        System.out.println("newsweave: reading placements from " + fromKafka + " at " + kafkaBootstrap);
        serveUntilInterrupted(running, store, () -> {
            try {
                feed.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Serves {@code store} until the JVM is asked to stop; closes the store on the way out. */
    static void serve(Store store, ServerConfig config) throws IOException, InterruptedException {
        NewsweaveServer running;
        try {
            running = NewsweaveServer.start(store, config);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        announce(running, config, System.out);
        serveUntilInterrupted(running, store, () -> { });
    }

    static void announce(NewsweaveServer running, ServerConfig config, PrintStream out) {
        out.println("newsweave: serving at " + running.uri() + "  (API: " + running.uri() + "openapi.json; "
                + (config.writable() ? "POST /api/articles needs the token" : "read-only: no write token") + "; Ctrl-C to stop)");
        out.flush();
    }

    /**
     * Blocks until the JVM is asked to stop, then runs {@code first} (stops what feeds the server),
     * closes the server, then {@code beforeStore} in order, then the store.
     */
    static void serveUntilInterrupted(NewsweaveServer running, Store store, Runnable first, AutoCloseable... beforeStore) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            first.run();
            running.close();
            try {
                for (AutoCloseable c : beforeStore) {
                    c.close();
                }
                store.close();
            } catch (Exception e) {
                System.err.println("newsweave: closing the store failed: " + e.getMessage());
            }
            stopped.countDown();
        }, "newsweave-shutdown"));
        stopped.await();
    }
}
