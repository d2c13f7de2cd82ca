package io.newsweave.pipeline;

import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clustering depends only on the input and its order: one ingest on one thread and the same
 * input split over several ingests on several threads, syncing at other intervals, give the same
 * stories and events with the same ids.
 */
class BatchIndependenceTest {

    private static final String[] PEOPLE = {"Helena Duarte", "Ingrid Halvorsen", "Marek Kowalczyk", "Ana Ribeiro", "Tomas Lindqvist",
        "Chiara Bellini", "Jonas Weber", "Sofia Marques"};
    private static final String[] PLACES = {"Lisbon", "Porto", "Frankfurt", "Gdansk", "Uppsala", "Turin", "Bremen", "Coimbra"};
    private static final String[] THEMES = {"floods", "harbour strike", "bank rates", "rail tender", "grain prices", "wildfires"};

    @TempDir
    Path dir;

    /** Articles on a few topics, several per topic, some days apart, in our own words. */
    private static List<String> corpus() {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            int topic = random.nextInt(24);
            String person = PEOPLE[topic % PEOPLE.length];
            String place = PLACES[(topic * 3) % PLACES.length];
            String theme = THEMES[topic % THEMES.length];
            int day = 1 + (topic % 12) * 2 + random.nextInt(4);
            String text = person + " spoke in " + place + " about the " + theme + " on Tuesday. Officials in " + place
                    + " said " + (100 + random.nextInt(900)) + " people were affected by the " + theme + ". " + person
                    + " promised help for " + place + ", report " + i + ".";
            lines.add("{\"title\": \"" + place + ": " + theme + " " + i + "\", \"maintext\": \"" + text
                    + "\", \"date_publish\": \"2026-03-" + String.format("%02d", day) + "\", \"language\": \"en\"}");
        }
        return lines;
    }

    private List<String> placements(List<List<String>> batches, int threads, int syncEvery, String name) throws IOException {
        PipelineConfig d = PipelineConfig.defaults();
        PipelineConfig config = new PipelineConfig(d.ingest(), d.language(), d.grouping(), threads, syncEvery);
        Path data = dir.resolve(name);
        List<String> out = new ArrayList<>();
        try (Pipeline pipeline = new Pipeline(config); Store store = Store.open(data)) {
            for (int b = 0; b < batches.size(); b++) {
                Path input = dir.resolve(name + "-" + b + ".jsonl");
                Files.write(input, batches.get(b), StandardCharsets.UTF_8);
                pipeline.ingest(store, List.of(input.toString()), InputStream.nullInputStream(), IngestListener.NONE);
            }
            store.forEach((StoredArticle s) -> out.add(s.article().id() + " " + s.story() + " " + s.event()));
        }
        return out;
    }

    @Test
    void storiesAndEventsDoNotDependOnThreadsOrBatches() throws IOException {
        List<String> all = corpus();
        List<String> once = placements(List.of(all), 1, 512, "once");
        List<String> split = placements(List.of(all.subList(0, 70), all.subList(70, 71), all.subList(71, 240)), 3, 7, "split");
        assertThat(split).isEqualTo(once);
        assertThat(once).hasSize(240);
        assertThat(once.stream().map(l -> l.split(" ")[2]).distinct().count()).as("events").isGreaterThan(1);
    }
}
