package io.newsweave.bench;

import io.newsweave.entity.EntityType;
import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.StoredArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The entity stage as a user gets it: SlavicNER documents ingested as one JSON Lines file through
 * the whole {@link io.newsweave.pipeline.Pipeline} (cleaning, language detection, since no language is declared, as in a
 * directory of texts; recognition; identity in the ordered step; the store), then scored from
 * the stored articles' mentions: typed mentions (the type is the resolved entity's, the one the
 * pages show) and identity over all pairs and across languages. A document's gold spans are
 * found again in the stored text by their surface, in order, so cleaning that moves offsets does
 * not count against us; a span not found there is a miss. Run:
 * {@code java ... io.newsweave.bench.EntityPipelineEval ../shared/datasets [report|tuning|all]}.
 */
public final class EntityPipelineEval {

    private EntityPipelineEval() {
    }

    /** One labelled document: its id for {@link Halves}, language folder, raw text and gold spans. */
    record Doc(String id, String language, String text, List<EntityEval.Span> gold) {
    }

    static List<Doc> documents(Path root, Predicate<String> ids) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root.resolve("ner"))) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        for (Path tsv : files) {
            Path rel = root.resolve("ner").relativize(tsv);
            String id = rel.toString().replace('\\', '/').replaceAll("\\.tsv$", "");
            if (!ids.test(id)) {
                continue;
            }
            String name = rel.getFileName().toString().replaceAll("\\.tsv$", "");
            Path dir = root.resolve("raw").resolve(rel.getParent());
            Path raw = Files.exists(dir.resolve(name + ".txt")) ? dir.resolve(name + ".txt") : dir.resolve(name);
            if (!Files.exists(raw)) {
                continue;
            }
            List<EntityEval.Span> gold = new ArrayList<>();
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length >= 6 && !c[0].isEmpty() && c[0].chars().allMatch(Character::isDigit)) {
                    gold.add(new EntityEval.Span(Integer.parseInt(c[0]), Integer.parseInt(c[1]), EntityEval.type(c[4]), c[5], c[2]));
                }
            }
            gold.sort(Comparator.comparingInt(EntityEval.Span::start));
            docs.add(new Doc(id, rel.getParent().getFileName().toString(), Files.readString(raw, StandardCharsets.UTF_8), gold));
        }
        return docs;
    }

    /** Ingests the documents into a fresh store under {@code work} and scores what was stored. */
    static EntityEval.Scores run(List<Doc> docs, Path work) throws IOException {
        List<ClusterRun.Doc> input = new ArrayList<>(docs.size());
        for (Doc d : docs) {
            input.add(new ClusterRun.Doc(d.id(), "", d.text(), null, null)); // no language declared, as a directory of texts
        }
        List<StoredArticle> stored = ClusterRun.ingest(input, PipelineConfig.defaults(), work);
        EntityEval.Scores scores = new EntityEval.Scores();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            Article a = stored.get(i) == null ? null : stored.get(i).article();
            List<EntityEval.Span> predicted = new ArrayList<>();
            List<EntityEval.Span> gold = d.gold();
            if (a != null) {
                gold = align(d.text(), a.text(), d.gold());
                for (Mention m : a.mentions()) {
                    if (!m.description() && m.entity() != null) {
                        predicted.add(new EntityEval.Span(m.start(), m.end(), EntityEval.label(EntityType.ofId(m.entity())), m.entity(),
                                m.text()));
                    }
                }
            }
            scores.add(d.language(), gold, predicted);
            scores.documents++;
        }
        return scores;
    }

    /**
     * The gold spans moved to where they stand in the stored text, which is the raw text less its
     * title line, with whitespace collapsed: the two texts are matched on their non-space
     * characters. A span outside the stored text (in the title) or whose characters differ there
     * gets impossible offsets, so it counts as missed.
     */
    static List<EntityEval.Span> align(String raw, String stored, List<EntityEval.Span> gold) {
        if (raw.equals(stored)) {
            return gold;
        }
        int[] rawIndex = new int[raw.length() + 1]; // non-space characters before each raw offset
        StringBuilder rawChars = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            rawIndex[i] = rawChars.length();
            if (!Character.isWhitespace(raw.charAt(i))) {
                rawChars.append(raw.charAt(i));
            }
        }
        rawIndex[raw.length()] = rawChars.length();
        StringBuilder storedChars = new StringBuilder(stored.length());
        int[] storedAt = new int[stored.length()];
        for (int i = 0; i < stored.length(); i++) {
            if (!Character.isWhitespace(stored.charAt(i))) {
                storedAt[storedChars.length()] = i;
                storedChars.append(stored.charAt(i));
            }
        }
        String head = storedChars.substring(0, Math.min(200, storedChars.length()));
        int shift = head.isEmpty() ? -1 : rawChars.indexOf(head);
        List<EntityEval.Span> out = new ArrayList<>(gold.size());
        for (EntityEval.Span g : gold) {
            int from = rawIndex[Math.min(g.start(), raw.length())] - shift;
            int to = rawIndex[Math.min(g.end(), raw.length())] - shift;
            boolean inside = shift >= 0 && from >= 0 && to > from && to <= storedChars.length()
                    && storedChars.substring(from, to).equals(rawChars.substring(from + shift, to + shift));
            out.add(inside ? new EntityEval.Span(storedAt[from], storedAt[to - 1] + 1, g.type(), g.id(), g.text())
                    : new EntityEval.Span(-1 - out.size(), -1, g.type(), g.id(), g.text()));
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        String half = args.length > 1 ? args[1] : "report";
        Path root = data.resolve("entities-slavicner-dev");
        if (!Files.isDirectory(root)) {
            System.out.println("no " + root + ": skipped");
            return;
        }
        Predicate<String> ids = switch (half) {
            case "report" -> Halves::report;
            case "tuning" -> Halves::tuning;
            default -> id -> true;
        };
        List<Doc> docs = documents(root, ids);
        long t0 = System.nanoTime();
        EntityEval.Scores scores = run(docs, Files.createTempDirectory("newsweave-entities-"));
        System.out.printf(Locale.ROOT, "SlavicNER dev, %s half, %d documents through the pipeline in %.1f s%n", half, docs.size(),
                (System.nanoTime() - t0) / 1e9);
        EntityEval.print("typed mentions (the resolved entity's type)", scores);
        double[] id = scores.identity();
        double[] cross = scores.crossLingual();
        System.out.printf(Locale.ROOT, "identity, all pairs: P %.3f R %.3f F1 %.3f%n", id[0], id[1], f1(id));
        System.out.printf(Locale.ROOT, "identity, across languages: P %.3f R %.3f F1 %.3f%n", cross[0], cross[1], f1(cross));
    }

    static double f1(double[] pr) {
        return pr[0] + pr[1] == 0 ? 0 : 2 * pr[0] * pr[1] / (pr[0] + pr[1]);
    }
}
