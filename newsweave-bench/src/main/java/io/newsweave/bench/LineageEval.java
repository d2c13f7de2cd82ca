package io.newsweave.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.json.ArticleJson;
import io.newsweave.lineage.Alignment;
import io.newsweave.lineage.LineageFeatures;
import io.newsweave.lineage.TextSketch;
import io.newsweave.model.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Copy and translation detection measured through the product: builds two labelled sets, ingests
 * each with {@code newsweave ingest} into its own data directory, exports it with
 * {@code newsweave export}, and scores the exported {@code lineage} by the fixed halves
 * ({@link Halves}), printing both halves and, for tuning, how the rule's score separates the
 * labelled pairs of the tuning half.
 * <ul>
 *   <li><b>Copies</b>: SemEval 2022 dev texts of at least {@value #MIN_WORDS} words as originals
 *   (at most {@code --bases}), each republished by other outlets with one known transformation
 *   ({@link Transform}); SemEval pairs of one language rated 1.5–2.5 (same event, written apart)
 *   are the negatives. A copy is found when it joins its original's copy group (an exact copy:
 *   when its URL is among the original's copies). Precision counts every predicted link among
 *   these articles.</li>
 *   <li><b>Translations</b>: our own pairs ({@code translations/pairs-*.jsonl}): a translation is
 *   found when one side's {@code translation_of} names the other; negatives are same-event
 *   reports written apart.</li>
 *   <li>On SemEval dev: how many pairs rated 1.0 end up linked as copies or translations.</li>
 * </ul>
 * Usage: {@code LineageEval [--shared ../shared] [--newsweave ./newsweave] [--work DIR] [--bases N] [--sets copies,translations]}.
 */
public final class LineageEval {

    static final int MIN_WORDS = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The ways a republication changes its original. */
    enum Transform { EXACT, CLUTTER, LEAD, HALF, DROPPED, REORDERED, EDITED }

    private LineageEval() {
    }

    /** How a set is ingested and exported: through the launcher, or in this process (the quality gates). */
    @FunctionalInterface
    interface Runner {
        JsonNode ingestAndExport(Path dir, Path input) throws Exception;
    }

    /** One half's figures: precision and recall of the links, and the share of negatives kept apart. */
    record Figures(double precision, double recall, double apart, int links, int positives, int negatives) {
    }

    /** The launcher as a user runs it. */
    static Runner launcher(Path launcher) {
        return (dir, input) -> ingestAndExport(launcher, dir, input);
    }

    /** The same recipe in this process: {@code Pipeline} into a store, then {@code Exporter}. */
    static Runner inProcess() {
        return (dir, input) -> {
            Path data = dir.resolve("data");
            try (io.newsweave.pipeline.Pipeline pipeline = new io.newsweave.pipeline.Pipeline(io.newsweave.pipeline.PipelineConfig.defaults());
                 io.newsweave.store.Store store = io.newsweave.store.Store.open(data)) {
                pipeline.ingest(store, List.of(input.toString()), InputStream.nullInputStream(), new io.newsweave.pipeline.IngestListener() {
                });
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (io.newsweave.store.Store store = io.newsweave.store.Store.open(data)) {
                io.newsweave.export.Exporter.write(store, io.newsweave.export.Exporter.Format.JSON, out);
            }
            return JSON.readTree(out.toByteArray());
        };
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, "LineageEval [--shared ../shared] [--newsweave ./newsweave] [--work DIR] [--bases N] [--sets copies,translations]");
        Path shared = o.path("shared", Path.of("../shared"));
        Path launcher = o.path("newsweave", Path.of("newsweave")).toAbsolutePath();
        Path work = o.path("work", Files.createTempDirectory("newsweave-lineage"));
        int bases = (int) o.doubleValue("bases", 300);
        if (!ProcessIngest.ready(launcher)) {
            System.out.println("skipped: " + launcher + " missing or failing (run from the repository root)");
            return;
        }
        String sets = o.string("sets", "copies,translations");
        Path csv = shared.resolve("datasets/pairs-semeval2022-dev/training_set.csv");
        if (!sets.contains("copies")) {
            System.out.println("copies not asked for");
        } else if (Files.isRegularFile(csv)) {
            copies(csv, launcher(launcher), work.resolve("copies"), bases);
        } else {
            System.out.println("copies skipped: " + csv + " missing");
        }
        if (sets.contains("translations")) {
            translations(launcher(launcher), work.resolve("translations"));
        }
    }

    // ---- copies ----

    /** One input article with the labels the scoring needs. */
    record Item(String key, String base, Transform transform, String language, String url, String source, String published,
                String title, String text) {
    }

    static Map<Halves.Half, Figures> copies(Path csv, Runner runner, Path dir, int maxBases) throws Exception {
        Map<Halves.Half, Figures> figures = new java.util.EnumMap<>(Halves.Half.class);
        List<Map<String, String>> rows;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CsvRows.read(in);
        }
        Map<String, String[]> docs = new TreeMap<>(); // id -> {language, text}
        List<String[]> negatives = new ArrayList<>(); // {a, b}
        List<String[]> identical = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String[] ids = row.getOrDefault("pair_id", "").split("_");
            if (ids.length != 2) {
                continue;
            }
            docs.putIfAbsent(ids[0], new String[] {row.get("lang1"), row.getOrDefault("text1", "")});
            docs.putIfAbsent(ids[1], new String[] {row.get("lang2"), row.getOrDefault("text2", "")});
            double overall;
            try {
                overall = Double.parseDouble(row.get("Overall"));
            } catch (RuntimeException e) {
                continue;
            }
            if (overall == 1.0) {
                identical.add(ids);
            } else if (overall >= 1.5 && overall <= 2.5 && row.get("lang1").equals(row.get("lang2"))) {
                negatives.add(ids);
            }
        }
        List<Item> items = new ArrayList<>();
        List<String> baseIds = new ArrayList<>(); // the originals; an added lead or closing is taken from another of them
        for (Map.Entry<String, String[]> d : docs.entrySet()) {
            if (baseIds.size() < maxBases && words(d.getValue()[1]) >= MIN_WORDS) {
                baseIds.add(d.getKey());
            }
        }
        Set<String> bases = new HashSet<>(baseIds);
        List<String> all = new ArrayList<>(docs.keySet());
        for (String id : all) {
            String[] d = docs.get(id);
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(Math.floorMod(id.hashCode(), 300));
            items.add(new Item("doc:" + id, id, null, d[0], "https://outlet" + Math.floorMod(id.hashCode(), 97) + ".example/news/" + id,
                    "outlet" + Math.floorMod(id.hashCode(), 97) + ".example", day.toString(), null, d[1]));
            if (!bases.contains(id)) {
                continue;
            }
            Random random = new Random(id.hashCode());
            int k = 0;
            for (Transform t : Transform.values()) {
                k++;
                String other = docs.get(baseIds.get(random.nextInt(baseIds.size())))[1];
                String text = transform(t, d[1], other, random);
                items.add(new Item(t + ":" + id, id, t, d[0], "https://copy" + k + ".example/" + t.name().toLowerCase(Locale.ROOT) + "/" + id,
                        "copy" + k + ".example", day.plusDays(1 + random.nextInt(3)).toString(), null, text));
            }
        }
        Files.createDirectories(dir);
        Path input = dir.resolve("copies.jsonl");
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (Item item : items) {
                ObjectNode node = JSON.createObjectNode().put("url", item.url()).put("source", item.source())
                        .put("published", item.published()).put("language", item.language()).put("maintext", item.text());
                out.write(JSON.writeValueAsString(node));
                out.write('\n');
            }
        }
        JsonNode export = runner.ingestAndExport(dir, input);
        Map<String, Item> byUrl = new HashMap<>();
        items.forEach(i -> byUrl.put(i.url(), i));
        Map<String, JsonNode> articles = new HashMap<>(); // by url
        Map<String, String> urlOf = new HashMap<>(); // id -> url
        for (JsonNode a : export.path("articles")) {
            articles.put(a.path("url").asText(), a);
            urlOf.put(a.path("id").asText(), a.path("url").asText());
        }
        // the group (original's url) of every url, sightings included
        Map<String, String> group = new HashMap<>();
        for (JsonNode a : export.path("articles")) {
            String url = a.path("url").asText();
            JsonNode lineage = a.path("lineage");
            String original = lineage.has("copy_of") ? urlOf.get(lineage.path("copy_of").asText()) : url;
            group.put(url, original);
            for (JsonNode c : lineage.path("copies")) {
                if (!c.has("article")) {
                    group.put(c.path("url").asText(), url);
                }
            }
        }
        System.out.printf(Locale.ROOT, "copies: %d originals x %d transformations, %d other texts, %d negatives, %d rated identical; %d articles exported%n",
                baseIds.size(), Transform.values().length, docs.size() - baseIds.size(), negatives.size(), identical.size(),
                articles.size());
        for (Halves.Half half : Halves.Half.values()) {
            Map<Transform, int[]> found = new LinkedHashMap<>();
            int[] links = new int[2]; // predicted, correct
            for (Item item : items) {
                if (item.transform() != null && Halves.of(item.base()) == half) {
                    String base = "https://outlet" + Math.floorMod(item.base().hashCode(), 97) + ".example/news/" + item.base();
                    boolean hit = group.get(item.url()) != null && group.get(item.url()).equals(group.get(base));
                    int[] c = found.computeIfAbsent(item.transform(), t -> new int[2]);
                    c[0]++;
                    c[1] += hit ? 1 : 0;
                }
            }
            Map<String, Integer> wrong = new TreeMap<>();
            int unlabelled = 0;
            for (Map.Entry<String, String> g : group.entrySet()) {
                Item item = byUrl.get(g.getKey());
                Item original = byUrl.get(g.getValue());
                if (item == null || original == null || g.getKey().equals(g.getValue()) || Halves.of(original.base()) != half) {
                    continue;
                }
                if (item.transform() == null && original.transform() == null) {
                    unlabelled++; // two texts of the data set itself: whether they are copies is not labelled
                    continue;
                }
                links[0]++;
                // a republication is rightly placed when it is with its own original, whichever
                // report of the group is the earliest (the data set's texts include copies of each other)
                boolean right = item.transform() != null
                        ? g.getValue().equals(group.get(itemUrl(item.base())))
                        : item.base().equals(original.base()) || g.getValue().equals(group.get(itemUrl(original.base())));
                links[1] += right ? 1 : 0;
                if (!right) {
                    wrong.merge(item.transform() + "->" + original.transform(), 1, Integer::sum);
                }
            }
            int apart = 0;
            int negs = 0;
            for (String[] n : negatives) {
                if (Halves.of(n[0] + "_" + n[1]) != half) {
                    continue;
                }
                String a = group.get(itemUrl(n[0]));
                String b = group.get(itemUrl(n[1]));
                negs++;
                apart += a == null || b == null || !a.equals(b) ? 1 : 0;
            }
            int expected = found.values().stream().mapToInt(c -> c[0]).sum();
            int hits = found.values().stream().mapToInt(c -> c[1]).sum();
            StringBuilder per = new StringBuilder();
            found.forEach((t, c) -> per.append(String.format(Locale.ROOT, " %s %.2f", t.name().toLowerCase(Locale.ROOT), c[1] / (double) c[0])));
            figures.put(half, new Figures(links[1] / (double) Math.max(1, links[0]), hits / (double) Math.max(1, expected),
                    apart / (double) Math.max(1, negs), links[0], expected, negs));
            System.out.printf(Locale.ROOT, "  %s: copy links P %.3f (%d/%d) R %.3f (%d/%d); negatives kept apart %.3f (%d/%d); recall by kind:%s%n",
                    half.label(), links[1] / (double) Math.max(1, links[0]), links[1], links[0], hits / (double) Math.max(1, expected),
                    hits, expected, apart / (double) Math.max(1, negs), apart, negs, per);
            System.out.printf(Locale.ROOT, "    wrong links by kind (copy->original) %s; links between two of the data set's own texts (not labelled) %d%n",
                    wrong, unlabelled);
        }
        int linked = 0;
        for (String[] p : identical) {
            JsonNode a = articles.get(itemUrl(p[0]));
            JsonNode b = articles.get(itemUrl(p[1]));
            String ga = group.get(itemUrl(p[0]));
            String gb = group.get(itemUrl(p[1]));
            boolean copy = ga != null && ga.equals(gb) && !itemUrl(p[0]).equals(itemUrl(p[1]));
            boolean translation = a != null && b != null && (a.path("lineage").path("translation_of").asText("").equals(b.path("id").asText())
                    || b.path("lineage").path("translation_of").asText("").equals(a.path("id").asText())
                    || sameId(a, b));
            linked += copy || translation ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "  SemEval dev pairs rated 1.0: %d of %d linked as copies or translations (or one article)%n", linked, identical.size());
        // tuning aid: the copy score (share of the shorter text in the longer) of labelled pairs, tuning half
        List<double[]> scored = new ArrayList<>();
        for (Item item : items) {
            if (item.transform() != null && item.transform() != Transform.EXACT && Halves.tuning(item.base())) {
                JsonNode a = articles.get(item.url());
                JsonNode b = articles.get(itemUrl(item.base()));
                if (a != null && b != null) {
                    scored.add(new double[] {copyScore(a, b), 1});
                }
            }
        }
        for (String[] n : negatives) {
            JsonNode a = articles.get(itemUrl(n[0]));
            JsonNode b = articles.get(itemUrl(n[1]));
            if (Halves.tuning(n[0] + "_" + n[1]) && a != null && b != null && !sameId(a, b)) {
                scored.add(new double[] {copyScore(a, b), 0});
            }
        }
        sweep("copy share of the shorter text (tuning half)", scored, new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8});
        return figures;
    }

    private static boolean sameId(JsonNode a, JsonNode b) {
        return a.path("id").asText().equals(b.path("id").asText());
    }

    private static String itemUrl(String docId) {
        return "https://outlet" + Math.floorMod(docId.hashCode(), 97) + ".example/news/" + docId;
    }

    private static double copyScore(JsonNode a, JsonNode b) {
        TextSketch x = TextSketch.of(a.path("text").asText());
        TextSketch y = TextSketch.of(b.path("text").asText());
        if (!x.comparable() || !y.comparable()) {
            return 0;
        }
        return x.shingles() <= y.shingles() ? x.containedIn(y) : y.containedIn(x);
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** {@code text} republished with {@code t}; {@code other} is another article's text (for added paragraphs). */
    static String transform(Transform t, String text, String other, Random random) {
        List<String> paragraphs = paragraphs(text);
        return switch (t) {
            case EXACT -> text;
            case CLUTTER -> "Advertisement\n\nShare on Facebook Share on Twitter Share by email\n\n" + String.join("\n\n", paragraphs)
                    + "\n\nRead more: " + first(other, 12) + "\n\nSubscribe to our newsletter\n\n© 2024 All rights reserved.";
            case LEAD -> first(other, Math.min(40, words(text) / 5)) + "\n\n" + String.join("\n\n", paragraphs) + "\n\n"
                    + first(paragraphs(other).getLast(), Math.min(25, words(text) / 8));
            case HALF -> firstHalf(text);
            case DROPPED -> {
                List<String> kept = new ArrayList<>();
                for (int i = 0; i < paragraphs.size(); i++) {
                    if (i % 3 != 1) {
                        kept.add(paragraphs.get(i));
                    }
                }
                yield String.join("\n\n", kept);
            }
            case REORDERED -> {
                List<String> shuffled = new ArrayList<>(paragraphs);
                java.util.Collections.shuffle(shuffled, random);
                yield String.join("\n\n", shuffled);
            }
            case EDITED -> edit(text, random);
        };
    }

    /** The text's paragraphs; a text of one block is cut into pieces of about three sentences. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\n\\s*\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        if (out.size() >= 3) {
            return out;
        }
        String[] sentences = text.strip().split("(?<=[.!?])\\s+");
        out.clear();
        for (int i = 0; i < sentences.length; i += 3) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(sentences, i, Math.min(sentences.length, i + 3))));
        }
        return out;
    }

    private static String first(String text, int words) {
        String[] w = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(words, w.length)));
    }

    private static String firstHalf(String text) {
        String[] w = text.strip().split("\\s+");
        int half = w.length / 2;
        int end = half;
        for (int i = half; i < w.length && i < half + 40; i++) {
            if (w[i].endsWith(".")) {
                end = i + 1;
                break;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(w, Math.max(end, half)));
    }

    /** About one word in twenty deleted, doubled or swapped with the next. */
    private static String edit(String text, Random random) {
        String[] w = text.strip().split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            int r = random.nextInt(60);
            if (r == 0) {
                continue;
            } else if (r == 1) {
                out.add(w[i]);
                out.add(w[i]);
            } else if (r == 2 && i + 1 < w.length) {
                out.add(w[i + 1]);
                out.add(w[i]);
                i++;
            } else {
                out.add(w[i]);
            }
        }
        return String.join(" ", out);
    }

    // ---- translations ----

    static Map<Halves.Half, Figures> translations(Runner runner, Path dir) throws Exception {
        Map<Halves.Half, Figures> figures = new java.util.EnumMap<>(Halves.Half.class);
        List<JsonNode> pairs = new ArrayList<>();
        for (String name : List.of("pairs-a.jsonl", "pairs-b.jsonl")) {
            try (InputStream in = LineageEval.class.getResourceAsStream("translations/" + name)) {
                if (in == null) {
                    continue;
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        pairs.add(JSON.readTree(line));
                    }
                }
            }
        }
        if (pairs.isEmpty()) {
            System.out.println("translations skipped: no pair files");
            return figures;
        }
        Files.createDirectories(dir);
        Path input = dir.resolve("translations.jsonl");
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (JsonNode p : pairs) {
                for (String side : List.of("a", "b")) {
                    JsonNode a = p.path(side);
                    ObjectNode node = JSON.createObjectNode().put("url", a.path("url").asText()).put("source", a.path("source").asText())
                            .put("published", a.path("published").asText()).put("language", a.path("language").asText())
                            .put("title", a.path("title").asText()).put("maintext", a.path("text").asText());
                    out.write(JSON.writeValueAsString(node));
                    out.write('\n');
                }
            }
        }
        JsonNode export = runner.ingestAndExport(dir, input);
        Map<String, JsonNode> byUrl = new HashMap<>();
        Map<String, String> urlOf = new HashMap<>();
        for (JsonNode a : export.path("articles")) {
            byUrl.put(a.path("url").asText(), a);
            urlOf.put(a.path("id").asText(), a.path("url").asText());
        }
        Map<String, String> pairOf = new HashMap<>(); // url -> pair id
        Map<Set<String>, JsonNode> labelled = new HashMap<>();
        for (JsonNode p : pairs) {
            String a = p.path("a").path("url").asText();
            String b = p.path("b").path("url").asText();
            pairOf.put(a, p.path("pair").asText());
            pairOf.put(b, p.path("pair").asText());
            labelled.put(Set.of(a, b), p);
        }
        Map<String, Integer> languagePairs = new TreeMap<>();
        pairs.forEach(p -> languagePairs.merge(p.path("a").path("language").asText() + "-" + p.path("b").path("language").asText()
                + (p.path("label").asText().equals("translation") ? "" : " (negative)"), 1, Integer::sum));
        System.out.printf(Locale.ROOT, "translations: %d pairs %s; %d articles exported%n", pairs.size(), languagePairs, byUrl.size());
        for (Halves.Half half : Halves.Half.values()) {
            int predicted = 0;
            int correct = 0;
            for (JsonNode a : export.path("articles")) {
                String of = a.path("lineage").path("translation_of").asText(null);
                String url = a.path("url").asText();
                if (of == null || pairOf.get(url) == null || Halves.of(pairOf.get(url)) != half) {
                    continue;
                }
                predicted++;
                JsonNode p = labelled.get(Set.of(url, urlOf.getOrDefault(of, "")));
                correct += p != null && p.path("label").asText().equals("translation") ? 1 : 0;
            }
            int positives = 0;
            int found = 0;
            int negatives = 0;
            int apart = 0;
            Map<String, int[]> byStyle = new TreeMap<>();
            for (JsonNode p : pairs) {
                if (Halves.of(p.path("pair").asText()) != half) {
                    continue;
                }
                JsonNode a = byUrl.get(p.path("a").path("url").asText());
                JsonNode b = byUrl.get(p.path("b").path("url").asText());
                boolean linked = a != null && b != null && (a.path("lineage").path("translation_of").asText("").equals(b.path("id").asText())
                        || b.path("lineage").path("translation_of").asText("").equals(a.path("id").asText()));
                if (p.path("label").asText().equals("translation")) {
                    positives++;
                    found += linked ? 1 : 0;
                    int[] c = byStyle.computeIfAbsent(p.path("style").asText(), k -> new int[2]);
                    c[0]++;
                    c[1] += linked ? 1 : 0;
                } else {
                    negatives++;
                    apart += linked ? 0 : 1;
                }
            }
            StringBuilder styles = new StringBuilder();
            byStyle.forEach((s, c) -> styles.append(String.format(Locale.ROOT, " %s %d/%d", s, c[1], c[0])));
            figures.put(half, new Figures(correct / (double) Math.max(1, predicted), found / (double) Math.max(1, positives),
                    apart / (double) Math.max(1, negatives), predicted, positives, negatives));
            System.out.printf(Locale.ROOT, "  %s: translation links P %.3f (%d/%d) R %.3f (%d/%d); negatives kept apart %.3f (%d/%d); by style:%s%n",
                    half.label(), correct / (double) Math.max(1, predicted), correct, predicted, found / (double) Math.max(1, positives),
                    found, positives, apart / (double) Math.max(1, negatives), apart, negatives, styles);
        }
        List<double[]> scored = new ArrayList<>();
        for (JsonNode p : pairs) {
            JsonNode a = byUrl.get(p.path("a").path("url").asText());
            JsonNode b = byUrl.get(p.path("b").path("url").asText());
            if (Halves.tuning(p.path("pair").asText()) && a != null && b != null) {
                scored.add(new double[] {Alignment.score(anchors(a), anchors(b)), p.path("label").asText().equals("translation") ? 1 : 0,
                        Math.min(anchors(a).length, anchors(b).length)});
            }
        }
        sweep("anchor alignment (tuning half)", scored, new double[] {0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75});
        return figures;
    }

    private static int[] anchors(JsonNode exported) {
        Article article = ArticleJson.fromNode(exported);
        return LineageFeatures.anchorsOf(article).codes();
    }

    /** Precision and recall of "score >= t" over labelled pairs {score, label}. */
    private static void sweep(String what, List<double[]> scored, double[] thresholds) {
        StringBuilder line = new StringBuilder("  sweep of " + what + ", " + scored.size() + " pairs:");
        for (double t : thresholds) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (double[] s : scored) {
                boolean yes = s[0] >= t;
                if (yes && s[1] == 1) {
                    tp++;
                } else if (yes) {
                    fp++;
                } else if (s[1] == 1) {
                    fn++;
                }
            }
            line.append(String.format(Locale.ROOT, " %.2f: P %.2f R %.2f;", t, tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn)));
        }
        System.out.println(line);
    }

    private static JsonNode ingestAndExport(Path launcher, Path dir, Path input) throws Exception {
        Path data = dir.resolve("data");
        if (Files.exists(data)) {
            try (var walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        ProcessIngest.Result result = ProcessIngest.run(launcher, data, List.of(input.toString()), dir.resolve("ingest.err"));
        System.out.printf(Locale.ROOT, "  %s: ingest exit %d, %d new, %d duplicates, %d rejected in %.1f s; lineage CPU %.3f ms per document%n",
                input.getFileName(), result.exit(), result.ingested(), result.duplicates(), result.rejected(), result.wallNanos() / 1e9,
                result.cpuPerDocument().getOrDefault("lineage", -1.0));
        Path exported = dir.resolve("export.json");
        Process p = new ProcessBuilder(launcher.toString(), "export", "--data", data.toString(), "--format", "json", "-o", exported.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("export.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IOException("export failed, see " + dir.resolve("export.log"));
        }
        return JSON.readTree(exported.toFile());
    }
}
