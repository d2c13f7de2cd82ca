package io.newsweave.bench;

import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Published;
import io.newsweave.quote.Quote;
import io.newsweave.quote.QuoteFinder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Measures the quote stage on PolNeAR (brat standoff: Source, Cue and Content spans of
 * attributions, direct and indirect) without copying any of it.
 *
 * <p>A <b>direct quote</b> is a stretch between double quote marks (“…” or "…", paired within a
 * paragraph; a mark left open runs to the paragraph end, as in quotes over several paragraphs)
 * that lies, for at least half its characters, inside an annotated Content span; its speaker is
 * that attribution's Source span. Quoted stretches inside no Content (titles, scare quotes nobody
 * is said to utter) are not direct quotes. Single quote marks are left out on both sides: in this
 * corpus they are mostly apostrophes and headline quotes. The first annotator's file is used when
 * several annotated one article.
 *
 * <p>Scores: span precision/recall/F1, exact (same offsets once spaces and , . ; : ! ? are trimmed
 * at both ends) and overlapping; speakers, for gold quotes with a Source and an overlapping
 * prediction: the speaker span overlaps the Source span, or the speaker entity has a mention
 * inside it. Articles get their mentions from {@link EntityRecognizer} and one
 * {@link EntityRegistry} per article, as the pipeline does. Run:
 * {@code java ... io.newsweave.bench.QuoteEval ../shared/datasets/quotes-polnear-dev/dev}.
 */
public final class QuoteEval {

    record Range(int start, int end) {
        boolean overlaps(Range o) {
            return start < o.end && o.start < end;
        }
    }

    /** A gold direct quote and its Source fragments (empty when the attribution has none). */
    record GoldQuote(Range span, List<Range> source) {
    }

