package io.newsweave.bench;

import io.newsweave.cluster.Channel;
import io.newsweave.cluster.Clusterer;
import io.newsweave.cluster.Similarity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Quality of the clustering, each set ingested through the whole pipeline into a fresh store:
 * SemEval-2022 Task 8 dev pairs (every text ingested once, in order of first appearance, and with
 * {@code --orders N} also in N seeded random arrival orders; pairs rated Overall <= 1.5 must share
 * a story, >= 3.5 must not), precision/recall/F1 of "same story"
 * and "same event" overall, same-language, cross-lingual and per language pair; BCubed and
 * pairwise F1 of stories against the topics of SlavicNER dev (undated, in a seeded shuffle) and
 * Timeline17 dev (in publication-date order). Usage:
 * {@code ClusteringEval [--shared ../shared] [--work DIR] [--story T] [--event T] [--merge T]
 * [--event-merge T] [--candidates N] [--weights names=1,terms=1,...] [--cross-lingual F] [--span-step S] [--merge-ratio R]
 * [--profile T] [--profile-floor-small T] [--profile-floor T] [--sets semeval,slavicner,t17] [--orders N]}. Pairs and topic-set documents are also scored by halves
 * ({@link #tuning(String)}): thresholds are chosen on the tuning half, the report half is published.
 */
public final class ClusteringEval {

    /** A labelled pair: the two document ids, their languages and whether they report one story. */
    record Pair(String a, String b, String languages, boolean same) {
        boolean crossLingual() {
            return PairCounts.crossLingual(languages);
        }

        /** Whether the pair is in the tuning half (see {@link #tuning(String)}); the other half is the one reported. */
        boolean tuning() {
            return ClusteringEval.tuning(a + "_" + b);
        }
    }

    /** Whether an item (a SemEval pair by its ids, a topic-set document by its id) is in the tuning half: {@link Halves}. */
    static boolean tuning(String id) {
        return Halves.tuning(id);
    }

    /** The SemEval documents and labelled pairs. */
    record PairSet(List<ClusterRun.Doc> docs, List<Pair> pairs) {
    }

    private ClusteringEval() {
    }

    public static void main(String[] args) throws IOException {
        Options o = Options.parse(args, "ClusteringEval [--shared ../shared] [--work DIR] [--story T] [--event T] [--merge T] "
                + "[--event-merge T] [--candidates N] [--weights names=1,terms=1,...] [--cross-lingual F] [--span-step S] [--merge-ratio R] [--profile T] [--profile-floor-small T] [--profile-floor T] "
                + "[--sets semeval,slavicner,t17] [--orders N] "
                + "[--encoder [--model M.onnx --tokenizer T.json] [--encoder-languages en,...]]");
        Path shared = Path.of(o.string("shared", "../shared"));
        Path work = Path.of(o.string("work", "newsweave-bench/target/clustering-eval"));
        Clusterer.Config config = config(o);
        String sets = o.string("sets", "semeval,slavicner,t17");
        System.out.println("config: " + config);
        if (sets.contains("semeval")) {
            PairSet set = semeval(shared.resolve("datasets/pairs-semeval2022-dev/training_set.csv"));
            long t0 = System.nanoTime();
            io.newsweave.cluster.embed.EncoderConfig encoder = o.flag("encoder") ? BundledMiniLm.fromOptions(o)
                    : io.newsweave.cluster.embed.EncoderConfig.off();
            Map<String, ClusterRun.Placed> placed = ClusterRun.run(set.docs(), config, work, 2, encoder);
            System.out.printf(Locale.ROOT, "semeval: %d texts, %d labelled pairs, %.1f s%n", set.docs().size(), set.pairs().size(),
                    (System.nanoTime() - t0) / 1e9);
            printPairs("same story", set.pairs(), placed, ClusterRun.Placed::story);
            printPairs("same event", set.pairs(), placed, ClusterRun.Placed::event);
            int orders = o.intValue("orders", 0);
            if (orders > 0) {
                printOrders(set, orders, config, work, encoder);
            }
        }
        if (sets.contains("slavicner")) {
            printTopics("slavicner", slavicNer(shared.resolve("datasets/entities-slavicner-dev/raw")), config, work);
        }
        if (sets.contains("t17")) {
            printTopics("t17", timeline17(shared.resolve("datasets/timeline-t17-dev/articles")), config, work);
        }
    }

    /** The clustering configuration the options give, on top of the defaults. */
    static Clusterer.Config config(Options o) {
        Clusterer.Config d = Clusterer.Config.defaults();
        Map<Channel, Double> weights = new EnumMap<>(Channel.class);
        weights.putAll(d.weights().weights());
        for (String part : o.string("weights", "").split(",")) {
            if (!part.isBlank()) {
                String[] kv = part.split("=");
                weights.put(Channel.valueOf(kv[0].strip().toUpperCase(Locale.ROOT)), Double.parseDouble(kv[1]));
            }
        }
        return new Clusterer.Config(d.windowDays(), d.eventDays(), o.doubleValue("story", d.storyThreshold()),
                o.doubleValue("event", d.eventThreshold()), o.doubleValue("merge", d.storyMergeThreshold()),
                o.doubleValue("event-merge", d.eventMergeThreshold()), o.intValue("candidates", d.candidates()),
                new Similarity.Weights(weights, o.doubleValue("cross-lingual", d.weights().crossLingual())),
                o.doubleValue("span-step", d.spanStep()), o.doubleValue("merge-ratio", d.mergeRatio()),
                o.doubleValue("profile", d.profileThreshold()), o.doubleValue("profile-floor-small", d.profileFloorSmall()),
                o.doubleValue("profile-floor", d.profileFloor()));
    }

    /** Same story (all, cross-lingual) and same event F1 in {@code orders} random arrival orders (seeds 1..orders), with mean, SD and range. */
    private static void printOrders(PairSet set, int orders, Clusterer.Config config, Path work,
                                    io.newsweave.cluster.embed.EncoderConfig encoder) throws IOException {
        String[] names = {"same story, all", "same story, cross-lingual", "same event, all", "same story, tuning half",
            "same story, report half", "same story, report cross", "same event, report half"};
        double[][] f1 = new double[names.length][orders];
        for (int seed = 1; seed <= orders; seed++) {
            double[] scores = inOrder(set, seed, config, work, encoder);
            for (int i = 0; i < names.length; i++) {
                f1[i][seed - 1] = scores[i];
            }
            System.out.printf(Locale.ROOT, "  order %2d: story F1 %.3f, cross-lingual %.3f, event %.3f; tuning %.3f, report %.3f%n",
                    seed, f1[0][seed - 1], f1[1][seed - 1], f1[2][seed - 1], f1[3][seed - 1], f1[4][seed - 1]);
        }
        System.out.println("over " + orders + " random arrival orders:");
        for (int i = 0; i < names.length; i++) {
            var stats = java.util.Arrays.stream(f1[i]).summaryStatistics();
            double mean = stats.getAverage();
            double sd = Math.sqrt(java.util.Arrays.stream(f1[i]).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, orders - 1));
            System.out.printf(Locale.ROOT, "  %-26s mean %.3f  SD %.3f  min %.3f  max %.3f%n", names[i], mean, sd, stats.getMin(),
                    stats.getMax());
        }
    }

    /**
     * Same story F1 (all pairs, cross-lingual pairs), same event F1, then same story F1 of the
     * tuning half, the report half and its cross-lingual pairs, and same event F1 of the report
     * half, with the documents in the random arrival order of {@code seed}.
     */
    static double[] inOrder(PairSet set, int seed, Clusterer.Config config, Path work, io.newsweave.cluster.embed.EncoderConfig encoder)
            throws IOException {
        Map<String, ClusterRun.Placed> placed = ClusterRun.run(shuffled(set.docs(), seed), config, work, 2, encoder);
        return new double[] {prf(set.pairs(), placed, ClusterRun.Placed::story, p -> true)[2],
            prf(set.pairs(), placed, ClusterRun.Placed::story, Pair::crossLingual)[2],
            prf(set.pairs(), placed, ClusterRun.Placed::event, p -> true)[2],
            prf(set.pairs(), placed, ClusterRun.Placed::story, Pair::tuning)[2],
            prf(set.pairs(), placed, ClusterRun.Placed::story, p -> !p.tuning())[2],
            prf(set.pairs(), placed, ClusterRun.Placed::story, p -> !p.tuning() && p.crossLingual())[2],
            prf(set.pairs(), placed, ClusterRun.Placed::event, p -> !p.tuning())[2]};
    }

    /**
     * The documents in a random arrival order drawn from {@code seed}. The file lists the two texts
     * of each labelled pair one after the other, so in its order every article arrives just after
     * its pair partner; a stream does not, and an online clustering's figures depend on the order.
     */
    private static List<ClusterRun.Doc> shuffled(List<ClusterRun.Doc> docs, int seed) {
        List<ClusterRun.Doc> out = new ArrayList<>(docs);
        java.util.Collections.shuffle(out, new java.util.Random(seed));
        return out;
    }

    static PairSet semeval(Path csv) throws IOException {
        List<Map<String, String>> rows;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CsvRows.read(in);
        }
        Map<String, ClusterRun.Doc> docs = new LinkedHashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String[] ids = row.getOrDefault("pair_id", "").split("_");
            if (ids.length != 2) {
                continue;
            }
            docs.putIfAbsent(ids[0], new ClusterRun.Doc(ids[0], null, row.getOrDefault("text1", ""), row.get("lang1"), null));
            docs.putIfAbsent(ids[1], new ClusterRun.Doc(ids[1], null, row.getOrDefault("text2", ""), row.get("lang2"), null));
            double overall;
            try {
                overall = Double.parseDouble(row.get("Overall"));
            } catch (RuntimeException e) {
                continue;
            }
            if (overall <= 1.5 || overall >= 3.5) {
                pairs.add(new Pair(ids[0], ids[1], row.get("lang1") + "-" + row.get("lang2"), overall <= 1.5));
            }
        }
        return new PairSet(new ArrayList<>(docs.values()), pairs);
    }

    /** {precision, recall, F1, pairs} of predicting "same" when both documents share the cluster. */
    static double[] prf(List<Pair> pairs, Map<String, ClusterRun.Placed> placed, Function<ClusterRun.Placed, String> cluster,
                        java.util.function.Predicate<Pair> filter) {
        PairCounts counts = new PairCounts();
        for (Pair p : pairs) {
            ClusterRun.Placed a = placed.get(p.a());
            ClusterRun.Placed b = placed.get(p.b());
            if (filter.test(p) && a != null && b != null) {
                counts.add(cluster.apply(a).equals(cluster.apply(b)), p.same());
            }
        }
        return counts.prf();
    }

    private static void printPairs(String what, List<Pair> pairs, Map<String, ClusterRun.Placed> placed,
                                   Function<ClusterRun.Placed, String> cluster) {
        System.out.println(what + ":");
        Map<String, java.util.function.Predicate<Pair>> groups = new LinkedHashMap<>();
        groups.put("all", p -> true);
        groups.put("same-language", p -> !p.crossLingual());
        groups.put("cross-lingual", Pair::crossLingual);
        groups.put("tuning half", Pair::tuning);
        groups.put("report half", p -> !p.tuning());
        groups.put("report, cross", p -> !p.tuning() && p.crossLingual());
        new TreeMap<String, Boolean>(pairs.stream().collect(java.util.stream.Collectors.toMap(Pair::languages, p -> true, (x, y) -> x)))
                .keySet().forEach(l -> groups.put(l, p -> p.languages().equals(l)));
        for (var g : groups.entrySet()) {
            double[] s = prf(pairs, placed, cluster, g.getValue());
            System.out.printf(Locale.ROOT, "  %-14s P %.3f  R %.3f  F1 %.3f  (%d pairs)%n", g.getKey(), s[0], s[1], s[2], (int) s[3]);
        }
    }

    /** Documents labelled with their topic. */
    record TopicSet(List<ClusterRun.Doc> docs, Map<String, String> topics) {
    }

    private static void printTopics(String name, TopicSet set, Clusterer.Config config, Path work) throws IOException {
        long t0 = System.nanoTime();
        Map<String, ClusterRun.Placed> placed = ClusterRun.run(set.docs(), config, work, 2);
        Map<String, String> stories = new HashMap<>();
        Map<String, String> events = new HashMap<>();
        placed.forEach((id, p) -> {
            stories.put(id, p.story());
            events.put(id, p.event());
        });
        ClusterScores.Prf b = ClusterScores.bcubed(stories, set.topics());
        ClusterScores.Prf pw = ClusterScores.pairwise(stories, set.topics());
        System.out.printf(Locale.ROOT, "%s: %d documents, %.1f s; stories vs topics: BCubed P %.3f R %.3f F1 %.3f; pairwise F1 %.3f; "
                        + "%d stories, %d events, %d topics%n", name, set.docs().size(), (System.nanoTime() - t0) / 1e9,
                b.precision(), b.recall(), b.f1(), pw.f1(), b.clusters(), new java.util.HashSet<>(events.values()).size(), b.goldClusters());
        for (boolean tuningHalf : new boolean[] {true, false}) {
            Map<String, String> half = new HashMap<>();
            set.topics().forEach((id, topic) -> {
                if (tuning(id) == tuningHalf) {
                    half.put(id, topic);
                }
            });
            ClusterScores.Prf h = ClusterScores.bcubed(stories, half);
            System.out.printf(Locale.ROOT, "  %s half (%d documents): BCubed P %.3f R %.3f F1 %.3f%n", tuningHalf ? "tuning" : "report",
                    half.size(), h.precision(), h.recall(), h.f1());
        }
    }

    /** SlavicNER raw texts ({@code <topic>/<lang>/<file>}, title on the first line), in a seeded shuffle. */
    static TopicSet slavicNer(Path raw) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(raw)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        java.util.Collections.shuffle(files, new java.util.Random(1));
        List<ClusterRun.Doc> docs = new ArrayList<>();
        Map<String, String> topics = new HashMap<>();
        for (Path f : files) {
            Path rel = raw.relativize(f);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String id = rel.toString();
            docs.add(new ClusterRun.Doc(id, nl < 0 ? text : text.substring(0, nl), nl < 0 ? "" : text.substring(nl + 1),
                    rel.getName(1).toString(), null));
            topics.put(id, rel.getName(0).toString());
        }
        return new TopicSet(docs, topics);
    }

    /** Timeline17 source articles of every topic, merged in publication-date order (ties by topic, then row). */
    static TopicSet timeline17(Path articles) throws IOException {
        List<ClusterRun.Doc> docs = new ArrayList<>();
        Map<String, String> topics = new HashMap<>();
        try (var dirs = Files.list(articles)) {
            for (Path dir : dirs.sorted().toList()) {
                Path csv = dir.resolve("outputwithpub.csv");
                if (!Files.exists(csv)) {
                    continue;
                }
                List<Map<String, String>> rows;
                try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    rows = CsvRows.read(in);
                }
                String topic = dir.getFileName().toString();
                for (int i = 0; i < rows.size(); i++) {
                    String id = topic + "/" + i;
                    docs.add(new ClusterRun.Doc(id, null, rows.get(i).getOrDefault("text", ""), "en", rows.get(i).get("date")));
                    topics.put(id, topic);
                }
            }
        }
        docs.sort(java.util.Comparator.comparing((ClusterRun.Doc d) -> d.date() == null ? "" : d.date()));
        return new TopicSet(docs, topics);
    }
}
