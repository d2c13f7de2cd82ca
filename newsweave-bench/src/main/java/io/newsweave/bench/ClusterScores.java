package io.newsweave.bench;

import java.util.HashMap;
import java.util.Map;

/** Clustering scores against gold labels: BCubed and pairwise precision, recall and F1. Pure. */
final class ClusterScores {

    /** Precision, recall, F1 and the number of predicted and gold clusters. */
    record Prf(double precision, double recall, double f1, int clusters, int goldClusters) {
        static Prf of(double p, double r, int clusters, int gold) {
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), clusters, gold);
        }
    }

    private ClusterScores() {
    }

    /** BCubed over the items both maps hold: per item, the share of its cluster with its gold label, and back. */
    static Prf bcubed(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, String> e : predicted.entrySet()) {
            String g = gold.get(e.getKey());
            if (g == null) {
                continue;
            }
            n++;
            clusterSize.merge(e.getValue(), 1, Integer::sum);
            goldSize.merge(g, 1, Integer::sum);
            both.merge(e.getValue() + "\u0000" + g, 1, Integer::sum);
        }
        if (n == 0) {
            return Prf.of(0, 0, 0, 0);
        }
        double p = 0;
        double r = 0;
        for (Map.Entry<String, String> e : predicted.entrySet()) {
            String g = gold.get(e.getKey());
            if (g == null) {
                continue;
            }
            double shared = both.get(e.getValue() + "\u0000" + g);
            p += shared / clusterSize.get(e.getValue());
            r += shared / goldSize.get(g);
        }
        return Prf.of(p / n, r / n, clusterSize.size(), goldSize.size());
    }

    /** Pairwise: over all pairs of items, "same predicted cluster" against "same gold label". */
    static Prf pairwise(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Long> clusterSize = new HashMap<>();
        Map<String, Long> goldSize = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (Map.Entry<String, String> e : predicted.entrySet()) {
            String g = gold.get(e.getKey());
            if (g != null) {
                clusterSize.merge(e.getValue(), 1L, Long::sum);
                goldSize.merge(g, 1L, Long::sum);
                both.merge(e.getValue() + "\u0000" + g, 1L, Long::sum);
            }
        }
        double tp = both.values().stream().mapToDouble(c -> c * (c - 1) / 2.0).sum();
        double predictedPairs = clusterSize.values().stream().mapToDouble(c -> c * (c - 1) / 2.0).sum();
        double goldPairs = goldSize.values().stream().mapToDouble(c -> c * (c - 1) / 2.0).sum();
        return Prf.of(predictedPairs == 0 ? 0 : tp / predictedPairs, goldPairs == 0 ? 0 : tp / goldPairs,
                clusterSize.size(), goldSize.size());
    }
}