    /**
     * The figures of one run; {@code routes}: attributed predictions on gold quotes with a source,
     * {right, wrong}, by how the speaker was found ({@link #route}).
     */
    record Result(int documents, int gold, int predicted, EntityEval.Counts exact, EntityEval.Counts overlap,
                  EntityEval.Counts speaker, EntityEval.Counts speakerExact, Map<String, int[]> routes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d documents, %d gold direct quotes, %d predicted%n"
                    + "  spans exact    %s%n  spans overlap  %s%n  speakers       %s%n  speakers exact %s",
                    documents, gold, predicted, exact, overlap, speaker, speakerExact);
        }
    }

    private QuoteEval() {
    }

    public static void main(String[] args) throws IOException {
        Path split = Path.of(args.length > 0 ? args[0] : "../shared/datasets/quotes-polnear-dev/dev");
        if (args.length > 1 && args[1].equals("--routes")) {
            boolean report = args.length > 2 && args[2].equals("report");
            Result r = evaluate(split, QuoteFinder.Config.defaults(), report ? Halves::report : Halves::tuning);
            System.out.println((report ? "report" : "tuning") + " half: " + r);
            r.routes().forEach((route, c) -> System.out.printf(Locale.ROOT, "  %-22s right %4d wrong %4d precision %.3f%n",
                    route, c[0], c[1], (double) c[0] / (c[0] + c[1])));
            return;
        }
        for (QuoteFinder.Config config : List.of(QuoteFinder.Config.defaults(), new QuoteFinder.Config(0))) {
            long t0 = System.nanoTime();
            Result r = evaluate(split, config);
            System.out.println(config + ": " + r);
            System.out.printf(Locale.ROOT, "  (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    static Result evaluate(Path split, QuoteFinder.Config config) throws IOException {
        return evaluate(split, config, id -> true);
    }

    /**
     * {@link #evaluate(Path, QuoteFinder.Config)} over the documents whose id {@code ids}
     * accepts: the article's name, its {@code text/} file name without {@code .txt} (the
     * {@code .ann} name without the annotator suffix).
     */
    static Result evaluate(Path split, QuoteFinder.Config config, Predicate<String> ids) throws IOException {
        EntityRecognizer recognizer = new EntityRecognizer();
        QuoteFinder finder = new QuoteFinder(config);
        Map<String, Path> annotations = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String name = p.getFileName().toString();
                annotations.putIfAbsent(name.substring(0, name.lastIndexOf('_')), p);
            }
        }
        EntityEval.Counts exact = new EntityEval.Counts();
        EntityEval.Counts overlap = new EntityEval.Counts();
        EntityEval.Counts speaker = new EntityEval.Counts();
        EntityEval.Counts speakerExact = new EntityEval.Counts();
        Map<String, int[]> routes = new java.util.TreeMap<>();
        int documents = 0;
        int goldTotal = 0;
        int predictedTotal = 0;
        for (Map.Entry<String, Path> e : annotations.entrySet()) {
            Path txt = split.resolve("text").resolve(e.getKey() + ".txt");
            if (!ids.test(e.getKey()) || !Files.exists(txt)) {
                continue;
            }
            documents++;
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            List<GoldQuote> gold = gold(text, Files.readAllLines(e.getValue(), StandardCharsets.UTF_8));
            List<Mention> mentions = new EntityRegistry().resolve("en", recognizer.recognize(text, "en"));
            Article article = new Article(e.getKey(), Origin.file(txt.toString()), null, null, "", text, "en", 1,
                    Published.UNKNOWN, mentions, List.of());
            List<Quote> predicted = finder.find(article).stream().filter(q -> doubleMarked(text, q)).toList();
            goldTotal += gold.size();
            predictedTotal += predicted.size();
            score(text, gold, predicted, mentions, exact, overlap, speaker, speakerExact, routes);
        }
        return new Result(documents, goldTotal, predictedTotal, exact, overlap, speaker, speakerExact, routes);
    }

    private static void score(String text, List<GoldQuote> gold, List<Quote> predicted, List<Mention> mentions,
                              EntityEval.Counts exact, EntityEval.Counts overlap, EntityEval.Counts speaker,
                              EntityEval.Counts speakerExact, Map<String, int[]> routes) {
        for (Quote q : predicted) {
            Range p = trim(text, new Range(q.start(), q.end()));
            exact.fp += gold.stream().anyMatch(g -> trim(text, g.span()).equals(p)) ? 0 : 1;
            overlap.fp += gold.stream().anyMatch(g -> g.span().overlaps(p)) ? 0 : 1;
        }
        for (GoldQuote g : gold) {
            Range span = trim(text, g.span());
            Quote hit = null;
            boolean exactHit = false;
            for (Quote q : predicted) {
                Range p = trim(text, new Range(q.start(), q.end()));
                if (p.equals(span)) {
                    hit = q;
                    exactHit = true;
                    break;
                }
                if (hit == null && p.overlaps(span)) {
                    hit = q;
                }
            }
            if (exactHit) {
                exact.tp++;
            } else {
                exact.fn++;
            }
            if (hit != null) {
                overlap.tp++;
            } else {
                overlap.fn++;
            }
            if (g.source().isEmpty()) {
                continue;
            }
            boolean right = hit != null && (rightSpeaker(hit, g.source(), mentions) || rightLender(hit, predicted, g.source()));
            if (hit != null && hit.attributed()) {
                routes.computeIfAbsent(route(text, hit), k -> new int[2])[right ? 0 : 1]++;
            }
            boolean rightExact = hit != null && hit.speakerStart() >= 0
                    && g.source().contains(trim(text, new Range(hit.speakerStart(), hit.speakerEnd())));
            count(speaker, hit, right);
            count(speakerExact, hit, rightExact);
        }
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "it", "i", "we", "you");

    /** How a prediction's speaker was found, read from the quote: inherited, pronoun, named before or after, with or without an entity. */
    static String route(String text, Quote q) {
        if (q.speakerStart() < 0) {
            return "inherited" + (q.speakerEntity() == null ? " (phrase)" : " (entity)");
        }
        String words = text.substring(q.speakerStart(), q.speakerEnd()).strip().toLowerCase(Locale.ROOT);
        String side = q.speakerStart() >= q.end() ? "after" : "before";
        if (PRONOUNS.contains(words)) {
            return "pronoun " + side;
        }
        return (q.speakerEntity() == null ? "phrase " : "entity ") + side;
    }

    private static void count(EntityEval.Counts c, Quote hit, boolean right) {
        if (right) {
            c.tp++;
            return;
        }
        c.fn++;
        if (hit != null && hit.attributed()) {
            c.fp++;
        }
    }

    /**
     * Whether a quote that took the speaker of an earlier quote ("“A,” he said. “B.”") took it from
     * the attribution the gold names: the speaker span of the quote that lent it (the nearest
     * earlier quote with a span of its own and the same speaker) overlaps the gold source, as a
     * quote's own speaker span is scored.
     */
    static boolean rightLender(Quote q, List<Quote> predicted, List<Range> source) {
        if (q.speakerStart() >= 0 || q.speakerName() == null) {
            return false;
        }
        for (int i = predicted.indexOf(q) - 1; i >= 0; i--) {
            Quote p = predicted.get(i);
            if (!q.speakerName().equals(p.speakerName())) {
                return false;
            }
            if (p.speakerStart() >= 0) {
                Range s = new Range(p.speakerStart(), p.speakerEnd());
                return source.stream().anyMatch(s::overlaps);
            }
        }
        return false;
    }

    private static boolean rightSpeaker(Quote q, List<Range> source, List<Mention> mentions) {
        if (q.speakerStart() >= 0) {
            Range s = new Range(q.speakerStart(), q.speakerEnd());
            if (source.stream().anyMatch(s::overlaps)) {
                return true;
            }
        }
        if (q.speakerEntity() == null) {
            return false;
        }
        for (Mention m : mentions) {
            Range r = new Range(m.start(), m.end());
            if (q.speakerEntity().equals(m.entity()) && source.stream().anyMatch(r::overlaps)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the quote sits between double marks (the only ones this evaluation counts). */
    private static boolean doubleMarked(String text, Quote q) {
        int i = q.start() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == '“');
    }

    private static Range trim(String text, Range r) {
        int a = r.start();
        int b = r.end();
        while (a < b && (Character.isWhitespace(text.charAt(a)) || ",.;:!?".indexOf(text.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ",.;:!?".indexOf(text.charAt(b - 1)) >= 0)) {
            b--;
        }
        return new Range(a, b);
    }

    /** The gold direct quotes of one document from its text and {@code .ann} lines. */
    static List<GoldQuote> gold(String text, List<String> ann) {
        Map<String, List<Range>> fragments = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        for (String line : ann) {
            String[] f = line.split("\t");
            if (f.length >= 2 && f[0].startsWith("T")) {
                int space = f[1].indexOf(' ');
                if (space < 0) {
                    continue;
                }
                types.put(f[0], f[1].substring(0, space));
                List<Range> ranges = new ArrayList<>();
                for (String part : f[1].substring(space + 1).split(";")) {
                    String[] se = part.trim().split(" ");
                    ranges.add(new Range(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                }
                fragments.put(f[0], ranges);
            } else if (f.length >= 2 && f[0].startsWith("E")) {
                relations.add(f[1].split(" "));
            }
        }
        List<Range> contents = new ArrayList<>();
        List<List<Range>> sources = new ArrayList<>();
        for (String[] roles : relations) {
            List<Range> content = new ArrayList<>();
            List<Range> source = new ArrayList<>();
            for (String role : roles) {
                String[] kv = role.split(":");
                if (kv.length != 2 || !fragments.containsKey(kv[1])) {
                    continue;
                }
                if (kv[0].startsWith("Content")) {
                    content.addAll(fragments.get(kv[1]));
                } else if (kv[0].startsWith("Source")) {
                    source.addAll(fragments.get(kv[1]));
                }
            }
            for (Range c : content) {
                contents.add(c);
                sources.add(source);
            }
        }
        List<GoldQuote> out = new ArrayList<>();
        for (Range q : quoted(text)) {
            for (int i = 0; i < contents.size(); i++) {
                Range c = contents.get(i);
                int inside = Math.min(q.end(), c.end()) - Math.max(q.start(), c.start());
                if (inside * 2 >= q.end() - q.start()) {
                    out.add(new GoldQuote(q, sources.get(i)));
                    break;
                }
            }
        }
        return out;
    }

    /** Stretches between double quote marks, paired within each line; an open mark runs to the line end. */
    static List<Range> quoted(String text) {
        List<Range> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n') {
                if (open >= 0 && i - open > 1) {
                    out.add(new Range(open + 1, i));
                }
                open = -1;
            } else if (open < 0 && (c == '“' || c == '"')) {
                open = i;
            } else if (open >= 0 && (c == '”' || c == '"')) {
                if (i - open > 1) {
                    out.add(new Range(open + 1, i));
                }
                open = -1;
            }
        }
        return out;
    }
}
