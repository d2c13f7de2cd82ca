package io.newsweave.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.export.Exporter;
import io.newsweave.lineage.LineageGraph;
import io.newsweave.lineage.LineageLink;
import io.newsweave.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Copies, sightings and translations found at ingest and exported, on articles we wrote. */
class LineageIngestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String STRIKE = io.newsweave.testing.OwnArticles.STRIKE;

    /** The same report in French, as a translator would write it. */
    static final String STRIKE_FR = """
            Les dockers de Gdańsk ont cessé le travail lundi après l'échec, tard dimanche soir, des négociations \
            salariales, laissant plus de quarante porte-conteneurs en attente au mouillage dans la baie.

            Le syndicat a indiqué que ses 2 300 adhérents resteraient en grève jusqu'à ce que l'autorité portuaire \
            revienne à la table avec une offre à la hauteur de l'inflation, qui a atteint 6,4 % le mois dernier.

            « Nous attendons une proposition sérieuse depuis onze mois et nous n'avons reçu que des retards », a \
            déclaré Marta Zielińska, qui dirige le syndicat des dockers du terminal à conteneurs.

            L'autorité portuaire a estimé que la grève était illégale, faute du préavis de sept jours prévu par \
            le contrat, et qu'elle demanderait à un tribunal de Gdańsk d'ordonner la reprise du travail.

            Les compagnies maritimes ont commencé lundi après-midi à dérouter leurs navires vers Gdynia et \
            Szczecin. Les négociants craignent une forte baisse des exportations de céréales si l'arrêt se \
            prolonge la semaine prochaine, au début des expéditions de la récolte.""";

    /** Another report of the same strike, written apart. */
    static final String STRIKE_OTHER = """
            Container traffic at Poland's largest Baltic terminal came to a standstill as dockers began an \
            open-ended strike, the second stoppage at the port in three years.

            Marta Zielińska, the union leader, told a rally outside the terminal gates that management had \
            ignored the workers for most of a year. The port authority called the action illegal and said \
            it was preparing a complaint to the courts.

            Analysts at a Warsaw brokerage estimated the cost to exporters at several million złoty a day. \
            Some ships were already heading for Gdynia, about twenty kilometres away, where the terminal \
            operator said it could take a limited number of extra vessels.""";

    static final String COOKIE_WALL = """
            We use cookies and similar technologies to remember your settings, to measure how our pages are used \
            and to show you offers that may interest you. You can accept all cookies or choose which ones we may \
            use in your privacy settings at any time.""";

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(new PipelineConfig(PipelineConfig.defaults().ingest(), PipelineConfig.defaults().language(),
                PipelineConfig.defaults().grouping(), 2, 512));
    }

    @AfterAll
    static void unload() {
        pipeline.close();
    }

    private static String line(String url, String source, String day, String language, String text) throws IOException {
        ObjectNode node = JSON.createObjectNode().put("url", url).put("source", source).put("published", day)
                .put("language", language).put("maintext", text);
        return JSON.writeValueAsString(node);
    }

    private static Path input(Path dir) throws IOException {
        String clutter = "Advertisement\n\n" + STRIKE.replace("more than forty", "over forty").replace("late on Sunday night", "on Sunday")
                + "\n\nShare this article on social media\n\nSubscribe to our daily newsletter";
        String half = STRIKE.substring(0, STRIKE.indexOf("The port authority said"));
        String lines = String.join("\n",
                line("https://wire.example/strike", "wire.example", "2026-03-02", "en", STRIKE),
                line("https://daily.example/news/strike", "daily.example", "2026-03-03", "en", STRIKE),
                line("https://portal.example/a/1", "portal.example", "2026-03-03", "en", clutter),
                line("https://brief.example/s", "brief.example", "2026-03-04", "en", half),
                line("https://baltic.example/ports", "baltic.example", "2026-03-02", "en", STRIKE_OTHER),
                line("https://journal.example/greve", "journal.example", "2026-03-03", "fr", STRIKE_FR),
                line("https://a.example/1", "a.example", "2026-03-02", "en", "Port strike goes on."),
                line("https://b.example/1", "b.example", "2026-03-02", "en", "Port strike goes on."),
                line("https://site.example/x/1", "site.example", "2026-03-02", "en", COOKIE_WALL),
                line("https://site.example/x/2", "site.example", "2026-03-02", "en", COOKIE_WALL + " Thank you."));
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, lines + "\n");
        return file;
    }

    private static void ingest(Path data, Path input) throws IOException {
        try (Store store = Store.open(data)) {
            pipeline.ingest(store, List.of(input.toString()), InputStream.nullInputStream(), new IngestListener() {
            });
        }
    }

    private static Map<String, JsonNode> exported(Path data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store store = Store.open(data)) {
            Exporter.write(store, Exporter.Format.JSON, out);
        }
        Map<String, JsonNode> byUrl = new HashMap<>();
        for (JsonNode a : JSON.readTree(out.toString(StandardCharsets.UTF_8)).path("articles")) {
            byUrl.put(a.path("url").asText(), a);
        }
        return byUrl;
    }

    @Test
    void copiesSightingsAndTranslationsAreExportedAsLineage(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        ingest(data, input(dir));
        Map<String, JsonNode> a = exported(data);
        String wire = a.get("https://wire.example/strike").path("id").asText();
        JsonNode original = a.get("https://wire.example/strike").path("lineage");
        assertThat(original.has("copy_of")).isFalse();
        assertThat(original.path("copies").findValuesAsText("url")).as("by day")
                .containsExactlyInAnyOrder("https://daily.example/news/strike", "https://portal.example/a/1", "https://brief.example/s")
                .endsWith("https://brief.example/s");
        for (JsonNode copy : original.path("copies")) {
            assertThat(copy.has("article")).as("an exact copy has no article of its own: " + copy)
                    .isEqualTo(!copy.path("url").asText().contains("daily.example"));
        }
        assertThat(a.get("https://portal.example/a/1").path("lineage").path("copy_of").asText()).isEqualTo(wire);
        JsonNode cut = a.get("https://brief.example/s").path("lineage");
        assertThat(cut.path("copy_of").asText()).isEqualTo(wire);
        assertThat(cut.path("reused_share").asDouble()).isGreaterThan(0.8);
        assertThat(a.get("https://journal.example/greve").path("lineage").path("translation_of").asText()).isEqualTo(wire);
        assertThat(original.path("translations").findValuesAsText("")).isEmpty();
        assertThat(original.path("translations").get(0).asText()).isEqualTo(a.get("https://journal.example/greve").path("id").asText());
        assertThat(a.get("https://baltic.example/ports").has("lineage")).as("another report of the same strike").isFalse();
        assertThat(a.get("https://a.example/1").has("lineage")).as("a line alike by chance").isFalse();
        assertThat(a).doesNotContainKey("https://b.example/1");
        assertThat(a.get("https://site.example/x/1").has("lineage")).as("one outlet's template").isFalse();
        assertThat(a.get("https://site.example/x/2").has("lineage")).isFalse();
    }

    @Test
    void ingestingTheSameInputAgainAddsNoLinkAndLinksSurviveARestart(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        Path in = input(dir);
        ingest(data, in);
        List<LineageLink> first;
        try (Store store = Store.open(data)) {
            first = store.links();
        }
        assertThat(first).extracting(LineageLink::kind).contains(LineageLink.Kind.SIGHTING, LineageLink.Kind.COPY,
                LineageLink.Kind.TRANSLATION);
        ingest(data, in);
        try (Store store = Store.open(data); Store view = Store.openReadOnly(data)) {
            assertThat(store.links()).isEqualTo(first);
            assertThat(view.links()).isEqualTo(first);
            LineageGraph graph = store.lineage();
            String wire = store.links().stream().filter(l -> l.kind() == LineageLink.Kind.SIGHTING).findFirst().orElseThrow().of().id();
            assertThat(graph.of(wire).copies()).hasSize(3);
            assertThat(graph.of(wire).languages()).containsExactly("fr");
        }
    }

    @Test
    void aLaterRunFindsWhatAnEarlierOneStored(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        Path first = dir.resolve("first.jsonl");
        Files.writeString(first, line("https://wire.example/strike", "wire.example", "2026-03-02", "en", STRIKE) + "\n"
                + line("https://baltic.example/ports", "baltic.example", "2026-03-02", "en", STRIKE_OTHER) + "\n");
        ingest(data, first);
        // a new pipeline run: its window is filled from the index, text and anchor bands alike
        Path second = dir.resolve("second.jsonl");
        Files.writeString(second, line("https://portal.example/a/1", "portal.example", "2026-03-03", "en",
                "Advertisement\n\n" + STRIKE + "\n\nSubscribe to our daily newsletter") + "\n"
                + line("https://journal.example/greve", "journal.example", "2026-03-03", "fr", STRIKE_FR) + "\n");
        ingest(data, second);
        Map<String, JsonNode> a = exported(data);
        String wire = a.get("https://wire.example/strike").path("id").asText();
        assertThat(a.get("https://portal.example/a/1").path("lineage").path("copy_of").asText()).isEqualTo(wire);
        assertThat(a.get("https://journal.example/greve").path("lineage").path("translation_of").asText()).isEqualTo(wire);
        assertThat(a.get("https://baltic.example/ports").has("lineage")).isFalse();
    }
}
