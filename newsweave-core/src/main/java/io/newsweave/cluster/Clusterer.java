package io.newsweave.cluster;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online clustering into events inside stories, one article at a time in arrival order. The
 * article's candidates come from a {@link Candidates} source (the store's index), bounded by a
 * time window around its publication date and capped, never from a scan; each is scored by
 * {@link Similarity}. The article joins the story of its best candidate when that reaches the
 * story threshold, and within it the event of its best candidate published within
 * {@link Config#eventDays()} days when that reaches the tighter event threshold; otherwise it
 * starts a new story or event, named after the article. Other stories (events) it links to above
 * the merge thresholds are merged into the one it joins.
 *
 * <p>Story growth by chaining is bounded. Each article links to a story through one member, so a
 * story of weak links would drift without end (every step within the window, the whole over
 * years), and a merge joins two such chains at once. So a story the article would stretch past
 * {@link Config#windowDays()} days (first to last publication date, the article's included) asks
 * for a stronger link: {@link Config#spanStep()} more per window's length of that span past the
 * first window, so a story may run for months on good links but for years only on links as strong
 * as near copies.
 * A merge asks the same of the span the merged story would have, and a link to the second story
 * at least {@link Config#mergeRatio()} times the link the article joins by: a second story is not
 * pulled in by a link weaker than what joins the article to its own. Undated articles (and stories
 * without dates) are not bounded by span.
 *
 * <p>Long storylines are followed by what they keep saying. Each candidate story of two or more
 * articles has a profile ({@link StoryProfile}: the summed features of its latest articles) the
 * article is compared with as with another article. A profile similar enough joins its story
 * whatever its span ({@link Config#profileThreshold()} for a full profile, nearer the story
 * threshold for a profile of few articles); a story keeps receiving while its recent articles
 * match, and fades when the window no longer finds them. And a link to one article joins (or
 * merges) a story only when the article is not far from the story's profile either
 * ({@link Config#profileFloor()}): one close report does not pull an article into a storyline that
 * says something else, which is how chains of weak links had joined storylines sharing only a
 * country. Deterministic: the same candidates, spans and profiles give the same decision.
 * Thread-safe.
 */
public final class Clusterer {

    /**
     * @param windowDays          how far apart in publication date two articles of a story may be
     * @param eventDays           how far apart two articles of an event may be
     * @param storyThreshold      minimum similarity to join a story
     * @param eventThreshold      minimum similarity to join an event
     * @param storyMergeThreshold minimum similarity to a second story to merge it
     * @param eventMergeThreshold minimum similarity to a second event of the story to merge it
     * @param candidates          how many candidate articles to compare
     * @param weights             channel weights of the similarity
     * @param spanStep            similarity added to the story and merge thresholds per {@code windowDays} of
     *                            span a story would have past its first {@code windowDays} (0: spans unbounded)
     * @param mergeRatio          least ratio of the link to a second story to the link the article joins by, for a merge
     * @param profileThreshold    minimum similarity to a full profile of a story (see {@link Candidates#profile}) to join
     *                            it whatever its span; for a profile of fewer articles the threshold lies between this
     *                            and the story threshold (0: profiles are not compared)
     * @param profileFloorSmall   minimum similarity to a profile of two articles for a link to join (or merge) its story
     * @param profileFloor        minimum similarity to a full profile for a link to join (or merge) its story; between
     *                            the two floors for profiles in between
     */
    public record Config(int windowDays, int eventDays, double storyThreshold, double eventThreshold,
                         double storyMergeThreshold, double eventMergeThreshold, int candidates,
                         Similarity.Weights weights, double spanStep, double mergeRatio,
                         double profileThreshold, double profileFloorSmall, double profileFloor) implements java.io.Serializable {
        /**
         * Default span step: a story of weak links stops within weeks, a story of good links within
         * months, and only links near 1 carry one across years. Chosen with {@link #MERGE_RATIO} on
         * the tuning half of the labelled sets (bench {@code ClusteringEval}): the most bounding
         * pair tried that keeps Timeline17 BCubed above its floor and SemEval same-story F1 where it was.
         */
        static final double SPAN_STEP = 0.05;
        /** Default merge ratio (see {@link #SPAN_STEP}). */
        static final double MERGE_RATIO = 0.7;

        /**
         * Default profile threshold and floors: chosen on the tuning half of the labelled sets
         * (bench {@code ClusteringEval}, {@code ProfileEval}), where own-storyline and other-storyline
         * profiles part near 0.1.
         */
        static final double PROFILE = 0.08;
        static final double PROFILE_FLOOR_SMALL = 0;
        static final double PROFILE_FLOOR = 0.10;

        /** A configuration with the default span step, merge ratio and profile thresholds. */
        public Config(int windowDays, int eventDays, double storyThreshold, double eventThreshold, double storyMergeThreshold,
                      double eventMergeThreshold, int candidates, Similarity.Weights weights) {
            this(windowDays, eventDays, storyThreshold, eventThreshold, storyMergeThreshold, eventMergeThreshold, candidates, weights,
                    SPAN_STEP, MERGE_RATIO);
        }

        /** A configuration with the default profile thresholds. */
        public Config(int windowDays, int eventDays, double storyThreshold, double eventThreshold, double storyMergeThreshold,
                      double eventMergeThreshold, int candidates, Similarity.Weights weights, double spanStep, double mergeRatio) {
            this(windowDays, eventDays, storyThreshold, eventThreshold, storyMergeThreshold, eventMergeThreshold, candidates, weights,
                    spanStep, mergeRatio, PROFILE, PROFILE_FLOOR_SMALL, PROFILE_FLOOR);
        }

        public Config {
            for (double t : new double[] {profileThreshold, profileFloorSmall, profileFloor}) {
                if (!(t >= 0 && t <= 1)) {
                    throw new IllegalArgumentException("profile thresholds must be in [0, 1]: " + t);
                }
            }
            if (!(spanStep >= 0 && spanStep <= 1) || !(mergeRatio >= 0 && mergeRatio <= 1)) {
                throw new IllegalArgumentException("span step and merge ratio must be in [0, 1]: " + spanStep + ", " + mergeRatio);
            }
            if (windowDays < 0 || eventDays < 0 || eventDays > windowDays || candidates < 1) {
                throw new IllegalArgumentException("bad clustering window or candidates: " + windowDays + ", " + eventDays + ", " + candidates);
            }
            for (double t : new double[] {storyThreshold, eventThreshold, storyMergeThreshold, eventMergeThreshold}) {
                if (!(t > 0 && t <= 1)) {
                    throw new IllegalArgumentException("thresholds must be in (0, 1]: " + t);
                }
            }
            if (eventThreshold < storyThreshold || storyMergeThreshold < storyThreshold || eventMergeThreshold < eventThreshold) {
                throw new IllegalArgumentException("event and merge thresholds must not be below the story threshold");
            }
        }

        public static Config defaults() {
            return new Config(30, 3, 0.15, 0.25, 0.3, 0.4, 20, Similarity.Weights.defaults());
        }

        /** This configuration with other channel weights. */
        public Config withWeights(Similarity.Weights other) {
            return new Config(windowDays, eventDays, storyThreshold, eventThreshold, storyMergeThreshold, eventMergeThreshold,
                    candidates, other, spanStep, mergeRatio, profileThreshold, profileFloorSmall, profileFloor);
        }

        /** This configuration with another span step and merge ratio. */
        Config withChaining(double step, double ratio) {
            return new Config(windowDays, eventDays, storyThreshold, eventThreshold, storyMergeThreshold, eventMergeThreshold,
                    candidates, weights, step, ratio, profileThreshold, profileFloorSmall, profileFloor);
        }

        /** This configuration with other profile thresholds ({@code threshold} 0: profiles off). */
        public Config withProfiles(double threshold, double floorSmall, double floor) {
            return new Config(windowDays, eventDays, storyThreshold, eventThreshold, storyMergeThreshold, eventMergeThreshold,
                    candidates, weights, spanStep, mergeRatio, threshold, floorSmall, floor);
        }

        /** The least similarity to a profile of {@code members} articles that joins its story. */
        double joinFor(int members) {
            return byMembers(storyThreshold, profileThreshold, members);
        }

        /** The least similarity to a profile of {@code members} articles for a link to join or merge its story. */
        double floorFor(int members) {
            return byMembers(profileFloorSmall, profileFloor, members);
        }

        /** What a story spanning {@code days} (first to last publication date) adds to the story and merge thresholds. */
        double spanExtra(long days) {
            return days <= windowDays || spanStep == 0 ? 0 : spanStep * (days - windowDays) / Math.max(1, windowDays);
        }
    }

    /** An earlier article the new one may join: its current story and event, coded features and date (or null). */
    public record Candidate(String articleId, String story, String event, CodedKeys keys, LocalDate date) {
        /** A candidate with these features (see {@link ArticleFeatures} and {@link IdentityKeys}). */
        public Candidate(String articleId, String story, String event, List<String> keys, LocalDate date) {
            this(articleId, story, event, CodedKeys.of(keys), date);
        }
    }

    /** The first and last publication day (epoch days) of a story's dated articles. */
    public record Span(long first, long last) {
        public Span {
            if (last < first) {
                throw new IllegalArgumentException("span ends before it starts: " + first + ", " + last);
            }
        }

        static Span of(LocalDate date) {
            return new Span(date.toEpochDay(), date.toEpochDay());
        }

        /** This span stretched to cover {@code other} ({@code null}: this span). */
        public Span with(Span other) {
            return other == null ? this : new Span(Math.min(first, other.first), Math.max(last, other.last));
        }

        long days() {
            return last - first;
        }
    }

    /** Two clusters found to be one: {@code from} is merged into {@code into}. */
    public record Merge(String from, String into) {
    }

    /** Where an article goes, and the merges its placement implies (stories first, then events). */
    public record Decision(String story, String event, List<Merge> merges) {
    }

    /** Where candidates and key statistics come from (the store's index, in practice). */
    public interface Candidates {
        /** Articles having any of {@code keys}, published within {@code windowDays} of {@code date} (recent ones when null). */
        List<Candidate> near(List<String> keys, LocalDate date, int windowDays, int limit) throws IOException;

        /** How many stored articles have each key of {@code keys}, by position. */
        int[] docFreqs(CodedKeys keys) throws IOException;

        int size() throws IOException;

        /** The span of a story's dated articles, or {@code null} when unknown or none is dated (its growth is then not bounded). */
        default Span span(String story) throws IOException {
            return null;
        }

        /**
         * What a story has been saying lately: the summed features of its most recent articles in the
         * language-independent channels, or {@code null} when it has fewer than
         * {@value StoryProfile#MIN_MEMBERS} articles or profiles are not kept. A function of the
         * story's stored articles alone.
         */
        default StoryProfile profile(String story) throws IOException {
            return null;
        }

        /** The dense vector of a candidate article, or {@code null} when the dense channel is off or it has none. */
        default float[] vector(String articleId) throws IOException {
            return null;
        }
    }

    /** Pseudo-documents added to the collection size so that small stores do not over-trust rare keys. */
    static final int PRIOR_DOCS = 100;
    /** Keys per candidate query. */
    static final int QUERY_KEYS = 16;

    private final Config config;
    private final Similarity similarity;

    public Clusterer(Config config) {
        this.config = config;
        this.similarity = new Similarity(config.weights());
    }

    Config config() {
        return config;
    }

    /**
     * Places an article with these features, published on {@code date} (null when unknown), whose
     * new story and event would be called {@code newStory} and {@code newEvent}.
     */
    public Decision place(List<String> keys, LocalDate date, String newStory, String newEvent, Candidates source) throws IOException {
        return place(keys, null, date, newStory, newEvent, source);
    }

    /**
     * Places an article as {@link #place(List, LocalDate, String, String, Candidates)} does, with its
     * dense vector ({@code null} when none) compared with its candidates' when the dense channel is weighted.
     */
    public Decision place(List<String> keys, float[] vector, LocalDate date, String newStory, String newEvent, Candidates source)
            throws IOException {
        return place(CodedKeys.of(keys), vector, date, newStory, newEvent, source);
    }

    /** Places an article as {@link #place(List, float[], LocalDate, String, String, Candidates)} does, its features coded. */
    public Decision place(CodedKeys keys, float[] vector, LocalDate date, String newStory, String newEvent, Candidates source)
            throws IOException {
        int[] ownDf = source.docFreqs(keys);
        List<Candidate> candidates = source.near(rarest(keys, ownDf), date, config.windowDays(), config.candidates());
        if (candidates.isEmpty()) {
            return new Decision(newStory, newEvent, List.of());
        }
        Idf idf = new Idf(source.size() + PRIOR_DOCS);
        boolean dense = vector != null && config.weights().of(Channel.DENSE) > 0;
        Similarity.Prepared self = similarity.prepare(keys, idf.of(ownDf), dense ? vector : null);
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            double[] weights = idf.of(source.docFreqs(candidate.keys()));
            scored.add(new Scored(candidate, self.score(candidate.keys(), weights, dense ? source.vector(candidate.articleId()) : null)));
        }
        Map<String, Double> stories = best(scored, Candidate::story);
        Span own = date == null ? null : Span.of(date);
        Map<String, Span> spans = new HashMap<>();
        if (own != null) {
            for (String s : stories.keySet()) {
                spans.put(s, own.with(source.span(s)));
            }
        }
        Map<String, Double> profiled = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        if (config.profileThreshold() > 0) {
            for (String s : stories.keySet()) {
                StoryProfile profile = source.profile(s);
                if (profile != null) {
                    profiled.put(s, self.score(profile.keys(), idf.of(source.docFreqs(profile.keys())), null));
                    sizes.put(s, profile.members());
                }
            }
        }
        Map<String, Double> eligible = new HashMap<>();
        stories.forEach((s, score) -> {
            double byProfile = profiled.getOrDefault(s, 0.0);
            int m = sizes.getOrDefault(s, 0);
            if (m >= 2 && byProfile >= config.joinFor(m)) {
                eligible.put(s, Math.max(score, byProfile));
            } else if (score >= config.storyThreshold() + extra(spans.get(s)) && (m < 2 || byProfile >= config.floorFor(m))) {
                eligible.put(s, score);
            }
        });
        if (eligible.isEmpty()) {
            return new Decision(newStory, newEvent, List.of());
        }
        String story = top(eligible);
        double joinedBy = eligible.get(story);
        List<Merge> merges = new ArrayList<>();
        Set<String> joined = new LinkedHashSet<>(List.of(story));
        Span span = spans.get(story);
        List<Map.Entry<String, Double>> others = stories.entrySet().stream()
                .filter(e -> !e.getKey().equals(story))
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList();
        for (Map.Entry<String, Double> other : others) {
            Span merged = span == null ? null : span.with(spans.get(other.getKey()));
            double score = other.getValue();
            int m = sizes.getOrDefault(other.getKey(), 0);
            boolean floored = m < 2 || profiled.get(other.getKey()) >= config.floorFor(m);
            if (floored && score >= config.storyMergeThreshold() + extra(merged) && score >= config.mergeRatio() * joinedBy) {
                joined.add(other.getKey());
                span = merged;
            }
        }
        joined.stream().skip(1).sorted().forEach(other -> merges.add(new Merge(other, story)));
        List<Scored> near = scored.stream()
                .filter(s -> joined.contains(s.candidate().story()) && withinDays(date, s.candidate().date(), config.eventDays()))
                .toList();
        String event = newEvent;
        if (!near.isEmpty()) {
            Map<String, Double> events = best(near, Candidate::event);
            String top = top(events);
            if (events.get(top) >= config.eventThreshold()) {
                event = top;
                events.entrySet().stream()
                        .filter(e -> !e.getKey().equals(top) && e.getValue() >= config.eventMergeThreshold())
                        .map(Map.Entry::getKey).sorted()
                        .forEach(other -> merges.add(new Merge(other, top)));
            }
        }
        return new Decision(story, event, List.copyOf(merges));
    }


    /** A threshold going from {@code atTwo} for a profile of two articles to {@code atFull} for a full one. */
    static double byMembers(double atTwo, double atFull, int members) {
        double f = Math.min(1, Math.max(0, (members - 2) / (double) (StoryProfile.MEMBERS - 2)));
        return atTwo + (atFull - atTwo) * f;
    }

    private double extra(Span span) {
        return span == null ? 0 : config.spanExtra(span.days());
    }

    private record Scored(Candidate candidate, double score) {
    }

    /** The best score per cluster. */
    private static Map<String, Double> best(List<Scored> scored, java.util.function.Function<Candidate, String> cluster) {
        Map<String, Double> out = new HashMap<>();
        for (Scored s : scored) {
            out.merge(cluster.apply(s.candidate()), s.score(), Math::max);
        }
        return out;
    }

    /** The cluster with the highest score; ties go to the smallest id. */
    private static String top(Map<String, Double> scores) {
        return scores.entrySet().stream()
                .min(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }

    static boolean withinDays(LocalDate a, LocalDate b, int days) {
        return a == null || b == null || Math.abs(a.toEpochDay() - b.toEpochDay()) <= days;
    }

    /** IDF weights by document frequency over one collection size, each computed once. */
    private static final class Idf {
        private final double docs;
        private final double[] byDf = new double[1024];

        Idf(double docs) {
            this.docs = docs;
            java.util.Arrays.fill(byDf, Double.NaN);
        }

        double[] of(int[] df) {
            double[] out = new double[df.length];
            for (int i = 0; i < df.length; i++) {
                int d = df[i];
                if (d < byDf.length) {
                    double w = byDf[d];
                    if (Double.isNaN(w)) {
                        w = byDf[d] = Similarity.idf(d, docs);
                    }
                    out[i] = w;
                } else {
                    out[i] = Similarity.idf(d, docs);
                }
            }
            return out;
        }
    }

    /**
     * The keys that find candidates: those other articles have, rarest first, at most
     * {@value #QUERY_KEYS}, never the language. Rare keys find the same story; common ones only cost time.
     */
    static List<String> rarest(CodedKeys keys, int[] df) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (df[i] > 0) {
                found.add(i);
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt((Integer i) -> df[i]).thenComparing(keys::text))
                .limit(QUERY_KEYS).map(keys::text).toList();
    }
}
