package io.newsweave.cluster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first grouping of articles into stories: online, one article at a time in arrival order.
 * An article joins the story of its most similar earlier article within a time window when the
 * similarity (cosine of IDF-weighted name keys, see {@link GroupingKeys}) reaches a threshold;
 * otherwise it starts a story. Candidates come from a {@link Candidates} source bounded by the
 * window, never from a scan. Does not split or merge stories afterwards. Thread-safe.
 */
public final class StoryGrouper {

    /**
     * @param windowDays how far apart in publication date two articles of a story may be
     * @param threshold  minimum similarity to join a story
     * @param candidates how many candidates to compare
     */
    public record Config(int windowDays, double threshold, int candidates) implements java.io.Serializable {
        public Config {
            if (windowDays < 0 || candidates < 1 || threshold <= 0 || threshold > 1) {
                throw new IllegalArgumentException("bad grouping config: " + windowDays + ", " + threshold + ", " + candidates);
            }
        }

        public static Config defaults() {
            return new Config(30, 0.2, 20);
        }
    }

    /** An earlier article that the new one may join. */
    public record Candidate(String articleId, String story, List<String> keys) {
    }

    /** Where candidates and key statistics come from (the store's index, in practice). */
    public interface Candidates {
        List<Candidate> near(List<String> keys, LocalDate date, int windowDays, int limit) throws java.io.IOException;

        /** For each key, how many stored articles have it. */
        Map<String, Integer> docFreqs(java.util.Collection<String> keys) throws java.io.IOException;

        int size() throws java.io.IOException;
    }

    /** Pseudo-documents added to the collection size so that small stores do not over-trust rare keys. */
    private static final int PRIOR_DOCS = 100;
    /** Keys per candidate query. */
    static final int QUERY_KEYS = 10;

    private final Config config;

    public StoryGrouper(Config config) {
        this.config = config;
    }

    /** The story an article with these keys joins: an existing id, or {@code newStoryId}. */
    public String place(List<String> keys, LocalDate date, String newStoryId, Candidates source) throws java.io.IOException {
        Map<String, Integer> df = new HashMap<>(source.docFreqs(keys));
        List<Candidate> candidates = source.near(rarest(keys, df), date, config.windowDays(), config.candidates());
        if (candidates.isEmpty()) {
            return newStoryId;
        }
        int size = source.size();
        Set<String> all = new HashSet<>(keys);
        for (Candidate candidate : candidates) {
            all.addAll(candidate.keys());
        }
        all.removeAll(df.keySet());
        df.putAll(source.docFreqs(all));
        all.addAll(keys);
        Map<String, Double> idf = new HashMap<>();
        for (String key : all) {
            idf.put(key, Math.log(1 + (size + PRIOR_DOCS) / (double) (df.getOrDefault(key, 0) + 1)));
        }
        double selfNorm = norm(keys, idf);
        String best = newStoryId;
        double bestScore = 0;
        Set<String> mine = new HashSet<>(keys);
        for (Candidate candidate : candidates) {
            double dot = 0;
            for (String key : candidate.keys()) {
                if (mine.contains(key)) {
                    double w = idf.get(key);
                    dot += w * w;
                }
            }
            double score = dot / (selfNorm * norm(candidate.keys(), idf));
            if (score > bestScore) {
                bestScore = score;
                best = candidate.story();
            }
        }
        return bestScore >= config.threshold() ? best : newStoryId;
    }

    /**
     * The keys that find candidates: those other articles have, rarest first, at most
     * {@value #QUERY_KEYS}. Rare keys find the same story; common ones only cost time.
     */
    static List<String> rarest(List<String> keys, Map<String, Integer> df) {
        return keys.stream().filter(k -> df.getOrDefault(k, 0) > 0)
                .sorted(java.util.Comparator.comparingInt((String k) -> df.get(k)).thenComparing(k -> k))
                .limit(QUERY_KEYS).toList();
    }

    private static double norm(List<String> keys, Map<String, Double> idf) {
        double sum = 0;
        for (String key : keys) {
            double w = idf.get(key);
            sum += w * w;
        }
        return Math.sqrt(Math.max(sum, 1e-9));
    }
}
