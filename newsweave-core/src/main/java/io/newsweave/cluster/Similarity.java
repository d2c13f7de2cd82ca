package io.newsweave.cluster;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How alike two articles are: a weighted sum of per-channel cosines of feature vectors weighted
 * by count (how many times a key is listed, see {@link ArticleFeatures}) times IDF, compared in coded
 * form ({@link CodedKeys}), divided by the
 * weights of the channels both articles have (stemmed terms only count when both are in the same
 * language, so a French and an English report meet on names, words, entities, days and numbers).
 * Pure and stateless; thread-safe.
 */
public final class Similarity {

    /**
     * Weight per channel, and how much a comparison across languages is scaled up.
     *
     * @param weights      weight of each channel ({@link Channel#LANGUAGE} is never compared); a channel missing or weighted 0 is ignored
     * @param crossLingual factor (>= 1) on the similarity of two articles in different languages, capped at 1: their
     *                     stemmed terms cannot meet and their words meet only as cognates, so the same story scores
     *                     lower across languages than within one
     */
    public record Weights(Map<Channel, Double> weights, double crossLingual) implements java.io.Serializable {
        public Weights {
            weights = Map.copyOf(weights);
            weights.forEach((c, w) -> {
                if (w < 0 || Double.isNaN(w)) {
                    throw new IllegalArgumentException("negative weight for " + c + ": " + w);
                }
            });
            if (!(crossLingual >= 1 && crossLingual <= 10)) {
                throw new IllegalArgumentException("cross-lingual factor must be in [1, 10]: " + crossLingual);
            }
        }

        /** These channel weights, cross-language comparisons not scaled. */
        public Weights(Map<Channel, Double> weights) {
            this(weights, 1);
        }

        static Weights defaults() {
            return new Weights(Map.of(Channel.NAMES, 1.0, Channel.TERMS, 1.0, Channel.WORDS, 1.0, Channel.ENTITIES, 0.5,
                    Channel.DATES, 0.25, Channel.NUMBERS, 0.25), CROSS_LINGUAL);
        }

        public double of(Channel channel) {
            return channel == Channel.LANGUAGE ? 0 : weights.getOrDefault(channel, 0.0);
        }

        /** These weights with {@code channel} weighted {@code weight}. */
        public Weights with(Channel channel, double weight) {
            Map<Channel, Double> copy = new java.util.EnumMap<>(Channel.class);
            copy.putAll(weights);
            copy.put(channel, weight);
            return new Weights(copy, crossLingual);
        }

        /** These weights with another cross-lingual factor. */
        Weights withCrossLingual(double factor) {
            return new Weights(weights, factor);
        }
    }

    /** The default cross-lingual factor. */
    static final double CROSS_LINGUAL = 1.25;

    /**
     * Sentence encoders give unrelated texts a clearly positive cosine; the dense channel counts
     * what lies above this, rescaled to [0, 1].
     */
    static final double DENSE_FLOOR = 0.5;

    private final Weights weights;

    public Similarity(Weights weights) {
        this.weights = weights;
    }

    /** Similarity in [0, 1] of two feature lists (see {@link ArticleFeatures}) under the given key weights (IDF). */
    public double of(List<String> a, List<String> b, ToDoubleFunction<String> idf) {
        return prepare(a, idf).score(b, idf);
    }

    /** One side prepared once, to be scored against many others. */
    Prepared prepare(List<String> keys, ToDoubleFunction<String> idf) {
        return prepare(keys, null, idf);
    }

    /** One side, with its dense vector ({@code null} when none), prepared once, to be scored against many others. */
    Prepared prepare(List<String> keys, float[] vector, ToDoubleFunction<String> idf) {
        CodedKeys coded = CodedKeys.of(keys);
        return new Prepared(coded, idfs(coded, idf), vector);
    }

    /**
     * One side in coded form, with the IDF of each of its keys (by position) and its dense vector
     * ({@code null} when none), prepared once, to be scored against many others.
     */
    Prepared prepare(CodedKeys keys, double[] idf, float[] vector) {
        if (idf.length != keys.size()) {
            throw new IllegalArgumentException(keys.size() + " keys but " + idf.length + " weights");
        }
        return new Prepared(keys, idf, vector);
    }

