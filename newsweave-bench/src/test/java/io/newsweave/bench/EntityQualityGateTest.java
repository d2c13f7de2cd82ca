package io.newsweave.bench;

import io.newsweave.entity.EntityAliases;
import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.entity.EntitySummary;
import io.newsweave.entity.EntityTally;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality gate of the entity stage (docs/QUALITY.md, entities): mention F1 and ORG precision on
 * CoNLL-2002 (es, nl) and SlavicNER, SlavicNER identity, our own cross-language pair set, the seeds'
 * acceptance list and the seeds' resolved descriptions. Every labelled set is scored on both
 * {@link Halves} (a CoNLL document, a SlavicNER document, a pair by its id); both are printed,
 * report half first, and the floors gate the report half: each sits at the report half's measured
 * figure rounded down to two decimals, minus 0.01, and only moves up. Dataset tests skip when
 * ../shared is absent; the pair set is ours and always runs.
 */
class EntityQualityGateTest {

    // Report half; measured 2026-12-03 (tuning half beside it in docs/QUALITY.md). A name nothing types is
    // OTHER now, not ORGANIZATION (the entity issue): ORG precision rose, and CoNLL es F1 fell from 0.565,
    // the one floor that moved down, on purpose (docs/QUALITY.md, entities).
    static final double FLOOR_F1_ES = 0.49;     // measured 0.502 (tuning half 0.518)
    static final double FLOOR_F1_NL = 0.54;     // measured 0.550 (tuning half 0.518)
    static final double FLOOR_F1_SLAVIC = 0.60; // measured 0.617 (tuning half 0.612)
    static final double FLOOR_ORG_PRECISION_ES = 0.64; // measured 0.658 (tuning half 0.645)
    static final double FLOOR_ORG_PRECISION_NL = 0.73; // measured 0.746 (tuning half 0.585)
    static final double FLOOR_ORG_PRECISION_SLAVIC = 0.68; // measured 0.696 (tuning half 0.657)
    static final int FLOOR_SEED_DESCRIPTIONS = 4; // measured 5 (the seeds are reference input, not a labelled set: not split)
    static final double FLOOR_ID_PRECISION = 0.98; // measured 0.998 (tuning half 0.998)
    static final double FLOOR_ID_RECALL = 0.77;    // measured 0.782 (tuning half 0.771)
    static final double FLOOR_ID_CROSS_RECALL = 0.75; // measured 0.768 (tuning half 0.757)
    // Through the pipeline, report half: identity P 0.998 R 0.779, across languages P 0.998 R 0.766
    static final double FLOOR_PIPELINE_ID_PRECISION = 0.98;
    static final double FLOOR_PIPELINE_ID_F1 = 0.86;       // measured 0.875
    static final double FLOOR_PIPELINE_ID_CROSS_F1 = 0.85; // measured 0.867
    static final double FLOOR_PIPELINE_F1 = 0.57;          // measured 0.588
    static final double FLOOR_PAIRS_PRECISION = 0.99; // measured 1.000, 0 false merges (tuning half 0.996)
    static final double FLOOR_PAIRS_RECALL = 0.89;    // measured 0.907 (tuning half 0.908)

    private static Path shared(String sub) {
        for (String base : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(base).resolve(sub);
            if (Files.exists(p)) {
                return p;
            }
        }
        Assumptions.assumeTrue(false, sub + " absent; skipping");
        return null;
    }

    /** An evaluation of the items whose id a predicate accepts. */
    private interface Eval<T> {
        T of(Predicate<String> ids) throws IOException;
    }

    /** {@code eval} on the report half, then on the tuning half, in that order. */
    private static <T> Map<Halves.Half, T> onBothHalves(Eval<T> eval) throws IOException {
        Map<Halves.Half, T> out = new LinkedHashMap<>();
        out.put(Halves.Half.REPORT, eval.of(Halves::report));
        out.put(Halves.Half.TUNING, eval.of(Halves::tuning));
        return out;
    }

    private static void print(String set, Map<Halves.Half, EntityEval.Scores> byHalf, String lang) {
        for (Halves.Half half : List.of(Halves.Half.REPORT, Halves.Half.TUNING)) {
            EntityEval.Scores s = byHalf.get(half);
            System.out.printf(Locale.ROOT, "%s, %s (%d documents): mentions %s; ORG %s%n", set, half.label(), s.documents,
                    s.cell(lang, "ALL"), s.cell(lang, "ORG"));
        }
    }

