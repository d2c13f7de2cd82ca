package io.newsweave.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line contract of DESIGN.md: verbs, exit codes, export shape. */
class CliTest {

    @RegisterExtension
    final Console console = new Console();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @TempDir
    Path dir;

    private int run(String... args) {
        return console.run(args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void demoIngestsTheBundledCorpusAndListsItsStories() {
        assertThat(run("demo", "--no-serve", "--data", data())).isZero();
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(stdout).contains("STORY").contains("Aurelia");
        assertThat(run("stories", "--data", data())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Aurelia");
    }

    @Test
    void exportJsonHasTheContractFieldsAndValidOffsets() throws IOException {
        assertThat(run("demo", "--no-serve", "--data", data())).isZero();
        assertThat(run("export", "--format", "json", "--data", data())).isZero();
        JsonNode export = new ObjectMapper().readTree(out.toByteArray());
        assertThat(export.path("articles").size()).isGreaterThanOrEqualTo(10);
        for (JsonNode a : export.path("articles")) {
            for (String field : new String[] {"id", "origin", "url", "source", "title", "language", "published",
                    "published_provenance", "text", "mentions", "timexes"}) {
                assertThat(a.has(field)).as(field).isTrue();
            }
            String text = a.path("text").asText();
            for (JsonNode t : a.path("timexes")) {
                assertThat(text.substring(t.path("start").asInt(), t.path("end").asInt())).isEqualTo(t.path("text").asText());
            }
        }
        JsonNode story = export.path("stories").get(0);
        for (String field : new String[] {"id", "title", "articles", "languages", "events", "timeline", "entities", "quotes", "summary"}) {
            assertThat(story.has(field)).as(field).isTrue();
        }
        for (JsonNode s : export.path("stories")) {
            java.util.List<String> inEvents = new java.util.ArrayList<>();
            for (JsonNode e : s.path("events")) {
                assertThat(e.path("id").asText()).isNotEmpty();
                assertThat(e.has("date") && e.has("title")).isTrue();
                e.path("articles").forEach(id -> inEvents.add(id.asText()));
            }
            java.util.List<String> inStory = new java.util.ArrayList<>();
            s.path("articles").forEach(id -> inStory.add(id.asText()));
            assertThat(inEvents).as("every article of a story is in exactly one of its events").containsExactlyInAnyOrderElementsOf(inStory);
        }
    }

    @Test
    void storyShowsItsEventsWithTheirArticles() throws IOException {
        assertThat(run("demo", "--no-serve", "--data", data())).isZero();
        assertThat(run("export", "--format", "json", "--data", data())).isZero();
        JsonNode story = new ObjectMapper().readTree(out.toByteArray()).path("stories").get(0);
        assertThat(run("story", story.path("id").asText(), "--data", data())).isZero();
        String shown = out.toString(StandardCharsets.UTF_8);
        for (JsonNode e : story.path("events")) {
            assertThat(shown).contains("event " + e.path("id").asText());
        }
        assertThat(run("stories", "--data", data())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("EVENTS");
    }

    @Test
    void storiesCarryATraceableTimelineSummaryQuotesAndCoverage() throws IOException {
        assertThat(run("demo", "--no-serve", "--data", data())).isZero();
        assertThat(run("export", "--format", "json", "--data", data())).isZero();
        JsonNode export = new ObjectMapper().readTree(out.toByteArray());
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        export.path("articles").forEach(a -> texts.put(a.path("id").asText(), a.path("text").asText()));
        JsonNode storm = null;
        for (JsonNode s : export.path("stories")) {
            if (s.path("title").asText().contains("Aurelia")) {
                storm = s;
            }
        }
        assertThat(storm).as("the storm story").isNotNull();
        assertThat(storm.path("timeline").size()).isGreaterThanOrEqualTo(2);
        String previous = "";
        for (JsonNode entry : storm.path("timeline")) {
            assertThat(entry.path("kind").asText()).isIn("current", "scheduled", "background");
            if (!entry.path("kind").asText().equals("background")) {
                assertThat(entry.path("date").asText()).isGreaterThanOrEqualTo(previous);
                previous = entry.path("date").asText();
            }
            for (JsonNode src : entry.path("sources")) {
                String text = texts.get(src.path("article").asText());
                assertThat(text.substring(src.path("start").asInt(), src.path("end").asInt())).isEqualTo(src.path("sentence").asText());
            }
        }
        assertThat(storm.path("summary").size()).isBetween(3, 5);
        boolean duarte = false;
        for (JsonNode q : storm.path("quotes")) {
            String text = texts.get(q.path("article").asText());
            assertThat(text.substring(q.path("start").asInt(), q.path("end").asInt())).isEqualTo(q.path("text").asText());
            duarte |= q.path("speaker_name").asText().equals("Helena Duarte") && q.path("speaker").asText().startsWith("PER-");
        }
        assertThat(duarte).as("a quote of Helena Duarte resolved to her entity").isTrue();
        assertThat(storm.path("coverage").path("languages").size()).isEqualTo(storm.path("languages").size());
        assertThat(storm.path("coverage").path("first_reporter").path("article").asText()).isIn(texts.keySet());

        assertThat(run("story", storm.path("id").asText(), "--data", data())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Summary").contains("Timeline").contains("Quotes")
                .contains("Helena Duarte").contains("first reporter");
    }

    @Test
    void exportJsonLinesGivesOneObjectPerLine() throws IOException {
        assertThat(run("demo", "--no-serve", "--data", data())).isZero();
        assertThat(run("export", "--format", "jsonl", "--data", data())).isZero();
        ObjectMapper mapper = new ObjectMapper();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines.length).isGreaterThan(10);
        for (String line : lines) {
            assertThat(mapper.readTree(line).path("type").asText()).isIn("article", "story");
        }
    }

    @Test
    void ingestExitsOneWhenSomethingWasRejectedAndStillIngestsTheRest() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Rail strike halts trains\n\nA rail strike halted most trains across the country on Wednesday.\n");
        Files.write(in.resolve("junk.bin"), new byte[] {0, 1, 2, 3, 0, 0, 0, 7, 8, 9, 0, 0});
        assertThat(run("ingest", "--list", "--data", data(), in.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ingested\t").contains("good.txt");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rejected: ").contains("junk.bin");
        assertThat(run("ingest", "--data", data(), in.resolve("good.txt").toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("0 new articles, 1 duplicates");
    }

    @Test
    void ingestSummaryGivesEveryStagesCpuPerDocumentAndTheOrderedStepsBusyShare() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Rail strike halts trains\n\nA rail strike halted most trains across the country on Wednesday.\n");
        assertThat(run("ingest", "--data", data(), in.toString())).isZero();
        String line = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("cpu per stage")).findFirst().orElseThrow();
        assertThat(line).startsWith("cpu per stage (thread CPU, ms per document): read ")
                .containsPattern(" clean \\d+\\.\\d{3} language \\d+\\.\\d{3} words ")
                .containsPattern("; ordered step busy \\d+% of the wall time \\(CPU \\d+%\\)$");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("time per stage (summed over threads): read ");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("ingest")).isEqualTo(2);
        assertThat(run("export", "--format", "xml")).isEqualTo(2);
        assertThat(run("no-such-verb")).isEqualTo(2);
        assertThat(run("ingest", "--data", data(), "--encoder-model", dir.resolve("missing.onnx").toString(), dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.onnx");
        assertThat(run("ingest", "--data", data(), "--encoder-model", dir.resolve("m.onnx").toString(),
                "--encoder-languages", "english", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("encoder.languages");
    }

    @Test
    void anEncoderModelWithoutTheEncoderJarSaysHowToAddIt() throws IOException {
        Path model = Files.writeString(dir.resolve("model.onnx"), "model");
        Files.writeString(dir.resolve("tokenizer.json"), "{}");
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "A short article about nothing in particular.\n");
        assertThat(run("ingest", "--data", data(), "--encoder-model", model.toString(), input.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("encoder.model is set").contains("newsweave-encoder.jar").contains("-pl newsweave-encoder");
    }

    @Test
    void storyShowsSeveralStoriesInOneCallAndReportsTheUnknownOnes() throws IOException {
        assertThat(run("demo", "--no-serve", "--data", data())).isZero();
        assertThat(run("export", "--format", "json", "--data", data())).isZero();
        JsonNode stories = new ObjectMapper().readTree(out.toByteArray()).path("stories");
        String first = stories.get(0).path("id").asText();
        String second = stories.get(1).path("id").asText();
        assertThat(run("story", first, second, "--data", data())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("story " + first + " · ").contains("story " + second + " · ");
        assertThat(run("story", first, "nope", "--data", data())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("story " + first + " · ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no story with id nope");
    }

    @Test
    void anUnknownStoryIsReported() {
        assertThat(run("story", "nope", "--data", data())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no story with id nope");
    }
}