    /** The IDF of each key of {@code keys}, by position. */
    static double[] idfs(CodedKeys keys, ToDoubleFunction<String> idf) {
        double[] out = new double[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = idf.applyAsDouble(keys.text(i));
        }
        return out;
    }

    /**
     * An article's coded features with their per-channel norms. Scoring walks both sorted code
     * arrays once: no lookups. Immutable once built; not shared across threads.
     */
    final class Prepared {
        private static final Channel[] CHANNELS = Channel.values();
        private final long[] codes;
        private final int[] counts;
        private final double[] norms = new double[CHANNELS.length];
        private final long language;
        private final float[] vector;

        private Prepared(CodedKeys keys, double[] idf, float[] vector) {
            this.vector = vector;
            this.language = keys.language();
            int n = keys.size();
            codes = new long[n];
            counts = new int[n];
            for (int i = 0; i < n; i++) {
                codes[i] = keys.code(i);
                counts[i] = keys.count(i);
                Channel c = CodedKeys.channel(codes[i]);
                if (weights.of(c) > 0) {
                    double w = counts[i] * idf[i];
                    norms[c.ordinal()] += w * w;
                }
            }
        }

        /** Similarity in [0, 1] of these features and {@code other}'s. */
        double score(List<String> other, ToDoubleFunction<String> idf) {
            return score(other, null, idf);
        }

        /** As {@link #score(CodedKeys, double[], float[])}, for a feature list. */
        double score(List<String> other, float[] otherVector, ToDoubleFunction<String> idf) {
            CodedKeys coded = CodedKeys.of(other);
            return score(coded, idfs(coded, idf), otherVector);
        }

        /**
         * Similarity in [0, 1] of these features and {@code other}'s, whose keys weigh
         * {@code otherIdf} (by position), the dense channel counting (its cosine, floored at 0)
         * when both sides have a vector and it is weighted.
         */
        double score(CodedKeys other, double[] otherIdf, float[] otherVector) {
            double[] dot = new double[CHANNELS.length];
            double[] otherNorms = new double[CHANNELS.length];
            boolean sameLanguage = language != 0 && other.language() == language;
            boolean otherLanguage = language != 0 && other.language() != 0 && !sameLanguage;
            int mine = 0;
            int m = codes.length;
            for (int j = 0, n = other.size(); j < n; j++) {
                long code = other.code(j);
                int ci = CodedKeys.channel(code).ordinal();
                if (norms[ci] == 0) {
                    continue;
                }
                double w = otherIdf[j];
                int count = other.count(j);
                otherNorms[ci] += count * count * w * w;
                while (mine < m && codes[mine] < code) {
                    mine++;
                }
                if (mine < m && codes[mine] == code) {
                    dot[ci] += counts[mine] * count * w * w;
                }
            }
            double sum = 0;
            double total = 0;
            for (Channel c : CHANNELS) {
                int i = c.ordinal();
                if (norms[i] == 0 || otherNorms[i] == 0 || c == Channel.TERMS && !sameLanguage) {
                    continue;
                }
                double weight = weights.of(c);
                sum += weight * dot[i] / Math.sqrt(norms[i] * otherNorms[i]);
                total += weight;
            }
            double dense = weights.of(Channel.DENSE);
            if (dense > 0 && vector != null && otherVector != null && vector.length == otherVector.length) {
                double cosine = 0;
                for (int i = 0; i < vector.length; i++) {
                    cosine += vector[i] * otherVector[i];
                }
                sum += dense * Math.max(0, Math.min(1, (cosine - DENSE_FLOOR) / (1 - DENSE_FLOOR)));
                total += dense;
            }
            if (total == 0) {
                return 0;
            }
            return otherLanguage ? Math.min(1, sum / total * weights.crossLingual()) : sum / total;
        }
    }

    /** The IDF weight of a key held by {@code docFreq} of {@code docs} documents (smoothed: never 0, never infinite). */
    public static double idf(int docFreq, double docs) {
        return Math.log(1 + docs / (docFreq + 1));
    }
}