    @Test
    void mentionF1OnCoNLL2002sReportHalfStaysAboveItsFloors() throws IOException {
        Path dir = shared("datasets/ner-conll2002-dev");
        Map<Halves.Half, EntityEval.Scores> es = onBothHalves(ids -> EntityEval.conll(dir.resolve("esp.testa"), "es", 20, ids));
        Map<Halves.Half, EntityEval.Scores> nl = onBothHalves(ids -> EntityEval.conll(dir.resolve("ned.testa"), "nl", 0, ids));
        print("CoNLL-2002 es", es, "es");
        print("CoNLL-2002 nl", nl, "nl");
        EntityEval.Scores esReport = es.get(Halves.Half.REPORT);
        EntityEval.Scores nlReport = nl.get(Halves.Half.REPORT);
        assertThat(esReport.cell("es", "ALL").f1()).as("es F1, report half").isGreaterThanOrEqualTo(FLOOR_F1_ES);
        assertThat(nlReport.cell("nl", "ALL").f1()).as("nl F1, report half").isGreaterThanOrEqualTo(FLOOR_F1_NL);
        assertThat(esReport.cell("es", "ORG").precision()).as("es ORG precision, report half").isGreaterThanOrEqualTo(FLOOR_ORG_PRECISION_ES);
        assertThat(nlReport.cell("nl", "ORG").precision()).as("nl ORG precision, report half").isGreaterThanOrEqualTo(FLOOR_ORG_PRECISION_NL);
    }

    @Test
    void mentionF1AndIdentityOnSlavicNersReportHalfStayAboveTheirFloors() throws IOException {
        Path root = shared("datasets/entities-slavicner-dev");
        Map<Halves.Half, EntityEval.Scores> byHalf = onBothHalves(ids -> EntityEval.slavic(root, 1, ids));
        print("SlavicNER", byHalf, "all");
        for (Halves.Half half : List.of(Halves.Half.REPORT, Halves.Half.TUNING)) {
            double[] identity = byHalf.get(half).identity();
            double[] cross = byHalf.get(half).crossLingual();
            System.out.printf(Locale.ROOT, "SlavicNER identity, %s: pairwise precision %.3f recall %.3f; across languages %.3f / %.3f%n",
                    half.label(), identity[0], identity[1], cross[0], cross[1]);
        }
        EntityEval.Scores report = byHalf.get(Halves.Half.REPORT);
        EntityEval.Scores tuning = byHalf.get(Halves.Half.TUNING);
        long gold = report.cell("all", "ALL").tp + report.cell("all", "ALL").fn
                + tuning.cell("all", "ALL").tp + tuning.cell("all", "ALL").fn;
        assertThat(gold).as("gold mentions, both halves").isGreaterThan(50_000);
        assertThat(report.cell("all", "ALL").f1()).as("F1, report half").isGreaterThanOrEqualTo(FLOOR_F1_SLAVIC);
        assertThat(report.cell("all", "ORG").precision()).as("ORG precision, report half").isGreaterThanOrEqualTo(FLOOR_ORG_PRECISION_SLAVIC);
        double[] identity = report.identity();
        assertThat(identity[0]).as("identity precision, report half").isGreaterThanOrEqualTo(FLOOR_ID_PRECISION);
        assertThat(identity[1]).as("identity recall, report half").isGreaterThanOrEqualTo(FLOOR_ID_RECALL);
        double[] cross = report.crossLingual();
        assertThat(cross[0]).as("identity precision across languages, report half").isGreaterThanOrEqualTo(FLOOR_ID_PRECISION);
        assertThat(cross[1]).as("identity recall across languages, report half").isGreaterThanOrEqualTo(FLOOR_ID_CROSS_RECALL);
    }

