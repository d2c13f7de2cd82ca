package io.newsweave.cli;

import io.newsweave.server.NewsweaveServer;
import io.newsweave.server.ServerConfig;
import io.newsweave.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code newsweave serve [--data DIR] [--port N] [--host H] [--token T]}: the web UI and REST API
 * over the store until interrupted. Without a token (option or {@code NEWSWEAVE_TOKEN}) the server
 * is read-only.
 */
@Command(name = "serve", description = "Serve the web UI, REST API, feeds and metrics over the store (Ctrl-C to stop).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        serve(data.open(), server.config());
        return 0;
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
        serveUntilInterrupted(running, store);
    }

    static void announce(NewsweaveServer running, ServerConfig config, PrintStream out) {
        out.println("newsweave: serving at " + running.uri() + "  (API: " + running.uri() + "openapi.json; "
                + (config.writable() ? "POST /api/articles needs the token" : "read-only: no write token") + "; Ctrl-C to stop)");
        out.flush();
    }

    /** Blocks until the JVM is asked to stop, then closes the server and the store. */
    static void serveUntilInterrupted(NewsweaveServer running, Store store) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            try {
                store.close();
            } catch (IOException e) {
                System.err.println("newsweave: closing the store failed: " + e.getMessage());
            }
            stopped.countDown();
        }, "newsweave-shutdown"));
        stopped.await();
    }
}
