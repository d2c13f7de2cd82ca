package io.newsweave.bench;

import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.entity.EntityType;
import io.newsweave.entity.LocalEntity;
import io.newsweave.model.Mention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Measures the entity stage on labelled data: phrase-level precision/recall/F1 of mentions per
 * language and type (exact span and type, CoNLL style) on CoNLL-2002 and SlavicNER, and the
 * pairwise precision/recall of identity on SlavicNER's cross-lingual ids. Reads the data in
 * place; copies nothing. Run: {@code java ... io.newsweave.bench.EntityEval ../shared/datasets}.
 */
public final class EntityEval {

    /** A gold or predicted mention: offsets, type label ({@code PER ORG LOC OTH}) and an identity. */
    record Span(int start, int end, String type, String id, String text) {
        Span(int start, int end, String type, String id) {
            this(start, end, type, id, null);
        }
    }

    /** True/false positives and false negatives of one cell. */
    static final class Counts {
        long tp;
        long fp;
        long fn;

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (gold %d)", precision(), recall(), f1(), tp + fn);
        }
    }

    /** Scores per "language/type" and "language/ALL"; and identity counts (pairs). */
    static final class Scores {
        final Map<String, Counts> cells = new TreeMap<>();
        final Map<String, Map<String, Integer>> contingency = new HashMap<>();
        /** Gold id -> our id -> language -> mentions: for identity across languages. */
        final Map<String, Map<String, Map<String, Integer>>> byLanguage = new HashMap<>();
        /** Gold id -> our id -> surface -> mentions (for {@link EntityEval#misses}). */
        final Map<String, Map<String, Map<String, Integer>>> surfaces = new HashMap<>();
        long descriptions;
        int documents;

        Counts cell(String lang, String type) {
            return cells.computeIfAbsent(lang + "/" + type, k -> new Counts());
        }

        void add(String lang, List<Span> gold, List<Span> predicted) {
            Map<Long, Span> byOffsets = new HashMap<>();
            for (Span p : predicted) {
                byOffsets.put(((long) p.start() << 32) | p.end(), p);
            }
            Map<Long, Span> goldByOffsets = new HashMap<>();
            for (Span g : gold) {
                goldByOffsets.put(((long) g.start() << 32) | g.end(), g);
            }
            for (Span g : gold) {
                Span p = byOffsets.get(((long) g.start() << 32) | g.end());
                boolean hit = p != null && p.type().equals(g.type());
                for (String t : new String[] {g.type(), "ALL"}) {
                    for (String l : new String[] {lang, "all"}) {
                        if (hit) {
                            cell(l, t).tp++;
                        } else {
                            cell(l, t).fn++;
                        }
                    }
                }
                if (p != null && g.id() != null && p.id() != null) {
                    contingency.computeIfAbsent(g.id(), k -> new HashMap<>()).merge(p.id(), 1, Integer::sum);
                    byLanguage.computeIfAbsent(g.id(), k -> new HashMap<>()).computeIfAbsent(p.id(), k -> new HashMap<>())
                            .merge(lang, 1, Integer::sum);
                    if (p.text() != null) {
                        surfaces.computeIfAbsent(g.id(), k -> new HashMap<>()).computeIfAbsent(p.id(), k -> new HashMap<>())
                                .merge(lang + ":" + p.text(), 1, Integer::sum);
                    }
                }
            }
            for (Span p : predicted) {
                Span g = goldByOffsets.get(((long) p.start() << 32) | p.end());
                if (g == null || !g.type().equals(p.type())) {
                    for (String t : new String[] {p.type(), "ALL"}) {
                        cell(lang, t).fp++;
                        cell("all", t).fp++;
                    }
                }
            }
        }

        /** Pairwise identity precision and recall over mentions whose span we found. */
        double[] identity() {
            long both = 0;
            long gold = 0;
            Map<String, Long> ours = new HashMap<>();
            for (Map<String, Integer> row : contingency.values()) {
                long rowTotal = 0;
                for (Map.Entry<String, Integer> e : row.entrySet()) {
                    both += pairs(e.getValue());
                    rowTotal += e.getValue();
                    ours.merge(e.getKey(), (long) e.getValue(), Long::sum);
                }
                gold += pairs(rowTotal);
            }
            long predicted = 0;
            for (long n : ours.values()) {
                predicted += pairs(n);
            }
            return new double[] {predicted == 0 ? 0 : (double) both / predicted, gold == 0 ? 0 : (double) both / gold};
        }

        /**
         * Pairwise identity precision and recall over pairs of found mentions in two different
         * languages only: do we join a Polish and a Russian mention exactly when the corpus does.
         */
        double[] crossLingual() {
            long both = 0;
            long gold = 0;
            Map<String, Map<String, Long>> ours = new HashMap<>();
            for (Map<String, Map<String, Integer>> row : byLanguage.values()) {
                Map<String, Long> rowLanguages = new HashMap<>();
                for (Map.Entry<String, Map<String, Integer>> e : row.entrySet()) {
                    both += crossPairs(e.getValue().values());
                    Map<String, Long> our = ours.computeIfAbsent(e.getKey(), k -> new HashMap<>());
                    e.getValue().forEach((l, n) -> {
                        rowLanguages.merge(l, (long) n, Long::sum);
                        our.merge(l, (long) n, Long::sum);
                    });
                }
                gold += crossPairs(rowLanguages.values());
            }
            long predicted = 0;
            for (Map<String, Long> our : ours.values()) {
                predicted += crossPairs(our.values());
            }
            return new double[] {predicted == 0 ? 0 : (double) both / predicted, gold == 0 ? 0 : (double) both / gold};
        }

        /** Pairs of items in two different groups, given each group's size. */
        private static long crossPairs(Collection<? extends Number> sizes) {
            long total = 0;
            long squares = 0;
            for (Number n : sizes) {
                total += n.longValue();
                squares += n.longValue() * n.longValue();
            }
            return (total * total - squares) / 2;
        }

        private static long pairs(long n) {
            return n * (n - 1) / 2;
        }
    }

    private EntityEval() {
    }

    static String label(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case OTHER -> "OTH";
        };
    }

    /**
     * Mentions of one text resolved through a registry shared by the documents before it: the
     * type is the resolved entity's, the one a reader sees (a lone surname is the person named
     * in full earlier). Descriptions are not scored.
     */
    static List<Span> resolved(EntityRecognizer recognizer, EntityRegistry registry, String text, String language) {
        List<Span> out = new ArrayList<>();
        for (Mention m : registry.resolve(language, recognizer.recognize(text, language))) {
            if (!m.description()) {
                out.add(new Span(m.start(), m.end(), label(EntityType.ofId(m.entity())), m.entity(), m.text()));
            }
        }
        return out;
    }

    /** CoNLL-2002 ({@code esp.testa}, {@code ned.testa}): documents of sentences, one per line. */
    static Scores conll(Path file, String language, int sentencesPerDocument) throws IOException {
        return conll(file, language, sentencesPerDocument, id -> true);
    }

    /**
     * CoNLL-2002, the documents whose id {@code documents} accepts only. A document is what this
     * evaluation hands the recognizer as one text: the span between {@code -DOCSTART-} lines, or
     * when {@code sentencesPerDocument > 0} also every {@code sentencesPerDocument} sentences; its
     * id is {@code <file name> document <n>}, n counting the non-empty documents of the file from 1
     * (so {@link Halves} can split the file by document).
     */
    static Scores conll(Path file, String language, int sentencesPerDocument, Predicate<String> documents) throws IOException {
        EntityRecognizer recognizer = new EntityRecognizer();
        EntityRegistry registry = new EntityRegistry(); // the file's documents through one registry, as the product reads a stream
        Scores scores = new Scores();
        String name = file.getFileName().toString();
        int n = 0;
        StringBuilder text = new StringBuilder();
        List<Span> gold = new ArrayList<>();
        int sentences = 0;
        int spanStart = -1;
        int spanEnd = -1;
        String spanType = null;
        boolean lineStart = true;
        for (String line : lines(file)) {
            String[] cols = line.strip().split(" ");
            boolean docStart = cols[0].equals("-DOCSTART-");
            if (line.isBlank() || docStart) {
                if (spanType != null) {
                    gold.add(new Span(spanStart, spanEnd, spanType, null));
                    spanType = null;
                }
                if (!lineStart) {
                    text.append('\n');
                    lineStart = true;
                    sentences++;
                }
                if (docStart || sentencesPerDocument > 0 && sentences >= sentencesPerDocument) {
                    n = flush(recognizer, registry, scores, language, text, gold, documents, name, n);
                    sentences = 0;
                }
                continue;
            }
            String token = cols[0];
            String tag = cols[cols.length - 1];
            if (!lineStart) {
                text.append(' ');
            }
            lineStart = false;
            int start = text.length();
            text.append(token);
            if (tag.startsWith("B-") || tag.startsWith("I-") && spanType == null) {
                if (spanType != null) {
                    gold.add(new Span(spanStart, spanEnd, spanType, null));
                }
                spanStart = start;
                spanType = type(tag.substring(2));
            } else if (tag.equals("O") && spanType != null) {
                gold.add(new Span(spanStart, spanEnd, spanType, null));
                spanType = null;
            }
            spanEnd = text.length();
        }
        if (spanType != null) {
            gold.add(new Span(spanStart, spanEnd, spanType, null));
        }
        flush(recognizer, registry, scores, language, text, gold, documents, name, n);
        return scores;
    }

    /** The lines of a CoNLL file: UTF-8 (as distributed here), or ISO-8859-1 (the original release) when not valid UTF-8. */
    static List<String> lines(Path file) throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        }
    }

    /** Scores the document in {@code text} when {@code documents} accepts its id; returns the count of documents so far. */
    private static int flush(EntityRecognizer recognizer, EntityRegistry registry, Scores scores, String language, StringBuilder text,
                             List<Span> gold, Predicate<String> documents, String file, int n) {
        if (text.length() > 0 || !gold.isEmpty()) {
            n++;
            if (documents.test(file + " document " + n)) {
                scores.add(language, gold, resolved(recognizer, registry, text.toString(), language));
                scores.documents++;
            }
        }
        text.setLength(0);
        gold.clear();
        return n;
    }

    static String type(String label) {
        return switch (label) {
            case "PER" -> "PER";
            case "ORG" -> "ORG";
            case "LOC" -> "LOC";
            default -> "OTH"; // MISC, EVT, PRO
        };
    }

    /**
     * SlavicNER: every document of {@code ner/<topic>/<lang>/}, in a fixed order (topic, file),
     * through one registry, so identity is measured across documents and languages. Every
     * {@code every}-th document only, when {@code every > 1}.
     */
    static Scores slavic(Path root, int every) throws IOException {
        return slavic(root, every, id -> true);
    }

    /**
     * SlavicNER, the documents whose id {@code documents} accepts only, all through one registry
     * (identity is then measured within those documents). A document's id is its annotation
     * file's path under {@code ner/} without {@code .tsv}, {@code <topic>/<language>/<name>}: the
     * file name alone repeats across topics ({@code sl-0}).
     */
    static Scores slavic(Path root, int every, Predicate<String> documents) throws IOException {
        EntityRecognizer recognizer = new EntityRecognizer();
        EntityRegistry registry = new EntityRegistry();
        Scores scores = new Scores();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root.resolve("ner"))) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        int k = 0;
        for (Path tsv : files) {
            if (every > 1 && k++ % every != 0) {
                continue;
            }
            Path rel = root.resolve("ner").relativize(tsv);
            String name = rel.getFileName().toString().replaceAll("\\.tsv$", "");
            if (!documents.test(rel.toString().replace('\\', '/').replaceAll("\\.tsv$", ""))) {
                continue;
            }
            Path dir = root.resolve("raw").resolve(rel.getParent());
            Path raw = Files.exists(dir.resolve(name + ".txt")) ? dir.resolve(name + ".txt") : dir.resolve(name);
            if (!Files.exists(raw)) {
                continue;
            }
            String language = rel.getParent().getFileName().toString();
            String text = Files.readString(raw, StandardCharsets.UTF_8);
            List<Span> gold = new ArrayList<>();
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length >= 6 && c[0].chars().allMatch(Character::isDigit) && !c[0].isEmpty()) {
                    gold.add(new Span(Integer.parseInt(c[0]), Integer.parseInt(c[1]), type(c[4]), c[5]));
                }
            }
            List<LocalEntity> local = recognizer.recognize(text, language);
            List<Span> predicted = new ArrayList<>();
            for (Mention m : registry.resolve(language, local)) {
                if (m.description()) {
                    scores.descriptions++; // descriptions are not named-entity mentions: not scored
                    continue;
                }
                // the type a reader sees: the resolved entity's (a lone "Биби" is the person Асия Биби)
                predicted.add(new Span(m.start(), m.end(), label(EntityType.ofId(m.entity())), m.entity(), m.text()));
            }
            scores.add(language, gold, predicted);
            scores.documents++;
        }
        return scores;
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        print("CoNLL-2002 es (esp.testa)", conll(data.resolve("ner-conll2002-dev/esp.testa"), "es", 20));
        print("CoNLL-2002 nl (ned.testa)", conll(data.resolve("ner-conll2002-dev/ned.testa"), "nl", 0));
        Scores slavic = slavic(data.resolve("entities-slavicner-dev"), 1);
        print("SlavicNER dev", slavic);
        System.out.println("SlavicNER descriptions resolved (not scored): " + slavic.descriptions);
        double[] id = slavic.identity();
        System.out.printf(Locale.ROOT, "SlavicNER identity: pairwise precision %.3f recall %.3f%n", id[0], id[1]);
        double[] cross = slavic.crossLingual();
        System.out.printf(Locale.ROOT, "SlavicNER identity across languages: pairwise precision %.3f recall %.3f%n", cross[0], cross[1]);
        if (args.length > 1 && args[1].equals("--misses")) {
            misses(data.resolve("entities-slavicner-dev"), args.length > 2 ? Integer.parseInt(args[2]) : 40);
        }
        Path seeds = data.resolveSibling("seeds");
        if (Files.isDirectory(seeds)) {
            List<String> described = seedDescriptions(seeds);
            System.out.println("== Seeds: " + described.size() + " descriptions resolved");
            described.forEach(System.out::println);
        }
    }

    /**
     * The descriptions resolved in each seed ({@code file: "text" -> entity id}), each seed through
     * the recognizer and one shared registry, French detected by its function words.
     */
    static List<String> seedDescriptions(Path seeds) throws IOException {
        EntityRecognizer recognizer = new EntityRecognizer();
        EntityRegistry registry = new EntityRegistry();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String language = text.contains(" les ") && text.contains(" des ") ? "fr" : "en";
            for (Mention m : registry.resolve(language, recognizer.recognize(text, language))) {
                if (m.description()) {
                    out.add(f.getFileName() + ": \"" + m.text() + "\" -> " + m.entity());
                }
            }
        }
        return out;
    }

    /**
     * Error analysis on the tuning half only (the report half is never read this way): the gold
     * identities whose found mentions we split over the most pairs, each with our ids and the
     * surfaces under each.
     */
    static void misses(Path root, int limit) throws IOException {
        Scores tuning = slavic(root, 1, Halves::tuning);
        double[] id = tuning.identity();
        double[] cross = tuning.crossLingual();
        System.out.printf(Locale.ROOT, "== tuning half: identity P %.3f R %.3f, across languages P %.3f R %.3f%n",
                id[0], id[1], cross[0], cross[1]);
        List<Map.Entry<String, Map<String, Map<String, Integer>>>> rows = new ArrayList<>(tuning.surfaces.entrySet());
        java.util.function.ToLongFunction<Map<String, Map<String, Integer>>> lost = row -> {
            long total = 0;
            long kept = 0;
            for (Map<String, Integer> s : row.values()) {
                long n = s.values().stream().mapToLong(Integer::longValue).sum();
                total += n;
                kept += n * (n - 1) / 2;
            }
            return total * (total - 1) / 2 - kept;
        };
        rows.sort((a, b) -> Long.compare(lost.applyAsLong(b.getValue()), lost.applyAsLong(a.getValue())));
        for (Map.Entry<String, Map<String, Map<String, Integer>>> row : rows.subList(0, Math.min(limit, rows.size()))) {
            System.out.println(row.getKey() + "  (pairs lost " + lost.applyAsLong(row.getValue()) + ")");
            row.getValue().entrySet().stream()
                    .sorted((a, b) -> Integer.compare(b.getValue().values().stream().mapToInt(Integer::intValue).sum(),
                            a.getValue().values().stream().mapToInt(Integer::intValue).sum()))
                    .limit(12)
                    .forEach(e -> System.out.println("    " + e.getKey() + "  " + e.getValue().entrySet().stream()
                            .sorted((x, y) -> y.getValue() - x.getValue()).limit(6)
                            .map(x -> x.getKey() + "×" + x.getValue()).toList()));
        }
    }

    static void print(String title, Scores scores) {
        System.out.println("== " + title);
        scores.cells.forEach((k, v) -> System.out.println(k + "\t" + v));
    }
}
