package io.newsweave.bench;

import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.model.Mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Precision and recall of merging on newsweave's own identity set ({@code entity-pairs.txt}):
 * each name is written into a short sentence of its own article, both articles go through the
 * recognizer and a fresh registry, and the pair counts as merged when both names get one id.
 */
public final class EntityPairsEval {

    /** One pair: two names in their languages, and whether they name one entity. */
    record Pair(String langA, String nameA, String langB, String nameB, boolean same, boolean forms) {

        Pair(String langA, String nameA, String langB, String nameB, boolean same) {
            this(langA, nameA, langB, nameB, same, false);
        }

        /** The pair's stable id, both names joined as the set writes them: {@code langA:nameA|langB:nameB}. */
        String id() {
            return langA + ":" + nameA + "|" + langB + ":" + nameB;
        }
    }

    private EntityPairsEval() {
    }

    static List<Pair> pairs() throws IOException {
        List<Pair> out = new ArrayList<>();
        try (InputStream in = EntityPairsEval.class.getResourceAsStream("entity-pairs.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                boolean forms = parts[0].startsWith("forms");
                boolean same = forms || parts[0].startsWith("same");
                for (int i = 1; i < parts.length; i++) {
                    for (int j = i + 1; j < parts.length; j++) {
                        String[] a = parts[i].strip().split(":", 2);
                        String[] b = parts[j].strip().split(":", 2);
                        out.add(new Pair(a[0], a[1], b[0], b[1], same, forms));
                    }
                }
            }
        }
        return out;
    }

    /** {@link #score(List)} of the pairs whose {@link Pair#id() id} {@code ids} accepts. */
    static double[] score(List<Pair> pairs, Predicate<String> ids) {
        return score(pairs.stream().filter(p -> ids.test(p.id())).toList());
    }

    /** {precision, recall, true positives, false positives, false negatives, pairs}. */
    static double[] score(List<Pair> pairs) {
        EntityRecognizer recognizer = new EntityRecognizer();
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Pair p : pairs) {
            EntityRegistry registry = new EntityRegistry();
            Set<String> a = ids(recognizer, registry, p.langA(), p.nameA());
            Set<String> b = ids(recognizer, registry, p.langB(), p.nameB());
            boolean merged = a.size() == 1 && a.equals(b);
            if (merged && p.same()) {
                tp++;
            } else if (merged) {
                fp++;
            } else if (p.same()) {
                fn++;
            }
        }
        return new double[] {tp + fp == 0 ? 0 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn),
            tp, fp, fn, pairs.size()};
    }

    private static Set<String> ids(EntityRecognizer recognizer, EntityRegistry registry, String language, String name) {
        String prefix = "news reports: yesterday ";
        String text = prefix + name + " was mentioned again.";
        int start = prefix.length();
        int end = start + name.length();
        Set<String> out = new HashSet<>();
        for (Mention m : registry.resolve(language, recognizer.recognize(text, language))) {
            if (m.start() < end && m.end() > start) {
                out.add(m.entity());
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        List<Pair> all = pairs();
        print("all pairs", all);
        print("report half", all.stream().filter(p -> Halves.report(p.id())).toList());
        print("tuning half", all.stream().filter(p -> Halves.tuning(p.id())).toList());
        print("inflected-form pairs (and every must-not-merge pair)", all.stream().filter(p -> p.forms() || !p.same()).toList());
        System.out.printf(Locale.ROOT, "pairs %d: %d must merge (%d inflected forms), %d must not%n", all.size(),
                all.stream().filter(Pair::same).count(), all.stream().filter(Pair::forms).count(), all.stream().filter(p -> !p.same()).count());
    }

    private static void print(String title, List<Pair> pairs) {
        double[] s = score(pairs);
        System.out.printf(Locale.ROOT, "%s, %d: merge precision %.3f recall %.3f (tp %d fp %d fn %d)%n",
                title, (long) s[5], s[0], s[1], (long) s[2], (long) s[3], (long) s[4]);
    }
}