    /**
     * The same documents as a user ingests them: one JSON Lines file through the whole pipeline
     * (languages detected, nothing declared), scored from the stored articles. Identity F1 over
     * all pairs and across languages is the entity issue's acceptance measure.
     */
    @Test
    void identityThroughThePipelineOnSlavicNersReportHalfStaysAboveItsFloors(@org.junit.jupiter.api.io.TempDir Path work)
            throws IOException {
        Path root = shared("datasets/entities-slavicner-dev");
        EntityEval.Scores report = EntityPipelineEval.run(EntityPipelineEval.documents(root, Halves::report), work);
        double[] identity = report.identity();
        double[] cross = report.crossLingual();
        System.out.printf(Locale.ROOT, "SlavicNER through the pipeline, report half (%d documents): mentions %s; identity P %.3f R %.3f F1 %.3f;"
                + " across languages P %.3f R %.3f F1 %.3f%n", report.documents, report.cell("all", "ALL"), identity[0], identity[1],
                EntityPipelineEval.f1(identity), cross[0], cross[1], EntityPipelineEval.f1(cross));
        assertThat(report.documents).as("documents").isGreaterThan(1_500);
        assertThat(identity[0]).as("identity precision").isGreaterThanOrEqualTo(FLOOR_PIPELINE_ID_PRECISION);
        assertThat(cross[0]).as("identity precision across languages").isGreaterThanOrEqualTo(FLOOR_PIPELINE_ID_PRECISION);
        assertThat(EntityPipelineEval.f1(identity)).as("identity F1").isGreaterThanOrEqualTo(FLOOR_PIPELINE_ID_F1);
        assertThat(EntityPipelineEval.f1(cross)).as("identity F1 across languages").isGreaterThanOrEqualTo(FLOOR_PIPELINE_ID_CROSS_F1);
        assertThat(report.cell("all", "ALL").f1()).as("typed mention F1").isGreaterThanOrEqualTo(FLOOR_PIPELINE_F1);
    }

    @Test
    void ownCrossLanguagePairsOfTheReportHalfMergeWithHighPrecisionAndRecall() throws IOException {
        List<EntityPairsEval.Pair> pairs = EntityPairsEval.pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(800);
        assertThat(pairs.stream().filter(EntityPairsEval.Pair::forms)).hasSizeGreaterThanOrEqualTo(200);
        assertThat(pairs.stream().filter(p -> !p.same())).hasSizeGreaterThanOrEqualTo(100);
        assertThat(pairs.stream().flatMap(p -> Stream.of(p.langA(), p.langB())).distinct()).hasSizeGreaterThanOrEqualTo(5);
        Map<Halves.Half, double[]> byHalf = onBothHalves(ids -> EntityPairsEval.score(pairs, ids));
        byHalf.forEach((half, s) -> System.out.printf(Locale.ROOT,
                "own pair set, %s (%d pairs): merge precision %.3f recall %.3f (tp %d fp %d fn %d)%n",
                half.label(), (long) s[5], s[0], s[1], (long) s[2], (long) s[3], (long) s[4]));
        double[] s = byHalf.get(Halves.Half.REPORT);
        assertThat(s[0]).as("merge precision, report half").isGreaterThanOrEqualTo(FLOOR_PAIRS_PRECISION);
        assertThat(s[1]).as("merge recall, report half").isGreaterThanOrEqualTo(FLOOR_PAIRS_RECALL);
    }

    @Test
    void seedStoryNamesItsPeoplePlacesAndBodiesUnderEverySpellingAndNoJunk() throws IOException {
        Path seeds = shared("seeds");
        EntityRecognizer recognizer = new EntityRecognizer();
        EntityRegistry registry = new EntityRegistry();
        EntityTally tally = new EntityTally(EntityAliases.NONE);
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f);
            String language = text.contains(" les ") && text.contains(" des ") ? "fr" : "en";
            tally.add(registry.resolve(language, recognizer.recognize(text, language)), language);
        }
        Map<String, EntitySummary> byName = tally.summaries().stream()
                .collect(Collectors.toMap(EntitySummary::name, e -> e, (a, b) -> a));
        assertThat(byName.get("Vladimir Putin").variants()).contains("Poutine");
        assertThat(byName.values()).anySatisfy(e -> assertThat(e.variants()).contains("Volodymyr Zhelensky", "Zelenski"));
        assertThat(byName.values()).anySatisfy(e -> assertThat(e.variants()).contains("Sergey Lavrov", "Sergueï Lavrov"));
        assertThat(byName.get("NATO").variants()).contains("OTAN");
        assertThat(byName.get("Russia").variants()).contains("Russie");
        assertThat(byName.get("White House").variants()).contains("Maison Blanche");
        assertThat(byName).containsKeys("Joe Biden", "Kremlin", "Geneva", "Sochi", "Wilmington", "Crimea");
        assertThat(byName.values()).anySatisfy(e -> assertThat(e.variants()).contains("Antony Blinken"));
        assertThat(byName).doesNotContainKeys("Share", "World", "However", "To");
    }

    @Test
    void seedDescriptionsResolveToPeople() throws IOException {
        List<String> described = EntityEval.seedDescriptions(shared("seeds"));
        assertThat(described).hasSizeGreaterThanOrEqualTo(FLOOR_SEED_DESCRIPTIONS);
        assertThat(described).allSatisfy(d -> assertThat(d).contains("-> PER-"));
    }
}
