package io.newsweave.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on a loopback address for the watch tests: routes by path, logs every request. */
final class LoopbackSite implements AutoCloseable {

    /** One request as the server saw it. */
    record Request(String path, long startNanos, Map<String, List<String>> headers, int inFlight) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /**
     * Per exchange under way, what ends its in-flight count; {@link #send} runs it before the answer goes out (the client may
     * send the next request at once). Kept by exchange identity, not as an exchange attribute: the JDK server keeps attributes
     * per context, shared by concurrent exchanges, which lost counts.
     */
    private static final Map<HttpExchange, Runnable> ANSWERING = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    LoopbackSite() throws IOException {
        this("127.0.0.1");
    }

    LoopbackSite(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            long start = System.nanoTime();
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(new Request(path, start, Map.copyOf(exchange.getRequestHeaders()), now));
            java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean(true);
            Runnable done = () -> {
                if (counted.getAndSet(false)) {
                    inFlight.decrementAndGet();
                }
            };
            ANSWERING.put(exchange, done);
            try {
                Handler handler = routes.get(path);
                if (handler == null) {
                    handler = routes.get(exchange.getRequestURI().getRawPath());
                }
                if (handler == null) {
                    send(exchange, 404, "text/plain", "not found");
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException | RuntimeException e) {
                // the client went away or a fault handler broke the connection on purpose
            } finally {
                ANSWERING.remove(exchange);
                done.run();
                exchange.close();
            }
        });
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path);
    }

    String url(String path) {
        return uri(path).toString();
    }

    LoopbackSite route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    LoopbackSite text(String path, String contentType, String body) {
        return route(path, ex -> send(ex, 200, contentType, body));
    }

    long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        Runnable done = ANSWERING.get(exchange);
        if (done != null) {
            done.run();
        }
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, status == 304 || body.length == 0 ? -1 : body.length);
        if (body.length > 0 && status != 304) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
