package io.newsweave.bench;

import io.newsweave.cluster.GroupingKeys;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The name channel alone, pair by pair, on SemEval-2022 Task 8 pairs (no pipeline, no clustering):
 * pairs rated Overall <= 1.5 report the same story, pairs >= 3.5 do not. Computes the name keys
 * ({@link GroupingKeys}) of every text, IDF over all texts, the cosine of each pair, and
 * precision/recall/F1 of "same story" at a range of thresholds, overall, for same-language and for
 * cross-lingual pairs. The baseline that {@link EncoderPairsEval} compares the dense encoder with;
 * the clustering itself is measured by {@link ClusteringEval}.
 * Usage: {@code GroupingPairsEval path/to/training_set.csv}.
 */
public final class GroupingPairsEval {

    /** Pseudo-documents added to the collection size, so that rare keys are not over-trusted. */
    private static final int PRIOR_DOCS = 100;

    private GroupingPairsEval() {
    }

    /** A labelled pair with its similarity. */
    record Scored(String languages, boolean same, double similarity) {
        boolean crossLingual() {
            return PairCounts.crossLingual(languages);
        }
    }

    public static void main(String[] args) throws IOException {
        List<Scored> pairs = score(Path.of(args.length > 0 ? args[0] : "../shared/datasets/pairs-semeval2022-dev/training_set.csv"));
        System.out.printf(Locale.ROOT, "labelled pairs: %d (same %d, different %d)%n", pairs.size(),
                pairs.stream().filter(Scored::same).count(), pairs.stream().filter(p -> !p.same()).count());
        System.out.println("threshold  F1-all  P-all  R-all   F1-mono  F1-cross");
        for (int t = 5; t <= 60; t += 5) {
            double threshold = t / 100.0;
            double[] all = prf(pairs, threshold, p -> true);
            double[] mono = prf(pairs, threshold, p -> !p.crossLingual());
            double[] cross = prf(pairs, threshold, Scored::crossLingual);
            System.out.printf(Locale.ROOT, "%.2f       %.3f   %.3f  %.3f   %.3f    %.3f%n", threshold, all[2], all[0], all[1], mono[2], cross[2]);
        }
    }

    static List<Scored> score(Path csv) throws IOException {
        List<Map<String, String>> rows;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CsvRows.read(in);
        }
        List<List<String>> keys1 = new ArrayList<>();
        List<List<String>> keys2 = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        int docs = 0;
        for (Map<String, String> row : rows) {
            List<String> k1 = GroupingKeys.of(row.getOrDefault("text1", ""));
            List<String> k2 = GroupingKeys.of(row.getOrDefault("text2", ""));
            keys1.add(k1);
            keys2.add(k2);
            for (List<String> k : List.of(k1, k2)) {
                docs++;
                for (String key : new HashSet<>(k)) {
                    df.merge(key, 1, Integer::sum);
                }
            }
        }
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double overall;
            try {
                overall = Double.parseDouble(rows.get(i).get("Overall"));
            } catch (RuntimeException e) {
                continue;
            }
            if (overall > 1.5 && overall < 3.5) {
                continue;
            }
            String languages = rows.get(i).get("lang1") + "-" + rows.get(i).get("lang2");
            out.add(new Scored(languages, overall <= 1.5, cosine(keys1.get(i), keys2.get(i), df, docs)));
        }
        return out;
    }

    static double cosine(List<String> a, List<String> b, Map<String, Integer> df, int docs) {
        Set<String> inB = new HashSet<>(b);
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (String key : a) {
            double w = idf(key, df, docs);
            na += w * w;
            if (inB.contains(key)) {
                dot += w * w;
            }
        }
        for (String key : b) {
            double w = idf(key, df, docs);
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static double idf(String key, Map<String, Integer> df, int docs) {
        return Math.log(1 + (docs + PRIOR_DOCS) / (double) (df.getOrDefault(key, 0) + 1));
    }

    /** {precision, recall, F1, pairs} of predicting "same" at {@code threshold}, over the pairs {@code filter} keeps. */
    static double[] prf(List<Scored> pairs, double threshold, java.util.function.Predicate<Scored> filter) {
        PairCounts counts = new PairCounts();
        for (Scored p : pairs) {
            if (filter.test(p)) {
                counts.add(p.similarity() >= threshold, p.same());
            }
        }
        return counts.prf();
    }

    /** Per language pair F1 at one threshold. */
    static Map<String, double[]> perLanguagePair(List<Scored> pairs, double threshold) {
        Map<String, double[]> out = new TreeMap<>();
        Set<String> languages = new HashSet<>();
        pairs.forEach(p -> languages.add(p.languages()));
        for (String l : languages) {
            out.put(l, prf(pairs, threshold, p -> p.languages().equals(l)));
        }
        return out;
    }
}
