package io.newsweave.pipeline;

import io.newsweave.model.Rejection;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.ReadModel;
import io.newsweave.story.StoryView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** End to end over our own multilingual fixtures, good and bad. */
class PipelineTest {

    private static final String STORM_EN = """
             date 2026-03-10
            Storm Aurelia floods Lisbon and Porto

            Storm Aurelia brought torrential rain to Portugal on Monday, flooding streets in Lisbon and Porto.

            Portugal's civil protection agency said more than 400 people were evacuated, most of them in Lisbon near the Tagus.

            "We have never seen the water rise this fast," said Helena Duarte, head of civil protection in Lisbon.

            Share on Facebook
            """;

    private static final String STORM_FR_JSON = "{\"title\": \"La tempête Aurelia inonde Lisbonne et Porto\", "
            + "\"maintext\": \"La tempête Aurelia a déversé des pluies torrentielles sur le Portugal lundi, inondant Lisbonne et Porto.\\n\\n"
            + "« Nous n'avons jamais vu l'eau monter aussi vite », a déclaré Helena Duarte, cheffe de la protection civile à Lisbonne.\", "
            + "\"date_publish\": \"2026-03-11 08:00:00\", \"language\": \"fr\", \"source_domain\": \"exemple.invalid\"}";

    private static final String BANK_DE_JSON = "{\"title\": \"EZB lässt Leitzins unverändert\", "
            + "\"text\": \"Die Europäische Zentralbank hat ihren Einlagensatz am Donnerstag in Frankfurt unverändert gelassen.\\n\\n"
            + "EZB-Sprecherin Ingrid Halvorsen sagte, der Rat habe einstimmig entschieden.\", \"date\": \"2026-03-12\", \"lang\": \"de\"}";

    @TempDir
    static Path shared;
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

    private static Path inputs(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("storm-en.txt"), STORM_EN);
        Files.writeString(in.resolve("wire.jsonl"), STORM_FR_JSON + "\n{not json at all\n" + BANK_DE_JSON + "\n");
        Files.write(in.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.writeString(in.resolve("empty.txt"), "");
        return in;
    }

    private record Run(IngestReport report, List<String> ingested, List<Rejection> rejected) {
    }

    private static Run ingest(Path data, List<String> paths, InputStream stdin) throws IOException {
        List<String> ingested = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        try (Store store = Store.open(data)) {
            IngestReport report = pipeline.ingest(store, paths, stdin, new IngestListener() {
                @Override
                public void ingested(StoredArticle article) {
                    ingested.add(article.article().id());
                }

                @Override
                public void rejected(Rejection rejection) {
                    rejected.add(rejection);
                }
            });
            return new Run(report, ingested, rejected);
        }
    }

    @Test
    void goodInputsAreIngestedAndBadOnesQuarantinedWithoutStoppingTheStream(@TempDir Path dir) throws IOException {
        Path in = inputs(dir);
        Run run = ingest(dir.resolve("data"), List.of(in.toString()), InputStream.nullInputStream());
        assertThat(run.ingested()).hasSize(3);
        assertThat(run.report().rejected()).isEqualTo(3);
        assertThat(run.rejected()).extracting(Rejection::message).anySatisfy(m -> assertThat(m).contains("wire.jsonl#2"))
                .anySatisfy(m -> assertThat(m).contains("image.png")).anySatisfy(m -> assertThat(m).contains("empty.txt"));
        try (Store store = Store.open(dir.resolve("data"))) {
            assertThat(store.quarantine().size()).isEqualTo(3);
            ReadModel model = ReadModel.open(store);
            model.refresh();
            List<StoryView> stories = model.stories();
            assertThat(stories.get(0).articles()).hasSize(2);
            assertThat(stories.get(0).languages()).containsEntry("en", 1).containsEntry("fr", 1);
            assertThat(stories).hasSize(2);
        }
    }

