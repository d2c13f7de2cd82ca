package io.newsweave.bench;

import io.newsweave.cluster.Clusterer;
import io.newsweave.cluster.Similarity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well a story profile (the summed features of a storyline's latest articles) tells an
 * arriving article's own storyline from the others, on the topic sets' tuning half: every document
 * ingested through the pipeline (as {@link ClusteringEval} does), then replayed in arrival order
 * with each topic's profile built from its latest members. For each scoring variant prints, per
 * threshold, the share of articles whose own topic scores at least that (what joining could gain)
 * and the share whose best other topic does (what it would wrongly join). Diagnostic only.
 * Usage: {@code ProfileEval [--shared ../shared] [--sets slavicner,t17] [--members N]}.
 */
public final class ProfileEval {

    private static final double[] THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5};
    private static final String[] VARIANTS = {"cosine names+words+entities", "cosine names+entities", "core coverage",
        "core coverage x article share", "min(core coverage, article share)",
        "cosine, core keys only (in 2+ members)", "cosine, member counts (sf)", "cosine, core keys only, sf"};

    private ProfileEval() {
    }

    public static void main(String[] args) throws IOException {
        Options o = Options.parse(args, "ProfileEval [--shared ../shared] [--sets slavicner,t17] [--members N]");
        Path shared = Path.of(o.string("shared", "../shared"));
        String sets = o.string("sets", "slavicner,t17");
        int members = o.intValue("members", 12);
        Clusterer.Config config = ClusteringEval.config(o);
        if (sets.contains("slavicner")) {
            run("slavicner", ClusteringEval.slavicNer(shared.resolve("datasets/entities-slavicner-dev/raw")), config, members);
        }
        if (sets.contains("t17")) {
            run("t17", ClusteringEval.timeline17(shared.resolve("datasets/timeline-t17-dev/articles")), config, members);
        }
    }

    private static void run(String name, ClusteringEval.TopicSet set, Clusterer.Config config, int members) throws IOException {
        Map<String, ClusterRun.Placed> placed = ClusterRun.run(set.docs(), config, Path.of("newsweave-bench/target/profile-eval"), 2);
        Map<String, Integer> df = new HashMap<>();
        Map<String, ArrayDeque<Map<String, Integer>>> latest = new HashMap<>();
        int n = 0;
        long[][] own = new long[VARIANTS.length][THRESHOLDS.length];
        long[][] other = new long[VARIANTS.length][THRESHOLDS.length];
        int scored = 0;
        for (ClusterRun.Doc d : set.docs()) {
            ClusterRun.Placed p = placed.get(d.id());
            if (p == null) {
                continue;
            }
            Map<String, Integer> keys = counts(p.keys());
            String topic = set.topics().get(d.id());
            double docs = n + 100;
            if (ClusteringEval.tuning(d.id()) && latest.getOrDefault(topic, new ArrayDeque<>()).size() >= 2) {
                double[] mine = null;
                double[] best = new double[VARIANTS.length];
                for (var e : latest.entrySet()) {
                    if (e.getValue().size() < 2) {
                        continue;
                    }
                    double[] s = scores(keys, e.getValue(), df, docs);
                    if (e.getKey().equals(topic)) {
                        mine = s;
                    } else {
                        for (int v = 0; v < s.length; v++) {
                            best[v] = Math.max(best[v], s[v]);
                        }
                    }
                }
                scored++;
                for (int v = 0; v < VARIANTS.length; v++) {
                    for (int t = 0; t < THRESHOLDS.length; t++) {
                        if (mine[v] >= THRESHOLDS[t]) {
                            own[v][t]++;
                        }
                        if (best[v] >= THRESHOLDS[t]) {
                            other[v][t]++;
                        }
                    }
                }
            }
            for (String k : keys.keySet()) {
                df.merge(k, 1, Integer::sum);
            }
            n++;
            ArrayDeque<Map<String, Integer>> q = latest.computeIfAbsent(topic, k -> new ArrayDeque<>());
            q.addLast(keys);
            if (q.size() > members) {
                q.removeFirst();
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d tuning-half articles scored (own topic / best other topic at or above T)%n", name, scored);
        for (int v = 0; v < VARIANTS.length; v++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-36s", VARIANTS[v]));
            for (int t = 0; t < THRESHOLDS.length; t++) {
                line.append(String.format(Locale.ROOT, " %.2f:%.2f/%.2f", THRESHOLDS[t], own[v][t] / (double) scored,
                        other[v][t] / (double) scored));
            }
            System.out.println(line);
        }
    }

    private static Map<String, Integer> counts(List<String> keys) {
        Map<String, Integer> out = new HashMap<>();
        for (String k : keys) {
            if (profiled(k)) {
                out.merge(k, 1, Integer::sum);
            }
        }
        return out;
    }

    /** Names (no prefix), words and entities. */
    private static boolean profiled(String k) {
        return !(k.length() > 2 && k.charAt(1) == ':') || k.startsWith("w:") || k.startsWith("e:");
    }

    private static int channel(String k) {
        return k.startsWith("w:") ? 1 : k.startsWith("e:") ? 2 : 0;
    }

    private static double[] scores(Map<String, Integer> article, ArrayDeque<Map<String, Integer>> members,
                                   Map<String, Integer> df, double docs) {
        Map<String, Integer> sum = new HashMap<>();
        Map<String, Integer> sf = new HashMap<>();
        for (Map<String, Integer> m : members) {
            m.forEach((k, c) -> {
                sum.merge(k, c, Integer::sum);
                sf.merge(k, 1, Integer::sum);
            });
        }
        double[] weight = {1, 1, 0.5};
        double[] dot = new double[3];
        double[] na = new double[3];
        double[] np = new double[3];
        for (var e : article.entrySet()) {
            double w = Similarity.idf(df.getOrDefault(e.getKey(), 0), docs);
            int c = channel(e.getKey());
            na[c] += e.getValue() * e.getValue() * w * w;
            Integer s = sum.get(e.getKey());
            if (s != null) {
                dot[c] += e.getValue() * s * w * w;
            }
        }
        double coreAll = 0;
        double coreHit = 0;
        double articleAll = 0;
        double articleHit = 0;
        for (var e : sum.entrySet()) {
            double w = Similarity.idf(df.getOrDefault(e.getKey(), 0), docs);
            int c = channel(e.getKey());
            np[c] += e.getValue() * e.getValue() * w * w;
            int f = sf.get(e.getKey());
            if (f >= 2) {
                double share = w * f / members.size();
                coreAll += share;
                if (article.containsKey(e.getKey())) {
                    coreHit += share;
                }
            }
        }
        for (var e : article.entrySet()) {
            double w = Similarity.idf(df.getOrDefault(e.getKey(), 0), docs);
            articleAll += w;
            Integer f = sf.get(e.getKey());
            if (f != null && f >= 2) {
                articleHit += w;
            }
        }
        double[] dotCore = new double[3];
        double[] npCore = new double[3];
        double[] dotSf = new double[3];
        double[] npSf = new double[3];
        double[] dotCoreSf = new double[3];
        double[] npCoreSf = new double[3];
        for (var e : sum.entrySet()) {
            double w = Similarity.idf(df.getOrDefault(e.getKey(), 0), docs);
            int c = channel(e.getKey());
            int f = sf.get(e.getKey());
            Integer a = article.get(e.getKey());
            npSf[c] += f * f * w * w;
            if (a != null) {
                dotSf[c] += a * f * w * w;
            }
            if (f >= 2) {
                npCore[c] += e.getValue() * e.getValue() * w * w;
                npCoreSf[c] += f * f * w * w;
                if (a != null) {
                    dotCore[c] += a * e.getValue() * w * w;
                    dotCoreSf[c] += a * f * w * w;
                }
            }
        }
        double[] out = new double[VARIANTS.length];
        out[5] = weighted(dotCore, na, npCore, weight);
        out[6] = weighted(dotSf, na, npSf, weight);
        out[7] = weighted(dotCoreSf, na, npCoreSf, weight);
        double sumAll = 0;
        double totalAll = 0;
        double sumNe = 0;
        double totalNe = 0;
        for (int c = 0; c < 3; c++) {
            if (na[c] > 0 && np[c] > 0) {
                double cos = dot[c] / Math.sqrt(na[c] * np[c]);
                sumAll += weight[c] * cos;
                totalAll += weight[c];
                if (c != 1) {
                    sumNe += weight[c] * cos;
                    totalNe += weight[c];
                }
            }
        }
        out[0] = totalAll == 0 ? 0 : sumAll / totalAll;
        out[1] = totalNe == 0 ? 0 : sumNe / totalNe;
        double core = coreAll == 0 ? 0 : coreHit / coreAll;
        double share = articleAll == 0 ? 0 : articleHit / articleAll;
        out[2] = core;
        out[3] = Math.sqrt(core * share);
        out[4] = Math.min(core, share);
        return out;
    }

    private static double weighted(double[] dot, double[] na, double[] np, double[] weight) {
        double sum = 0;
        double total = 0;
        for (int c = 0; c < dot.length; c++) {
            if (na[c] > 0 && np[c] > 0) {
                sum += weight[c] * dot[c] / Math.sqrt(na[c] * np[c]);
                total += weight[c];
            }
        }
        return total == 0 ? 0 : sum / total;
    }
}
