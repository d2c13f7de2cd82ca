package io.newsweave.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzz run of the HTTP API and pages: random routes, ids, parameters and values
 * (hostile strings, huge numbers, bad encodings, query bombs), sent byte for byte, and random
 * POST bodies, for a bounded time. No answer may be a 5xx other than a search's 503, and none may
 * take longer than {@value #HANG_MS} ms.
 */
class HttpFuzzTest extends ServerFixtureTest {

    private static final long BUDGET_MS = 20_000;
    private static final int HANG_MS = 10_000;
    private static final String[] ROUTES = {"/", "/api/articles/", "/api/entities", "/api/entities/", "/api/export",
            "/api/search", "/api/stories", "/api/stories/", "/articles/", "/entities", "/entities/", "/feeds/search",
            "/feeds/stories/", "/metrics", "/openapi.json", "/search", "/static/", "/stories/"};
    private static final String[] IDS = {"sputin", "sstorm", "aputin01", "e-putin", Fixture.XSS_ID, "..%2f..%2fetc%2fpasswd",
            "%00", "%ff%fe", "x".repeat(300), "s*", "%3Cscript%3E", "-1", "", "sother3", "%E2%80%AE"};
    private static final String[] PARAMS = {"q", "language", "source", "entity", "story", "from", "to", "offset", "limit",
            "page", "lang", "format", "timeline_page", "quotes_page", "dates_page", "events_page", "timeline_offset",
            "quotes_limit", "entities_offset", "type", "kind", "timeline_order"};
    private static final String[] VALUES = {"putin", "biden AND ukraine", "%2Fa%7B999999999%7D%2F", "%2F.%7B1000000%7D%2F",
            "*a*", "putin~2", "%22unclosed", "((((((((((a", "-1", "0", "99999999999999999999", "2021-12-07", "2021-13-45",
            "en", "zz", "atom", "rss", "html", "%00", "%C3%28", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "[a TO z]",
            "a%20OR%20b%20OR%20c", "1e9", "NaN", "", "%25", "x".repeat(2000)};

    private static String request(Random random) {
        StringBuilder path = new StringBuilder(ROUTES[random.nextInt(ROUTES.length)]);
        if (path.charAt(path.length() - 1) == '/' && path.length() > 1) {
            path.append(IDS[random.nextInt(IDS.length)]);
        }
        int params = random.nextInt(4);
        for (int i = 0; i < params; i++) {
            path.append(i == 0 ? '?' : '&').append(PARAMS[random.nextInt(PARAMS.length)]).append('=')
                    .append(VALUES[random.nextInt(VALUES.length)]);
        }
        return path.toString();
    }

    /** Sends one request as written and returns the status line's code. */
    private static int send(String method, String path, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", fx.server.port())) {
            socket.setSoTimeout(HANG_MS);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Type: application/json\r\nAuthorization: Bearer " + Fixture.TOKEN
                    + "\r\nContent-Length: " + content.length + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] status = in.readNBytes(12);
            String line = new String(status, StandardCharsets.ISO_8859_1);
            in.transferTo(OutputStream.nullOutputStream());
            return line.startsWith("HTTP/1.1 ") ? Integer.parseInt(line.substring(9, 12)) : -1;
        }
    }

    private static String body(Random random) {
        String[] pieces = {"{\"title\": \"Velmora\", \"maintext\": \"The strike ended on Monday in Velmora, the union said.\"}",
                "{\"maintext\": ", "[", "]", "{}", "null", "\"\\ud800\"", "{\"maintext\": 1}", "\n", "{\"title\": [1,2,{}]}"};
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    @Test
    void randomRequestsNeverFailTheServerOrHang() throws Exception {
        Random random = new Random(20261201);
        int tried = 0;
        int errors4xx = 0;
        List<String> failures = new ArrayList<>();
        long end = System.currentTimeMillis() + BUDGET_MS;
        while (System.currentTimeMillis() < end) {
            boolean post = random.nextInt(8) == 0;
            String path = post ? "/api/articles" : request(random);
            String body = post ? body(random) : null;
            long t0 = System.nanoTime();
            int status;
            try {
                status = send(post ? "POST" : "GET", path, body);
            } catch (SocketTimeoutException e) {
                failures.add("hang: " + path);
                dumpThreads(path);
                continue;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            tried++;
            if (status >= 400 && status < 500) {
                errors4xx++;
            }
            boolean searchBusy = status == 503 && (path.startsWith("/api/search") || path.startsWith("/search")
                    || path.startsWith("/feeds/search"));
            if (status < 100 || status >= 500 && !searchBusy) {
                failures.add(status + " for " + (post ? "POST " + body : path));
            }
            if (ms > HANG_MS) {
                failures.add(ms + " ms for " + path);
            }
        }
        System.out.printf("http fuzz: %d requests tried, %d answered 4xx, %d failures%n", tried, errors4xx, failures.size());
        assertThat(tried).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    /** What every thread was doing when a request hung, on standard error, to find the cause. */
    private static void dumpThreads(String path) {
        StringBuilder dump = new StringBuilder("threads when ").append(path).append(" hung:\n");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
            for (StackTraceElement frame : stack) {
                dump.append("    at ").append(frame).append('\n');
            }
        });
        System.err.print(dump);
    }
}
