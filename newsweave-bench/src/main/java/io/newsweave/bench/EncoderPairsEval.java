package io.newsweave.bench;

import io.newsweave.cluster.embed.Encoder;
import io.newsweave.cluster.embed.EncoderConfig;
import io.newsweave.cluster.embed.Encoders;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Measures the optional dense encoder on SemEval-2022 Task 8 pairs: the cosine of the two texts'
 * vectors (each text cut as {@link EncoderBench#lead} cuts an article) against the human
 * {@code Overall} rating (1 = same story ... 4 = unrelated), as Pearson correlation (negated, so
 * that higher is better, comparable to the task's published figures), overall, same-language and
 * cross-lingual; then F1 of "same story" (Overall &lt;= 1.5 against &gt;= 3.5) by cosine threshold,
 * alone and added as an extra link to the first grouping's key similarity at its default threshold.
 * Usage: {@code EncoderPairsEval [--csv training_set.csv] [--model M.onnx [--tokenizer T.json]] [--max-tokens N]}.
 */
public final class EncoderPairsEval {

    /** Key similarity threshold of the first grouping ({@code StoryGrouper.Config.defaults()}). */
    private static final double KEYS_THRESHOLD = 0.20;

    private EncoderPairsEval() {
    }

    /** One rated pair: its languages, its Overall rating and the cosine of its texts. */
    record Rated(String languages, double overall, double cosine) {
        boolean crossLingual() {
            return PairCounts.crossLingual(languages);
        }

        /** Labelled for "same story" when clearly rated either way, else null. */
        GroupingPairsEval.Scored labelled() {
            return overall <= 1.5 || overall >= 3.5 ? new GroupingPairsEval.Scored(languages, overall <= 1.5, cosine) : null;
        }
    }

    /**
     * The encoder's cosine for every pair of the file with a numeric Overall rating whose language
     * pair ({@code en-en}, {@code de-en}, ...) is kept, in file order.
     */
    static List<Rated> score(Path csv, Encoder encoder, Predicate<String> languagePairs) throws IOException {
        List<Map<String, String>> rows;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CsvRows.read(in);
        }
        List<Rated> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            double overall;
            try {
                overall = Double.parseDouble(row.get("Overall"));
            } catch (RuntimeException e) {
                continue;
            }
            String languages = row.get("lang1") + "-" + row.get("lang2");
            if (!languagePairs.test(languages)) {
                continue;
            }
            float[] a = encoder.encode(lead(row.getOrDefault("text1", "")));
            float[] b = encoder.encode(lead(row.getOrDefault("text2", "")));
            out.add(new Rated(languages, overall, Encoders.cosine(a, b)));
        }
        return out;
    }

    /** A SemEval text is its title, two spaces, then its body. */
    private static String lead(String text) {
        int split = text.indexOf("  ");
        return split < 0 ? EncoderBench.lead("", text).strip() : EncoderBench.lead(text.substring(0, split), text.substring(split + 2));
    }

    /** Pearson correlation of cosine with Overall, negated (higher is better), over the pairs kept. */
    static double pearson(List<Rated> pairs, Predicate<Rated> keep) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (Rated p : pairs) {
            if (!keep.test(p)) {
                continue;
            }
            n++;
            sx += p.cosine();
            sy += p.overall();
            sxx += p.cosine() * p.cosine();
            syy += p.overall() * p.overall();
            sxy += p.cosine() * p.overall();
        }
        double cov = sxy - sx * sy / n;
        double vx = sxx - sx * sx / n;
        double vy = syy - sy * sy / n;
        return vx <= 0 || vy <= 0 ? 0 : -cov / Math.sqrt(vx * vy);
    }

    static List<GroupingPairsEval.Scored> labelled(List<Rated> pairs) {
        List<GroupingPairsEval.Scored> out = new ArrayList<>();
        for (Rated p : pairs) {
            GroupingPairsEval.Scored s = p.labelled();
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args, "EncoderPairsEval [--csv training_set.csv] [--model M.onnx "
                + "[--tokenizer T.json]] [--max-tokens N]");
        Path csv = options.path("csv", Path.of("../shared/datasets/pairs-semeval2022-dev/training_set.csv"));
        EncoderConfig config = BundledMiniLm.fromOptions(options);
        List<Rated> pairs;
        long t0 = System.nanoTime();
        try (Encoder encoder = Encoders.fromConfig(config).orElseThrow()) {
            pairs = score(csv, encoder, languages -> true);
        }
        System.out.printf(Locale.ROOT, "model %s, max tokens %d: %d rated pairs encoded in %.0f s%n", config.model(),
                config.maxTokens(), pairs.size(), (System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "Pearson (negated) with Overall: all %.3f, same-language %.3f, cross-lingual %.3f%n",
                pearson(pairs, p -> true), pearson(pairs, p -> !p.crossLingual()), pearson(pairs, Rated::crossLingual));
        Map<String, Integer> counts = new TreeMap<>();
        pairs.forEach(p -> counts.merge(p.languages(), 1, Integer::sum));
        counts.forEach((languages, n) -> System.out.printf(Locale.ROOT, "  %s (%d pairs): %.3f%n", languages, n,
                pearson(pairs, p -> p.languages().equals(languages))));

        List<GroupingPairsEval.Scored> encoded = labelled(pairs);
        List<GroupingPairsEval.Scored> keys = GroupingPairsEval.score(csv);
        if (keys.size() != encoded.size()) {
            throw new IllegalStateException("labelled pairs differ: " + keys.size() + " by keys, " + encoded.size() + " encoded");
        }
        System.out.printf(Locale.ROOT, "same story: %d labelled pairs; keys alone at %.2f: F1 all %.3f, cross %.3f%n",
                encoded.size(), KEYS_THRESHOLD, GroupingPairsEval.prf(keys, KEYS_THRESHOLD, p -> true)[2],
                GroupingPairsEval.prf(keys, KEYS_THRESHOLD, GroupingPairsEval.Scored::crossLingual)[2]);
        System.out.println("cosine  F1-all  P-all  R-all   F1-mono  F1-cross  | keys OR cosine: F1-all  P-all  R-all  F1-cross");
        for (int t = 30; t <= 85; t += 5) {
            double threshold = t / 100.0;
            double[] all = GroupingPairsEval.prf(encoded, threshold, p -> true);
            double[] mono = GroupingPairsEval.prf(encoded, threshold, p -> !p.crossLingual());
            double[] cross = GroupingPairsEval.prf(encoded, threshold, GroupingPairsEval.Scored::crossLingual);
            List<GroupingPairsEval.Scored> either = either(keys, encoded, threshold);
            double[] eAll = GroupingPairsEval.prf(either, 0.5, p -> true);
            double[] eCross = GroupingPairsEval.prf(either, 0.5, GroupingPairsEval.Scored::crossLingual);
            System.out.printf(Locale.ROOT, "%.2f    %.3f   %.3f  %.3f   %.3f    %.3f     |                 %.3f   %.3f  %.3f  %.3f%n",
                    threshold, all[2], all[0], all[1], mono[2], cross[2], eAll[2], eAll[0], eAll[1], eCross[2]);
        }
    }

    /** Pairs linked (similarity 1) when the keys reach their threshold or the cosine reaches {@code threshold}. */
    static List<GroupingPairsEval.Scored> either(List<GroupingPairsEval.Scored> keys, List<GroupingPairsEval.Scored> encoded,
                                                 double threshold) {
        List<GroupingPairsEval.Scored> out = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            GroupingPairsEval.Scored k = keys.get(i);
            GroupingPairsEval.Scored e = encoded.get(i);
            if (!k.languages().equals(e.languages()) || k.same() != e.same()) {
                throw new IllegalStateException("pair " + i + " differs between keys and encoder");
            }
            boolean linked = k.similarity() >= KEYS_THRESHOLD || e.similarity() >= threshold;
            out.add(new GroupingPairsEval.Scored(k.languages(), k.same(), linked ? 1 : 0));
        }
        return out;
    }
}
