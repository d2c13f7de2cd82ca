package io.newsweave.bench;

import io.newsweave.cluster.Clusterer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story growth by chaining, measured on a {@link NameGridCorpus} set (no real story in it)
 * ingested through the whole pipeline in the generator's order (dates at random) or, with
 * {@code --by-date}, in publication order: how many stories, the largest
 * story's share of the articles, and the longest span of days a story covers. Usage:
 * {@code ChainingEval [--articles 5000] [--seed 1] [--by-date] [--work DIR] [--story T] [--merge T] ...}
 * (the clustering options of {@link ClusteringEval}).
 */
final class ChainingEval {

    /** A story: its articles and first and last publication dates. */
    record Story(String id, int size, LocalDate first, LocalDate last) {
        long spanDays() {
            return last.toEpochDay() - first.toEpochDay();
        }
    }

    /** The stories of a run, largest first, over {@code articles} placed articles. */
    record Result(int articles, List<Story> stories) {
        double largestShare() {
            return stories.isEmpty() ? 0 : stories.get(0).size() / (double) articles;
        }

        long longestSpanDays() {
            return stories.stream().mapToLong(Story::spanDays).max().orElse(0);
        }

        long spanningMoreThan(int days) {
            return stories.stream().filter(s -> s.spanDays() > days).count();
        }
    }

    private ChainingEval() {
    }

    /** The set's {@code articles} first articles, in the generator's order or, with {@code byDate}, in publication order (ties by index). */
    static List<ClusterRun.Doc> docs(long seed, int articles, boolean byDate) {
        NameGridCorpus corpus = new NameGridCorpus(seed);
        List<SyntheticArticle> all = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            all.add(corpus.article(i));
        }
        if (byDate) {
            all.sort(Comparator.comparing(SyntheticArticle::published).thenComparingInt(SyntheticArticle::index));
        }
        List<ClusterRun.Doc> docs = new ArrayList<>();
        for (SyntheticArticle a : all) {
            docs.add(new ClusterRun.Doc("g" + a.index(), a.title(), a.body(), a.language(), a.published().toString()));
        }
        return docs;
    }

    static Result run(List<ClusterRun.Doc> docs, Clusterer.Config config, Path work) throws IOException {
        Map<String, ClusterRun.Placed> placed = ClusterRun.run(docs, config, work, 2);
        Map<String, Story> stories = new HashMap<>();
        for (ClusterRun.Doc d : docs) {
            ClusterRun.Placed p = placed.get(d.id());
            if (p == null) {
                continue;
            }
            LocalDate date = LocalDate.parse(d.date());
            stories.merge(p.story(), new Story(p.story(), 1, date, date), (x, y) -> new Story(x.id(), x.size() + y.size(),
                    x.first().isBefore(y.first()) ? x.first() : y.first(), x.last().isAfter(y.last()) ? x.last() : y.last()));
        }
        List<Story> sorted = new ArrayList<>(stories.values());
        sorted.sort(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));
        return new Result(placed.size(), sorted);
    }

    public static void main(String[] args) throws IOException {
        Options o = Options.parse(args, "ChainingEval [--articles 5000] [--seed 1] [--by-date] [--work DIR] [--story T] [--merge T] ...");
        Clusterer.Config config = ClusteringEval.config(o);
        int articles = o.intValue("articles", 5_000);
        long t0 = System.nanoTime();
        Result r = run(docs(o.longValue("seed", 1), articles, o.flag("by-date")), config, Path.of(o.string("work", "newsweave-bench/target/chaining-eval")));
        System.out.printf(Locale.ROOT, "%d articles, %.1f s: %d stories; largest %d (%.1f%%); longest span %d days; "
                        + "stories spanning > 30 days %d, > 90 days %d, > 365 days %d%n", r.articles(), (System.nanoTime() - t0) / 1e9,
                r.stories().size(), r.stories().get(0).size(), 100 * r.largestShare(), r.longestSpanDays(), r.spanningMoreThan(30),
                r.spanningMoreThan(90), r.spanningMoreThan(365));
        Map<Integer, Integer> sizes = new java.util.TreeMap<>();
        r.stories().forEach(s -> sizes.merge(s.size() >= 10 ? 10 : s.size(), 1, Integer::sum));
        System.out.println("stories by size (10 = 10 or more): " + sizes);
        r.stories().stream().limit(5).forEach(s -> System.out.printf(Locale.ROOT, "  %d articles, %s .. %s (%d days)%n", s.size(),
                s.first(), s.last(), s.spanDays()));
    }
}