    @Test
    void ingestingTheSameInputsTwiceAddsNothing(@TempDir Path dir) throws IOException {
        Path in = inputs(dir);
        ingest(dir.resolve("data"), List.of(in.toString()), InputStream.nullInputStream());
        Run again = ingest(dir.resolve("data"), List.of(in.toString()), InputStream.nullInputStream());
        assertThat(again.ingested()).isEmpty();
        assertThat(again.report().duplicates()).isEqualTo(3);
    }

    @Test
    void theSameArticleFromAnotherFormatIsADuplicate(@TempDir Path dir) throws IOException {
        Path in = inputs(dir);
        ingest(dir.resolve("data"), List.of(in.toString()), InputStream.nullInputStream());
        String asHtml = "<html><head><title>Storm Aurelia floods Lisbon and Porto</title></head><body><article>"
                + "<h1>Storm Aurelia floods Lisbon and Porto</h1>"
                + "<p>Storm Aurelia brought torrential rain to Portugal on Monday, flooding streets in Lisbon and Porto.</p>"
                + "<p>Portugal's civil protection agency said more than 400 people were evacuated, most of them in Lisbon near the Tagus.</p>"
                + "<p>\"We have never seen the water rise this fast,\" said Helena Duarte, head of civil protection in Lisbon.</p>"
                + "</article></body></html>";
        Run run = ingest(dir.resolve("data"), List.of("-"), new ByteArrayInputStream(asHtml.getBytes(StandardCharsets.UTF_8)));
        assertThat(run.ingested()).isEmpty();
        assertThat(run.report().duplicates()).isEqualTo(1);
    }

    @Test
    void emptyInputListIngestsNothing(@TempDir Path dir) throws IOException {
        Run run = ingest(dir.resolve("data"), List.of(), InputStream.nullInputStream());
        assertThat(run.report().documents()).isZero();
        assertThat(run.ingested()).isEmpty();
    }

    @Test
    void everyStageIsTimed(@TempDir Path dir) throws IOException {
        Run run = ingest(dir.resolve("data"), List.of(inputs(dir).toString()), InputStream.nullInputStream());
        assertThat(run.report().stages()).containsKeys(StageTimes.STAGES);
        assertThat(run.report().stages().get("clean")).isPositive();
    }

    @Test
    void everyStageCountsItsThreadCpuAndTheOrderedStepItsBusyTime(@TempDir Path dir) throws IOException {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled(), "no thread CPU time here");
        IngestReport report = ingest(dir.resolve("data"), List.of(inputs(dir).toString()), InputStream.nullInputStream()).report();
        assertThat(report.stageCpu()).containsOnlyKeys(StageTimes.STAGES);
        assertThat(report.stageCpu().get("clean")).isPositive();
        assertThat(report.stageCpu().get("language")).isPositive();
        assertThat(report.stageCpu().get("group")).isPositive();
        Duration placedAndStored = report.stages().get("group").plus(report.stages().get("store"));
        assertThat(report.orderedBusy()).isGreaterThanOrEqualTo(placedAndStored).isLessThanOrEqualTo(report.wall());
        assertThat(report.orderedCpu()).isPositive().isLessThanOrEqualTo(report.orderedBusy().plusMillis(1));
        assertThat(report.orderedBusyShare()).isPositive().isLessThanOrEqualTo(1);
    }

    @Test
    void aNamedStreamGivesItsNameToOriginsAndQuarantineEntries(@TempDir Path dir) throws IOException {
        String lines = STORM_FR_JSON + "\n{not json\n";
        List<String> origins = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        try (Store store = Store.open(dir.resolve("data"))) {
            IngestReport report = pipeline.ingest(store, "api/7.jsonl",
                    new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), new IngestListener() {
                        @Override
                        public void ingested(StoredArticle article) {
                            origins.add(article.article().origin().toString());
                        }

                        @Override
                        public void rejected(Rejection rejection) {
                            rejected.add(rejection);
                        }
                    });
            assertThat(report.ingested()).isEqualTo(1);
            assertThat(origins).containsExactly("api/7.jsonl#1");
            assertThat(rejected).extracting(r -> r.origin().toString()).containsExactly("api/7.jsonl#2");
            assertThat(store.quarantine().size()).isEqualTo(1);
        }
    }
}
