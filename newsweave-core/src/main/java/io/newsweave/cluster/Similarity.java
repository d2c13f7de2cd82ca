package io.newsweave.cluster;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How alike two articles are: a weighted sum of per-channel cosines of IDF-weighted binary
 * feature vectors, divided by the weights of the channels both articles have (terms only count
 * when both are in the same language, so a French and an English report meet on names, entities,
 * days and numbers). Pure and stateless; thread-safe.
 */
public final class Similarity {

    /**
     * Weight per channel; a channel missing or weighted 0 is ignored.
     *
     * @param weights weight of each channel ({@link Channel#LANGUAGE} is never compared)
     */
    public record Weights(Map<Channel, Double> weights) implements java.io.Serializable {
        public Weights {
            weights = Map.copyOf(weights);
            weights.forEach((c, w) -> {
                if (w < 0 || Double.isNaN(w)) {
                    throw new IllegalArgumentException("negative weight for " + c + ": " + w);
                }
            });
        }

        public static Weights defaults() {
            return new Weights(Map.of(Channel.NAMES, 1.0, Channel.TERMS, 1.0, Channel.ENTITIES, 0.5,
                    Channel.DATES, 0.25, Channel.NUMBERS, 0.25));
        }

        double of(Channel channel) {
            return channel == Channel.LANGUAGE ? 0 : weights.getOrDefault(channel, 0.0);
        }
    }

    private final Weights weights;

    public Similarity(Weights weights) {
        this.weights = weights;
    }

    /** Similarity in [0, 1] of two feature lists (see {@link Features}) under the given key weights (IDF). */
    public double of(List<String> a, List<String> b, ToDoubleFunction<String> idf) {
        Map<Channel, double[]> parts = new EnumMap<>(Channel.class);
        Set<String> inB = new HashSet<>(b);
        String languageA = null;
        for (String key : a) {
            Channel c = Channel.of(key);
            if (c == Channel.LANGUAGE) {
                languageA = key;
                continue;
            }
            double w = idf.applyAsDouble(key);
            double[] p = parts.computeIfAbsent(c, k -> new double[3]);
            p[1] += w * w;
            if (inB.contains(key)) {
                p[0] += w * w;
            }
        }
        String languageB = null;
        for (String key : b) {
            Channel c = Channel.of(key);
            if (c == Channel.LANGUAGE) {
                languageB = key;
                continue;
            }
            double[] p = parts.get(c);
            if (p != null) {
                double w = idf.applyAsDouble(key);
                p[2] += w * w;
            }
        }
        boolean sameLanguage = languageA != null && languageA.equals(languageB);
        double sum = 0;
        double total = 0;
        for (Map.Entry<Channel, double[]> e : parts.entrySet()) {
            double[] p = e.getValue();
            double weight = weights.of(e.getKey());
            if (weight == 0 || p[1] == 0 || p[2] == 0 || e.getKey() == Channel.TERMS && !sameLanguage) {
                continue;
            }
            sum += weight * p[0] / Math.sqrt(p[1] * p[2]);
            total += weight;
        }
        return total == 0 ? 0 : sum / total;
    }

    /** IDF of each key given document frequencies over {@code docs} documents, smoothed by {@code priorDocs}. */
    public static Map<String, Double> idf(Iterable<String> keys, Map<String, Integer> df, int docs, int priorDocs) {
        Map<String, Double> out = new HashMap<>();
        for (String key : keys) {
            out.computeIfAbsent(key, k -> Math.log(1 + (docs + priorDocs) / (double) (df.getOrDefault(k, 0) + 1)));
        }
        return out;
    }
}
