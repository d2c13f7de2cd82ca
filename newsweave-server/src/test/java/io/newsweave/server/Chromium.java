package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol with the JDK's WebSocket client: one
 * browser process, one page. Every wait is bounded. JavaScript dialogs ({@code alert}) are recorded
 * and dismissed. Not thread-safe beyond what the protocol callbacks need.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    final List<String> dialogs = new CopyOnWriteArrayList<>();

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    Chromium() throws Exception {
        profile = Files.createTempDirectory("newsweave-chromium");
        process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1280,900",
                "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        URI browser = devtools(process);
        HttpClient http = HttpClient.newHttpClient();
        URI base = URI.create("http://" + browser.getAuthority());
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
        String pageSocket = Fixture.JSON.readTree(created.body()).path("webSocketDebuggerUrl").asText();
        socket = http.newWebSocketBuilder().connectTimeout(WAIT).buildAsync(URI.create(pageSocket), new Listener())
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        call("Page.enable", null);
        call("Runtime.enable", null);
    }

    /** Reads Chromium's stderr until it prints its DevTools address. */
    private static URI devtools(Process process) throws Exception {
        CompletableFuture<URI> found = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    int at = line.indexOf("ws://");
                    if (line.contains("DevTools listening on") && at >= 0) {
                        found.complete(URI.create(line.substring(at).strip()));
                    }
                }
                found.completeExceptionally(new IOException("chromium exited without a DevTools address"));
            } catch (IOException e) {
                found.completeExceptionally(e);
            }
        });
        return found.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = Fixture.JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? Fixture.JSON.createObjectNode() : params);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(message.toString(), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode result = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (result.has("error")) {
            throw new IllegalStateException(method + ": " + result.path("error"));
        }
        return result.path("result");
    }

    /** Opens {@code url} and waits for its load event. */
    void open(String url) throws Exception {
        events.clear();
        call("Page.navigate", Fixture.JSON.createObjectNode().put("url", url));
        awaitLoad();
    }

    /** Runs {@code script} (which navigates, e.g. a click) and waits for the next page's load event. */
    void navigateBy(String script) throws Exception {
        events.clear();
        eval(script);
        awaitLoad();
    }

    private void awaitLoad() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode event = events.poll(500, TimeUnit.MILLISECONDS);
            if (event != null && event.path("method").asText().equals("Page.loadEventFired")) {
                return;
            }
        }
        throw new IllegalStateException("page did not load within " + WAIT);
    }

    /** Evaluates an expression in the page and returns its JSON value. */
    JsonNode eval(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Fixture.JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    byte[] screenshot() throws Exception {
        String data = call("Page.captureScreenshot", Fixture.JSON.createObjectNode().put("format", "png")).path("data").asText();
        return java.util.Base64.getDecoder().decode(data);
    }

    @Override
    public void close() throws IOException {
        try {
            socket.abort();
        } finally {
            // Chromium's helper processes (zygote, crashpad) may outlive the browser and keep
            // writing into the profile: stop them all before removing it.
            List<ProcessHandle> helpers = process.descendants().toList();
            process.destroy();
            helpers.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                for (ProcessHandle helper : helpers) {
                    helper.onExit().get(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                helpers.forEach(ProcessHandle::destroyForcibly);
            }
            deleteTree(profile);
        }
    }

    /** Removes a directory tree, tolerating files that vanish while it is walked. */
    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                try {
                    Files.deleteIfExists(d);
                } catch (DirectoryNotEmptyException late) {
                    // a helper wrote one last file: leave the temporary directory to the system
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = Fixture.JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.remove(message.path("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } else {
                        if (message.path("method").asText().equals("Page.javascriptDialogOpening")) {
                            dialogs.add(message.path("params").path("message").asText());
                            ObjectNode dismiss = Fixture.JSON.createObjectNode().put("id", ids.incrementAndGet())
                                    .put("method", "Page.handleJavaScriptDialog");
                            dismiss.putObject("params").put("accept", false);
                            ws.sendText(dismiss.toString(), true);
                        }
                        events.add(message);
                    }
                } catch (IOException e) {
                    // not JSON: ignore
                }
            }
            ws.request(1);
            return null;
        }
    }
}
