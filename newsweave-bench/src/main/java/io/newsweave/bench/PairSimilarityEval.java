package io.newsweave.bench;

import io.newsweave.cluster.Channel;
import io.newsweave.cluster.Clusterer;
import io.newsweave.cluster.Similarity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * How much of the SemEval "same story" decision the clustering's similarity can make on its own:
 * every text ingested through the whole pipeline (as {@link ClusteringEval} does), then each
 * labelled pair scored by {@link Similarity} over the features the store kept, with IDF over the
 * whole set. Prints precision/recall/F1 of "score >= T" for a sweep of T (all, same-language,
 * cross-lingual), the same per channel alone, and how the clustering's decisions differ from the
 * pairwise ones (pairs above the story threshold placed apart, pairs below it placed together).
 * Usage: {@code PairSimilarityEval [--shared ../shared] [--work DIR] [--weights names=1,...] [--story T] ...}.
 */
public final class PairSimilarityEval {

    private static final double[] THRESHOLDS = {0.05, 0.08, 0.10, 0.12, 0.15, 0.18, 0.20, 0.25, 0.30, 0.40};

    private PairSimilarityEval() {
    }

    public static void main(String[] args) throws IOException {
        Options o = Options.parse(args, "PairSimilarityEval [--shared ../shared] [--work DIR] [--weights names=1,terms=1,...] [--story T]");
        Path shared = Path.of(o.string("shared", "../shared"));
        Path work = Path.of(o.string("work", "newsweave-bench/target/pair-similarity-eval"));
        Clusterer.Config config = ClusteringEval.config(o);
        ClusteringEval.PairSet set = ClusteringEval.semeval(shared.resolve("datasets/pairs-semeval2022-dev/training_set.csv"));
        Map<String, ClusterRun.Placed> placed = ClusterRun.run(set.docs(), config, work, 2);
        Map<String, Integer> df = new HashMap<>();
        Set<List<String>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ClusterRun.Placed p : placed.values()) {
            if (seen.add(p.keys())) {
                for (String k : new HashSet<>(p.keys())) {
                    df.merge(k, 1, Integer::sum);
                }
            }
        }
        double docs = seen.size() + 100;
        ToDoubleFunction<String> idf = k -> Similarity.idf(df.getOrDefault(k, 0), docs);
        Map<String, Predicate<GroupingPairsEval.Scored>> groups = new LinkedHashMap<>();
        groups.put("all", p -> true);
        groups.put("same-language", p -> !p.crossLingual());
        groups.put("cross-lingual", GroupingPairsEval.Scored::crossLingual);
        new java.util.TreeSet<>(set.pairs().stream().map(ClusteringEval.Pair::languages).toList())
                .forEach(l -> groups.put(l, p -> p.languages().equals(l)));

        System.out.println("combined similarity (" + config.weights() + "):");
        List<Map.Entry<ClusteringEval.Pair, Double>> scores = scores(set.pairs(), placed, new Similarity(config.weights()), idf);
        sweep(scored(scores), groups);
        for (Channel c : Channel.values()) {
            if (c == Channel.LANGUAGE || c == Channel.DENSE || config.weights().of(c) == 0) {
                continue;
            }
            System.out.println(c + " alone:");
            sweep(scored(scores(set.pairs(), placed, new Similarity(new Similarity.Weights(Map.of(c, 1.0))), idf)), Map.of("all", p -> true));
        }
        int[] apart = new int[2];
        int[] together = new int[2];
        scores.forEach(e -> {
            ClusteringEval.Pair p = e.getKey();
            double s = e.getValue();
            boolean same = placed.get(p.a()).story().equals(placed.get(p.b()).story());
            if (s >= config.storyThreshold() && !same) {
                apart[p.same() ? 0 : 1]++;
            } else if (s < config.storyThreshold() && same) {
                together[p.same() ? 0 : 1]++;
            }
        });
        System.out.printf(Locale.ROOT, "clustering vs pairwise at %.2f: above it but apart: %d same-story pairs, %d different; "
                + "below it but together: %d same-story pairs, %d different%n", config.storyThreshold(), apart[0], apart[1], together[0], together[1]);
        double[] w = GroupingPairsEval.prf(scored(scores), config.storyThreshold(), p -> true);
        System.out.printf(Locale.ROOT, "pairwise same story at %.2f: P %.3f R %.3f F1 %.3f%n", config.storyThreshold(), w[0], w[1], w[2]);
        PairCounts clustered = new PairCounts();
        scores.forEach(e -> clustered.add(placed.get(e.getKey().a()).story().equals(placed.get(e.getKey().b()).story()), e.getKey().same()));
        double[] c = clustered.prf();
        System.out.printf(Locale.ROOT, "clustering same story: P %.3f R %.3f F1 %.3f (%d pairs)%n", c[0], c[1], c[2], (int) c[3]);
    }

    private static List<Map.Entry<ClusteringEval.Pair, Double>> scores(List<ClusteringEval.Pair> pairs, Map<String, ClusterRun.Placed> placed,
                                                           Similarity similarity, ToDoubleFunction<String> idf) {
        List<Map.Entry<ClusteringEval.Pair, Double>> out = new java.util.ArrayList<>();
        for (ClusteringEval.Pair p : pairs) {
            ClusterRun.Placed a = placed.get(p.a());
            ClusterRun.Placed b = placed.get(p.b());
            if (a != null && b != null) {
                out.add(Map.entry(p, similarity.of(a.keys(), b.keys(), idf)));
            }
        }
        return out;
    }

    /** The scored pairs as {@link GroupingPairsEval} counts them. */
    private static List<GroupingPairsEval.Scored> scored(List<Map.Entry<ClusteringEval.Pair, Double>> scores) {
        return scores.stream().map(e -> new GroupingPairsEval.Scored(e.getKey().languages(), e.getKey().same(), e.getValue())).toList();
    }

    private static void sweep(List<GroupingPairsEval.Scored> scores, Map<String, Predicate<GroupingPairsEval.Scored>> groups) {
        for (var g : groups.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-14s", g.getKey()));
            double bestF1 = 0;
            double bestT = 0;
            for (double t : THRESHOLDS) {
                double[] prf = GroupingPairsEval.prf(scores, t, g.getValue());
                line.append(String.format(Locale.ROOT, " %.2f:%.3f", t, prf[2]));
                if (prf[2] > bestF1) {
                    bestF1 = prf[2];
                    bestT = t;
                }
            }
            System.out.println(line + String.format(Locale.ROOT, "  best %.3f at %.2f", bestF1, bestT));
        }
    }
}
