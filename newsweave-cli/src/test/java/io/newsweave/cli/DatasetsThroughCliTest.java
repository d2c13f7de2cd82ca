package io.newsweave.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsweave.bench.DatasetArticles;
import io.newsweave.server.NewsweaveServer;
import io.newsweave.server.ServerConfig;
import io.newsweave.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every labelled data set of {@code ../shared/datasets} ({@link DatasetArticles}) through the
 * product as a user runs it: {@code ingest}, {@code export} in both formats, {@code stories},
 * {@code story} for every story and {@code entities} through {@link Main#run}, then the server
 * over the same store with every story page, story API and article page. Every input must be
 * accounted for (ingested, duplicate or rejected with a reason that is not a crash), and nothing
 * may be left out on the read path (the {@code io.newsweave} warnings, {@code PerArticle}'s
 * included, are captured) or printed as an error. Skips when the data sets are absent.
 */
class DatasetsThroughCliTest {

    static final List<String> DATASETS = DatasetArticles.NAMES;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Held so that the handler stays attached: JUL keeps loggers weakly. */
    private static final Logger NEWSWEAVE_LOG = Logger.getLogger("io.newsweave");

    @RegisterExtension
    final Console console = new Console();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;
    private final List<LogRecord> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path dir;

    @BeforeEach
    void listen() {
        NEWSWEAVE_LOG.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        NEWSWEAVE_LOG.removeHandler(handler);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("DATASETS")
    void everyCommandAndEveryPageReadsTheDataSet(String name) throws Exception {
        Path root = DatasetArticles.locate();
        assumeTrue(root != null, "../shared/datasets absent; skipping");
        DatasetArticles.Dataset dataset = DatasetArticles.read(root, name);
        Path inputs = dataset.write(dir.resolve("in"));
        String data = dir.resolve("data").toString();
        long t0 = System.nanoTime();

        int ingest = run("ingest", "--list", "--data", data, inputs.toString());
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(ingest).as(stderr).isIn(0, 1);
        Set<String> ingested = new LinkedHashSet<>();
        int duplicates = 0;
        for (String line : lines(out)) {
            String[] f = line.split("\t");
            if (f[0].equals("ingested")) {
                ingested.add(f[1]);
            } else if (f[0].equals("duplicate")) {
                duplicates++;
            }
        }
        List<String> rejected = lines(err).stream().filter(l -> l.startsWith("rejected: ")).toList();
        assertThat(rejected).as("rejections that are crashes").noneMatch(l -> l.contains("could not be analyzed"));
        assertThat(ingest == 1).as("exit 1 exactly when something was rejected: " + rejected).isEqualTo(!rejected.isEmpty());
        assertThat(ingested.size() + duplicates + rejected.size()).as("every text ingested, duplicate or rejected").isEqualTo(dataset.size());
        assertThat(ingested).as("the rest ingested").isNotEmpty();
        assertNoErrors("ingest", stderr.lines().filter(l -> !l.startsWith("rejected: ")).toList());
        long t1 = System.nanoTime();

        Path json = dir.resolve("export.json");
        assertThat(run("export", "--format", "json", "-o", json.toString(), "--data", data)).as(err()).isZero();
        assertNoErrors("export json", lines(err));
        JsonNode export = JSON.readTree(json.toFile());
        assertThat(export.path("articles").size()).as("articles exported").isEqualTo(ingested.size());
        List<String> stories = new ArrayList<>();
        export.path("stories").forEach(s -> stories.add(s.path("id").asText()));
        assertThat(stories).isNotEmpty().doesNotHaveDuplicates();

        Path jsonl = dir.resolve("export.jsonl");
        assertThat(run("export", "--format", "jsonl", "-o", jsonl.toString(), "--data", data)).as(err()).isZero();
        assertNoErrors("export jsonl", lines(err));
        int articleLines = 0;
        int storyLines = 0;
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            String type = JSON.readTree(line).path("type").asText();
            articleLines += type.equals("article") ? 1 : 0;
            storyLines += type.equals("story") ? 1 : 0;
        }
        assertThat(articleLines).as("article lines").isEqualTo(ingested.size());
        assertThat(storyLines).as("story lines").isEqualTo(stories.size());

        assertThat(run("stories", "--limit", String.valueOf(stories.size()), "--data", data)).as(err()).isZero();
        assertNoErrors("stories", lines(err));
        String listed = out.toString(StandardCharsets.UTF_8);
        assertThat(stories).allMatch(listed::contains);

        assertThat(run("entities", "--limit", "0", "--data", data)).as(err()).isZero();
        assertNoErrors("entities", lines(err));
        long t2 = System.nanoTime();

        List<String> storyArgs = new ArrayList<>(List.of("story", "--data", data));
        storyArgs.addAll(stories);
        assertThat(run(storyArgs.toArray(String[]::new))).as(err()).isZero();
        assertNoErrors("story", lines(err));
        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(stories).as("every story shown").allMatch(id -> shown.contains("story " + id + " · "));
        long t3 = System.nanoTime();

        int pages = servePages(Path.of(data), stories, ingested);
        long t4 = System.nanoTime();
        assertThat(warnings).as("warnings logged (articles left out)").extracting(DatasetsThroughCliTest::describe).isEmpty();
        console.terminal().printf(Locale.ROOT, "%s: %d texts, %d articles, %d duplicates, %d rejected, %d stories; ingest %.1f s, "
                        + "export+stories+entities %.1f s, story x%d %.1f s, %d pages %.1f s%n", name, dataset.size(), ingested.size(),
                duplicates, rejected.size(), stories.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, stories.size(), (t3 - t2) / 1e9,
                pages, (t4 - t3) / 1e9);
        rejected.forEach(r -> console.terminal().println("  " + r));
    }

    /** Serves the store and GETs every story page, story API and article page; returns how many were fetched. */
    private static int servePages(Path data, List<String> stories, Set<String> articles) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int fetched = 0;
        try (Store store = Store.open(data);
             NewsweaveServer server = NewsweaveServer.start(store, ServerConfig.defaults().withPort(0))) {
            URI base = server.uri();
            for (String id : stories) {
                fetched += get(client, base.resolve("stories/" + id));
                fetched += get(client, base.resolve("api/stories/" + id));
            }
            for (String id : articles) {
                fetched += get(client, base.resolve("articles/" + id));
            }
        }
        return fetched;
    }

    private static int get(HttpClient client, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + uri + ": " + response.body()).isEqualTo(200);
        return 1;
    }

    private static void assertNoErrors(String command, List<String> stderr) {
        assertThat(stderr).as(command + " wrote an error").noneMatch(l -> {
            String s = l.toLowerCase(Locale.ROOT);
            return s.startsWith("newsweave:") || s.contains("exception") || s.contains("error") || s.contains("left out")
                    || s.contains("warning");
        });
    }

    private static String describe(LogRecord r) {
        java.util.function.Supplier<String> thrown = () -> r.getThrown() == null ? "" : " / " + r.getThrown();
        String message = r.getParameters() == null ? r.getMessage() : java.text.MessageFormat.format(r.getMessage(), r.getParameters());
        return r.getLoggerName() + ": " + message + thrown.get();
    }

    private int run(String... args) {
        return console.run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
