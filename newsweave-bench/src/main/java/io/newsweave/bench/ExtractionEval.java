package io.newsweave.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsweave.clean.html.ExtractedPage;
import io.newsweave.clean.html.HtmlExtractor;

import org.jsoup.Jsoup;

/**
 * Runs {@link HtmlExtractor} over a labelled extraction set ({@code DIR/evaldata.json} and
 * {@code DIR/html/}), writes one {@code {"file", "text"}} JSON line per page for the reference
 * scorer, and prints precision, recall and F1 ({@link ExtractionScore}) and pages per second on
 * one thread. Bytes are decoded with jsoup's charset detection here, outside the timed part.
 *
 * <p>Usage: {@code ExtractionEval DATASET_DIR OUT.jsonl [--with-title] [--rounds N]}
 */
public final class ExtractionEval {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionEval() {
    }

    /** The outcome of one run. */
    public record Result(ExtractionScore score, Map<String, String> textByFile, double pagesPerSecond) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExtractionEval DATASET_DIR OUT.jsonl [--with-title] [--rounds N]");
            System.exit(2);
        }
        boolean withTitle = false;
        int rounds = 3;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--with-title")) {
                withTitle = true;
            } else if (args[i].equals("--rounds") && i + 1 < args.length) {
                rounds = Integer.parseInt(args[++i]);
            }
        }
        Result r = run(Path.of(args[0]), withTitle, rounds);
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : r.textByFile().entrySet()) {
                Map<String, String> line = new LinkedHashMap<>();
                line.put("file", e.getKey());
                line.put("text", e.getValue());
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        }
        System.out.printf("documents %d, %.1f pages/s on one thread%n", r.textByFile().size(), r.pagesPerSecond());
        System.out.println(r.score());
    }

    /** Extracts every labelled page {@code rounds} times (the first round warms up) and scores the text. */
    public static Result run(Path datasetDir, boolean withTitle, int rounds) throws IOException {
        return run(datasetDir, withTitle, rounds, file -> true);
    }

    /**
     * {@link #run(Path, boolean, int)} over the labelled pages whose file name ({@code file} of
     * {@code evaldata.json}, e.g. {@code hard::blog.python.org.html}) {@code pages} accepts.
     */
    public static Result run(Path datasetDir, boolean withTitle, int rounds, Predicate<String> pages) throws IOException {
        List<ExtractionScore.Item> items = readItems(datasetDir.resolve("evaldata.json")).stream()
                .filter(item -> pages.test(item.file())).toList();
        List<String> files = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (ExtractionScore.Item item : items) {
            Path page = datasetDir.resolve("html").resolve(item.file());
            if (Files.isRegularFile(page)) {
                files.add(item.file());
                sources.add(decode(Files.readAllBytes(page)));
            }
        }
        HtmlExtractor extractor = new HtmlExtractor();
        Map<String, String> texts = new LinkedHashMap<>();
        double pagesPerSecond = 0;
        for (int round = 0; round < Math.max(1, rounds); round++) {
            long start = System.nanoTime();
            for (int i = 0; i < files.size(); i++) {
                ExtractedPage page = extractor.extract(sources.get(i), null);
                String body = String.join("\n", page.paragraphs());
                texts.put(files.get(i), withTitle && page.title() != null ? page.title() + "\n" + body : body);
            }
            pagesPerSecond = files.size() / ((System.nanoTime() - start) / 1e9);
        }
        return new Result(ExtractionScore.score(items, texts), texts, pagesPerSecond);
    }

    static List<ExtractionScore.Item> readItems(Path evaldata) throws IOException {
        JsonNode root = JSON.readTree(evaldata.toFile());
        List<ExtractionScore.Item> items = new ArrayList<>();
        root.forEach(n -> items.add(new ExtractionScore.Item(n.path("file").asText(),
                strings(n.path("with")), strings(n.path("without")))));
        return items;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return out;
    }

    /** Decodes page bytes with jsoup's charset detection (BOM, meta charset, else UTF-8). */
    static String decode(byte[] bytes) throws IOException {
        Charset charset = Jsoup.parse(new ByteArrayInputStream(bytes), null, "").charset();
        String s = new String(bytes, charset);
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
