package io.newsweave.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.model.Article;
import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.story.timeline.TimelineBuilder;
import io.newsweave.story.timeline.TimelineEntry;
import io.newsweave.store.Store;
import io.newsweave.text.SentenceSplitter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Story timeline evaluation on Timeline17 ({@code timeline-t17-dev}): each topic's articles
 * ({@code articles/<topic>/outputwithpub.csv}: publication date and tokenized text, lightly
 * detokenized) go through the real {@link Pipeline} into a temporary store, all of them are taken
 * as one story, and for each gold timeline ({@code gold/tl17-<topic>/*.txt}) the story timeline is
 * built with as many dates as the gold timeline has (T = gold dates, as in the literature) and
 * scored like tilse's date F1: exact date match, precision over the timeline's current and
 * scheduled dates, recall over the gold dates. Also a concatenated ROUGE-1 F1 of the entries'
 * sentences against the gold sentences (our own: lower-case word unigrams, stop words kept, no
 * stemming; not comparable to published ROUGE figures), and the date F1 of a baseline that takes
 * the T days with the most publications. Background entries are left out: the
 * gold timelines list the story's own developments. Not thread-safe; one run at a time.
 */
public final class TimelineEval {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The score of one gold timeline. */
    public record Result(String topic, String timeline, int articles, int goldDates, int predictedDates, int matched,
                         double dateF1, double rouge1, double pubCountF1) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-6s %-48s articles=%3d T=%3d pred=%3d hit=%3d dateF1=%.3f R1=%.3f pubCountF1=%.3f",
                    topic, timeline, articles, goldDates, predictedDates, matched, dateF1, rouge1, pubCountF1);
        }
    }

    private TimelineEval() {
    }

    /** Scores every gold timeline of {@code dataset}, using {@code work} for the temporary stores. */
    public static List<Result> run(Path dataset, Path work) throws IOException {
        return run(dataset, work, topic -> true);
    }

    /**
     * {@link #run(Path, Path)} over the topics whose name ({@code articles/<topic>}, e.g.
     * {@code haiti}) {@code ids} accepts; a topic's gold timelines go with it.
     */
    public static List<Result> run(Path dataset, Path work, java.util.function.Predicate<String> ids) throws IOException {
        List<Result> out = new ArrayList<>();
        List<Path> topics;
        try (Stream<Path> s = Files.list(dataset.resolve("articles"))) {
            topics = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path topic : topics) {
            String name = topic.getFileName().toString();
            Path gold = dataset.resolve("gold").resolve("tl17-" + name);
            if (!ids.test(name) || !Files.isDirectory(gold)) {
                continue;
            }
            List<Article> articles = ingest(topic.resolve("outputwithpub.csv"), work.resolve(name));
            List<Path> timelines;
            try (Stream<Path> s = Files.list(gold)) {
                timelines = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path timeline : timelines) {
                out.add(score(name, timeline, articles));
            }
        }
        return out;
    }

    /** The story timeline of one topic through the real clustering, scored against one gold timeline. */
    public record StoryResult(String topic, String timeline, int topicArticles, int storyArticles, int ofTopic,
                              String storyFirst, String storyLast, int entries, int goldDates, int predictedDates,
                              int matched, double dateF1) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-6s %-48s topic=%3d story=%3d (of topic %3d) span=%s..%s entries=%3d T=%3d pred=%3d hit=%3d dateF1=%.3f",
                    topic, timeline, topicArticles, storyArticles, ofTopic, storyFirst, storyLast, entries, goldDates,
                    predictedDates, matched, dateF1);
        }
    }

    /**
     * The timelines a user gets: every topic's articles (detokenized) in one JSON Lines file in
     * publication-date order, ingested through the real {@link Pipeline} (clustering included) and
     * exported as the CLI's {@code export --format json} writes it; for each topic, the story that
     * holds most of its articles, with its default timeline (no T given), is scored against each of
     * the topic's gold timelines by date F1 (current and scheduled entries; background left out).
     */
    public static List<StoryResult> clustered(Path dataset, Path work, java.util.function.Predicate<String> ids) throws IOException {
        CrashTest.deleteTree(work);
        Files.createDirectories(work);
        record Row(String topic, String date, String text) {
        }
        List<Row> rows = new ArrayList<>();
        List<Path> topics;
        try (Stream<Path> s = Files.list(dataset.resolve("articles"))) {
            topics = s.filter(p -> Files.exists(p.resolve("outputwithpub.csv"))).sorted().toList();
        }
        Map<String, Integer> topicSize = new java.util.TreeMap<>();
        for (Path topic : topics) {
            String name = topic.getFileName().toString();
            if (!ids.test(name) || !Files.isDirectory(dataset.resolve("gold").resolve("tl17-" + name))) {
                continue;
            }
            try (var in = Files.newBufferedReader(topic.resolve("outputwithpub.csv"), StandardCharsets.UTF_8)) {
                for (Map<String, String> row : CsvRows.read(in)) {
                    rows.add(new Row(name, row.get("date"), detokenize(row.getOrDefault("text", ""))));
                    topicSize.merge(name, 1, Integer::sum);
                }
            }
        }
        rows.sort(java.util.Comparator.comparing((Row r) -> r.date() == null ? "" : r.date()));
        Path jsonl = work.resolve("t17.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Row r : rows) {
                writeLine(w, r.date(), r.text());
            }
        }
        Path export = work.resolve("export.json");
        try (Store store = Store.open(work.resolve("data")); Pipeline pipeline = new Pipeline(PipelineConfig.defaults())) {
            pipeline.ingest(store, List.of(jsonl.toString()), InputStream.nullInputStream(), IngestListener.NONE);
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(export))) {
                io.newsweave.export.Exporter.write(store, io.newsweave.export.Exporter.Format.JSON, out);
            }
        }
        var root = JSON.readTree(export.toFile());
        Map<String, String> topicOf = new HashMap<>();
        for (var a : root.path("articles")) {
            String origin = a.path("origin").asText();
            int line = Integer.parseInt(origin.substring(origin.lastIndexOf('#') + 1));
            topicOf.put(a.path("id").asText(), rows.get(line - 1).topic());
        }
        List<StoryResult> out = new ArrayList<>();
        for (String topic : topicSize.keySet()) {
            com.fasterxml.jackson.databind.JsonNode best = null;
            int bestCount = 0;
            for (var story : root.path("stories")) {
                int count = 0;
                for (var id : story.path("articles")) {
                    count += topic.equals(topicOf.get(id.asText())) ? 1 : 0;
                }
                if (count > bestCount) {
                    best = story;
                    bestCount = count;
                }
            }
            Set<String> predicted = new HashSet<>();
            int entries = 0;
            if (best != null) {
                for (var e : best.path("timeline")) {
                    entries++;
                    if (!e.path("kind").asText().equals(TimelineEntry.BACKGROUND)) {
                        predicted.add(e.path("date").asText());
                    }
                }
            }
            List<String> days = new ArrayList<>();
            if (best != null) {
                best.path("coverage").path("per_day").fieldNames().forEachRemaining(days::add);
            }
            java.util.Collections.sort(days);
            List<Path> timelines;
            try (Stream<Path> s = Files.list(dataset.resolve("gold").resolve("tl17-" + topic))) {
                timelines = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path timeline : timelines) {
                Set<String> gold = readGold(timeline).keySet();
                int matched = (int) predicted.stream().filter(gold::contains).count();
                out.add(new StoryResult(topic, timeline.getFileName().toString(), topicSize.get(topic),
                        best == null ? 0 : best.path("articles").size(), bestCount, days.isEmpty() ? "-" : days.get(0),
                        days.isEmpty() ? "-" : days.get(days.size() - 1), entries, gold.size(), predicted.size(), matched,
                        dateF1(predicted, gold)));
            }
        }
        return out;
    }

    /** The mean of a figure over timelines, as tilse averages. */
    public static double mean(List<Result> results, java.util.function.ToDoubleFunction<Result> figure) {
        return results.stream().mapToDouble(figure).average().orElse(0);
    }

    static Result score(String topic, Path timeline, List<Article> articles) throws IOException {
        Map<String, List<String>> gold = readGold(timeline);
        TimelineBuilder builder = new TimelineBuilder(new TimelineBuilder.Config(gold.size(), 1, 0),
                SentenceSplitter.standard());
        List<TimelineEntry> entries = builder.build(articles, "en").stream()
                .filter(e -> !e.kind().equals(TimelineEntry.BACKGROUND)).toList();
        Set<String> predicted = new HashSet<>();
        entries.forEach(e -> predicted.add(e.date()));
        int matched = (int) predicted.stream().filter(gold::containsKey).count();
        List<String> reference = gold.values().stream().flatMap(List::stream).toList();
        double rouge = rouge1(entries.stream().map(TimelineEntry::text).toList(), reference);
        return new Result(topic, timeline.getFileName().toString(), articles.size(), gold.size(), predicted.size(), matched,
                dateF1(predicted, gold.keySet()), rouge, dateF1(publicationCount(articles, gold.size()), gold.keySet()));
    }

    static double dateF1(Set<String> predicted, Set<String> gold) {
        long matched = predicted.stream().filter(gold::contains).count();
        double p = predicted.isEmpty() ? 0 : (double) matched / predicted.size();
        double r = gold.isEmpty() ? 0 : (double) matched / gold.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The baseline: the {@code t} days on which most articles were published (ties: earlier first). */
    static Set<String> publicationCount(List<Article> articles, int t) {
        Map<String, Integer> perDay = new java.util.TreeMap<>();
        articles.stream().filter(a -> a.published().known())
                .forEach(a -> perDay.merge(a.published().date().toString(), 1, Integer::sum));
        Set<String> out = new HashSet<>();
        perDay.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(t)
                .forEach(e -> out.add(e.getKey()));
        return out;
    }

    /** Writes the CSV as JSON Lines, ingests it into a fresh store under {@code work} and returns the articles. */
    static List<Article> ingest(Path csv, Path work) throws IOException {
        CrashTest.deleteTree(work);
        Files.createDirectories(work);
        Path jsonl = work.resolve("articles.jsonl");
        try (var in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Map<String, String> row : CsvRows.read(in)) {
                writeLine(w, row.get("date"), detokenize(row.get("text")));
            }
        }
        List<Article> articles = new ArrayList<>();
        try (Store store = Store.open(work.resolve("data")); Pipeline pipeline = new Pipeline(PipelineConfig.defaults())) {
            pipeline.ingest(store, List.of(jsonl.toString()), InputStream.nullInputStream(), IngestListener.NONE);
            store.forEach(s -> articles.add(s.article()));
        }
        return articles;
    }

    /** One English article of publication date {@code date} as a JSON Lines record. */
    private static void writeLine(BufferedWriter w, String date, String text) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("date", date);
        o.put("language", "en");
        o.put("text", text);
        w.write(JSON.writeValueAsString(o));
        w.newLine();
    }

    /**
     * Undoes the Penn Treebank tokenization of the data set: bracket tokens, spaces before
     * punctuation and clitics, and LaTeX-style quotes. One line per sentence becomes one paragraph
     * per article.
     */
    static String detokenize(String text) {
        String s = text.replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
                .replace("`` ", "\"").replace(" ''", "\"").replace("``", "\"").replace("''", "\"");
        s = s.replaceAll("[ \\t]*\\r?\\n[ \\t]*", " ");
        s = s.replaceAll(" ([.,;:!?%)\\]])", "$1").replaceAll("([(\\[$]) ", "$1")
                .replaceAll(" ('s|'re|'ve|'ll|'d|'m|n't)\\b", "$1");
        return s.strip();
    }

    /** A gold timeline: date → its sentences, in file order. */
    static Map<String, List<String>> readGold(Path file) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.matches("\\d{4}-\\d{2}-\\d{2}")) {
                current = out.computeIfAbsent(l, k -> new ArrayList<>());
            } else if (l.startsWith("-----")) {
                current = null;
            } else if (current != null && !l.isEmpty()) {
                current.add(l);
            }
        }
        return out;
    }

    /** ROUGE-1 F1 of the concatenated system sentences against the concatenated reference. */
    static double rouge1(List<String> system, List<String> reference) {
        Map<String, Integer> sys = unigrams(system);
        Map<String, Integer> ref = unigrams(reference);
        int overlap = 0;
        for (var e : sys.entrySet()) {
            overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        int ns = sys.values().stream().mapToInt(Integer::intValue).sum();
        int nr = ref.values().stream().mapToInt(Integer::intValue).sum();
        if (overlap == 0) {
            return 0;
        }
        double p = (double) overlap / ns;
        double r = (double) overlap / nr;
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> unigrams(List<String> sentences) {
        Map<String, Integer> out = new HashMap<>();
        for (String s : sentences) {
            for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    out.merge(w, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /**
     * Median milliseconds of thread CPU time to build the timeline of the first {@code size}
     * articles (default caps), over {@code rounds} runs after as many warm-up runs. CPU time, not
     * wall time, because the machine may be shared.
     */
    public static double buildMillis(List<Article> articles, int size, int rounds) {
        List<Article> story = articles.subList(0, Math.min(size, articles.size()));
        TimelineBuilder builder = new TimelineBuilder();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[rounds];
        for (int i = 0; i < 2 * rounds; i++) {
            long t0 = threads.getCurrentThreadCpuTime();
            builder.build(story, "en");
            if (i >= rounds) {
                ms[i - rounds] = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
            }
        }
        java.util.Arrays.sort(ms);
        return ms[rounds / 2];
    }

    /**
     * Prints the scores and the build time of a 50-article story: {@code TimelineEval [DATASET] [WORK]};
     * with {@code [DATASET] [WORK] --clustered}, the default timelines of the clustered stories ({@link #clustered}).
     */
    public static void main(String[] args) throws IOException {
        Path dataset = Path.of(args.length > 0 ? args[0] : "../shared/datasets/timeline-t17-dev");
        Path work = Path.of(args.length > 1 ? args[1] : "newsweave-bench/target/timeline-eval");
        if (args.length > 2 && args[2].equals("--clustered")) {
            List<StoryResult> stories = clustered(dataset, work, topic -> true);
            stories.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "through the clustering, default timelines: mean over %d timelines: date F1 %.3f%n",
                    stories.size(), stories.stream().mapToDouble(StoryResult::dateF1).average().orElse(0));
            return;
        }
        List<Result> results = run(dataset, work);
        results.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "mean over %d timelines: date F1 %.3f, ROUGE-1 F1 %.3f; publication-count baseline date F1 %.3f%n",
                results.size(), mean(results, Result::dateF1), mean(results, Result::rouge1), mean(results, Result::pubCountF1));
        List<Article> haiti = ingest(dataset.resolve("articles/haiti/outputwithpub.csv"), work.resolve("speed"));
        long chars = haiti.stream().limit(50).mapToLong(a -> a.text().length()).sum();
        System.out.printf(Locale.ROOT, "timeline of a 50-article story (%d chars): %.2f ms CPU (median of 50 runs)%n",
                chars, buildMillis(haiti, 50, 50));
    }
}
