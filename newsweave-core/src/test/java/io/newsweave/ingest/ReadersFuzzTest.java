package io.newsweave.ingest;

import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzz run of the readers: well-formed inputs of every format, mutated (bytes flipped,
 * inserted, deleted, duplicated, truncated, glued together, gzipped), read for a bounded time.
 * Every input must end in documents or rejections with a reason: no exception, no hang (each
 * read is given {@value #HANG_SECONDS} s).
 */
class ReadersFuzzTest {

    private static final long BUDGET_MS = 20_000;
    private static final int HANG_SECONDS = 10;

    private static final String TEXT = "date 2026-03-02\n\nVelmora port reopens\n\nThe strike ended on Monday, the union said. "
            + "\u201cWe won,\u201d said Mara Olsen.\n\nShare this article\n";
    private static final String JSONL = "{\"title\": \"Velmora port reopens\", \"maintext\": \"The strike ended on Monday.\", "
            + "\"date_publish\": \"2026-03-02 10:00:00\", \"language\": \"en\", \"url\": \"https://news.example/a\"}\n"
            + "{\"title\": \"Le port rouvre\", \"maintext\": \"La gr\u00e8ve a pris fin lundi.\", \"source_domain\": \"journal.example\"}\n";
    private static final String JSON = "[" + JSONL.strip().replace("\n", ",") + "]";
    private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
            + "<item><title>Port reopens</title><link>https://news.example/b</link><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate>"
            + "<description>&lt;p&gt;The strike ended on Monday, the union said.&lt;/p&gt;</description></item></channel></rss>";
    private static final String ATOM = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>Wire</title><entry><title>Port reopens</title><link href=\"https://news.example/c\"/>"
            + "<updated>2026-03-02T10:00:00Z</updated><content type=\"html\">The strike ended on Monday.</content></entry></feed>";
    private static final String HTML = "<!doctype html><html lang=\"en\"><head><title>Port reopens</title>"
            + "<meta property=\"article:published_time\" content=\"2026-03-02\"></head><body><nav>Home | World</nav>"
            + "<article><h1>Port reopens</h1><p>The strike ended on Monday, the union said.</p><p>Ferries sail again.</p></article>"
            + "<footer>Cookies</footer></body></html>";

    private static byte[] warc() {
        byte[] body = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + HTML).getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/d\r\n"
                + "WARC-Date: 2026-03-02T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] mutate(byte[] seed, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(seed);
        byte[] b = out.toByteArray();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(7)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b[at] = (byte) "<>{}[]\"&;\\\n\u0000".charAt(random.nextInt(12));
                case 2 -> b = java.util.Arrays.copyOf(b, at); // truncated
                case 3 -> { // a chunk repeated
                    int len = Math.min(b.length - at, 1 + random.nextInt(64));
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    o.write(b, 0, at + len);
                    for (int r = random.nextInt(50); r >= 0; r--) {
                        o.write(b, at, len);
                    }
                    o.write(b, at + len, b.length - at - len);
                    b = o.toByteArray();
                }
                case 4 -> { // a chunk deleted
                    int len = Math.min(b.length - at, 1 + random.nextInt(64));
                    byte[] c = new byte[b.length - len];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + len, c, at, b.length - at - len);
                    b = c;
                }
                case 5 -> { // random bytes inserted
                    byte[] noise = new byte[1 + random.nextInt(32)];
                    random.nextBytes(noise);
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    o.write(b, 0, at);
                    o.writeBytes(noise);
                    o.write(b, at, b.length - at);
                    b = o.toByteArray();
                }
                default -> { // a UTF-16 or UTF-8 mark glued in front
                    byte[][] marks = {{(byte) 0xff, (byte) 0xfe}, {(byte) 0xfe, (byte) 0xff}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}};
                    byte[] mark = marks[random.nextInt(marks.length)];
                    byte[] c = new byte[b.length + mark.length];
                    System.arraycopy(mark, 0, c, 0, mark.length);
                    System.arraycopy(b, 0, c, mark.length, b.length);
                    b = c;
                }
            }
        }
        return b;
    }

    /** Counts what a read delivered, checking each rejection has a place and a reason. */
    private static final class Counting implements DocumentSink {
        int documents;
        int rejections;

        @Override
        public void accept(RawDocument document) {
            assertThat(document.content()).isNotNull();
            documents++;
        }

        @Override
        public void reject(Rejection rejection) {
            assertThat(rejection.reason()).isNotBlank();
            rejections++;
        }
    }

    @Test
    void mutatedInputsOfEveryFormatEndInDocumentsOrRejectionsWithoutCrashOrHang() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (String s : new String[] {TEXT, JSONL, JSON, RSS, ATOM, HTML}) {
            seeds.add(s.getBytes(StandardCharsets.UTF_8));
        }
        seeds.add(warc());
        seeds.add(gzip(JSONL.getBytes(StandardCharsets.UTF_8)));
        seeds.add(gzip(warc()));
        String[] names = {"a.txt", "a.jsonl", "a.json", "a.rss", "a.atom", "a.html", "a.warc", "a.jsonl.gz", "a.warc.gz", "-"};
        Inputs inputs = new Inputs(IngestConfig.defaults());
        Random random = new Random(20261201);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        int tried = 0;
        int crashes = 0;
        int hangs = 0;
        int silent = 0;
        long documents = 0;
        long rejections = 0;
        List<String> failures = new ArrayList<>();
        long end = System.currentTimeMillis() + BUDGET_MS;
        try {
            while (System.currentTimeMillis() < end) {
                byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
                if (random.nextInt(10) == 0) {
                    input = gzip(input);
                }
                String name = names[random.nextInt(names.length)];
                Counting sink = new Counting();
                byte[] bytes = input;
                Future<?> read = worker.submit(() -> inputs.read(name, new ByteArrayInputStream(bytes), sink));
                tried++;
                try {
                    read.get(HANG_SECONDS, TimeUnit.SECONDS);
                    documents += sink.documents;
                    rejections += sink.rejections;
                    if (sink.documents + sink.rejections == 0) {
                        silent++; // blank JSON lines, WARC records that are not responses: skipped by design
                    }
                } catch (TimeoutException e) {
                    hangs++;
                    read.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                    failures.add("hang on " + name + " of " + bytes.length + " bytes");
                } catch (java.util.concurrent.ExecutionException e) {
                    crashes++;
                    failures.add(name + ": " + e.getCause());
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("readers fuzz: %d inputs tried, %d documents, %d rejections, %d skipped silently, %d crashes, %d hangs%n",
                tried, documents, rejections, silent, crashes, hangs);
        assertThat(tried).isGreaterThan(100);
        assertThat(failures).isEmpty();
        assertThat(documents).isPositive();
        assertThat(rejections).isPositive();
    }
}
