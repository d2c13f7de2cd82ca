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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality gate of the entity stage (docs/QUALITY.md, entities): mention F1 and ORG precision on
 * CoNLL-2002 (es, nl) and SlavicNER, SlavicNER identity, our own cross-language pair set, the seeds'
 * acceptance list and the seeds' resolved descriptions. Floors sit a little under the measured figures and only move up. Dataset tests skip when
 * ../shared is absent; the pair set is ours and always runs.
 */
class EntityQualityGateTest {

    static final double FLOOR_F1_ES = 0.54;     // measured 0.558 (0.411 before the files were read as UTF-8)
    static final double FLOOR_F1_NL = 0.49;     // measured 0.503
    static final double FLOOR_F1_SLAVIC = 0.58; // measured 0.594
    static final double FLOOR_ORG_PRECISION_ES = 0.48; // measured 0.499
    static final double FLOOR_ORG_PRECISION_NL = 0.35; // measured 0.368
    static final double FLOOR_ORG_PRECISION_SLAVIC = 0.40; // measured 0.410
    static final int FLOOR_SEED_DESCRIPTIONS = 4; // measured 5
    static final double FLOOR_ID_PRECISION = 0.99; // measured 0.998
    static final double FLOOR_ID_RECALL = 0.53;    // measured 0.556
    static final double FLOOR_PAIRS_PRECISION = 0.99; // measured 0.997
    static final double FLOOR_PAIRS_RECALL = 0.76;    // measured 0.778

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

    @Test
    void mentionF1OnCoNLL2002StaysAboveItsFloors() throws IOException {
        Path dir = shared("datasets/ner-conll2002-dev");
        EntityEval.Scores es = EntityEval.conll(dir.resolve("esp.testa"), "es", 20);
        EntityEval.Scores nl = EntityEval.conll(dir.resolve("ned.testa"), "nl", 0);
        assertThat(es.cell("es", "ALL").f1()).isGreaterThanOrEqualTo(FLOOR_F1_ES);
        assertThat(nl.cell("nl", "ALL").f1()).isGreaterThanOrEqualTo(FLOOR_F1_NL);
        assertThat(es.cell("es", "ORG").precision()).as("es ORG precision").isGreaterThanOrEqualTo(FLOOR_ORG_PRECISION_ES);
        assertThat(nl.cell("nl", "ORG").precision()).as("nl ORG precision").isGreaterThanOrEqualTo(FLOOR_ORG_PRECISION_NL);
    }

    @Test
    void mentionF1AndIdentityOnSlavicNerStayAboveTheirFloors() throws IOException {
        EntityEval.Scores scores = EntityEval.slavic(shared("datasets/entities-slavicner-dev"), 1);
        assertThat(scores.cell("all", "ALL").tp + scores.cell("all", "ALL").fn).isGreaterThan(50_000);
        assertThat(scores.cell("all", "ALL").f1()).isGreaterThanOrEqualTo(FLOOR_F1_SLAVIC);
        assertThat(scores.cell("all", "ORG").precision()).as("ORG precision").isGreaterThanOrEqualTo(FLOOR_ORG_PRECISION_SLAVIC);
        double[] identity = scores.identity();
        assertThat(identity[0]).as("identity precision").isGreaterThanOrEqualTo(FLOOR_ID_PRECISION);
        assertThat(identity[1]).as("identity recall").isGreaterThanOrEqualTo(FLOOR_ID_RECALL);
    }

    @Test
    void ownCrossLanguagePairsMergeWithHighPrecisionAndRecall() throws IOException {
        List<EntityPairsEval.Pair> pairs = EntityPairsEval.pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(200);
        assertThat(pairs.stream().filter(p -> !p.same())).hasSizeGreaterThanOrEqualTo(40);
        assertThat(pairs.stream().flatMap(p -> Stream.of(p.langA(), p.langB())).distinct()).hasSizeGreaterThanOrEqualTo(5);
        double[] s = EntityPairsEval.score(pairs);
        assertThat(s[0]).as("merge precision").isGreaterThanOrEqualTo(FLOOR_PAIRS_PRECISION);
        assertThat(s[1]).as("merge recall").isGreaterThanOrEqualTo(FLOOR_PAIRS_RECALL);
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
