package io.newsweave.pipeline.runner;

import io.newsweave.entity.EntityRegistry;
import io.newsweave.ingest.DocumentSink;
import io.newsweave.ingest.Inputs;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import io.newsweave.pipeline.Analysis;
import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.Outcome;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.pipeline.Placement;
import io.newsweave.pipeline.Progress;
import io.newsweave.pipeline.Recipe;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another runner than {@link Pipeline}, written against the public faces of the recipe only (this
 * test sits in another package): it ships the {@link Recipe} and every {@link Outcome} through Java
 * serialization, as a runner across machines would, and stores exactly what the local runner stores.
 */
class SerializedRecipeTest {

    @TempDir
    Path dir;

    /** Dated and undated articles on a few topics, a copy, and inputs that are not articles; our own words. */
    private Path input() throws IOException {
        List<String> lines = new ArrayList<>();
        String[] people = {"Helena Duarte", "Marek Kowalczyk", "Chiara Bellini"};
        String[] places = {"Lisbon", "Gdansk", "Turin"};
        for (int i = 0; i < 30; i++) {
            String person = people[i % 3];
            String place = places[i % 3];
            String date = i % 4 == 3 ? "" : ", \"date_publish\": \"2026-03-" + String.format("%02d", 2 + i % 9) + "\"";
            lines.add("{\"title\": \"" + place + " harbour strike, day " + i + "\", \"maintext\": \"" + person
                    + " said in " + place + " on Tuesday that the harbour strike would end next week. \\\"We will not give up,\\\" "
                    + person + " told reporters. About " + (100 + i) + " workers joined the strike in " + place + ".\"" + date
                    + ", \"language\": \"en\"}");
        }
        lines.add(lines.get(4)); // a copy
        lines.add("{\"title\": \"only a title\"}");
        lines.add("{not json at all");
        lines.add("{\"title\": \"hex\", \"maintext\": \"" + "0f3a9b7c2d4e ".repeat(40) + "\"}");
        return Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static <T> T deserialize(byte[] bytes, Class<T> type) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return type.cast(in.readObject());
        }
    }

    private static List<StoredArticle> stored(Store store) throws IOException {
        List<StoredArticle> out = new ArrayList<>();
        store.forEach(out::add);
        return out;
    }

    @Test
    void aRecipeShippedAsBytesStoresWhatTheLocalRunnerStores() throws Exception {
        Path input = input();
        PipelineConfig config = PipelineConfig.defaults();
        List<StoredArticle> local;
        try (Pipeline pipeline = new Pipeline(config); Store store = Store.open(dir.resolve("local"))) {
            pipeline.ingest(store, List.of(input.toString()), InputStream.nullInputStream(), IngestListener.NONE);
            local = stored(store);
        }

        Recipe shipped = deserialize(serialize(new Recipe(config)), Recipe.class);
        assertThat(shipped.config()).isEqualTo(config);
        List<Outcome> outcomes = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (Recipe.Stages stages = shipped.open(); Store store = Store.open(dir.resolve("remote"))) {
            Analysis analysis = stages.analysis();
            new Inputs(config.ingest().withDataDirectory(store.dir())).read(input.toString(), new DocumentSink() {
                @Override
                public void accept(RawDocument document) {
                    outcomes.add(analysis.analyze(document, store::contains));
                }

                @Override
                public void reject(Rejection rejection) {
                    outcomes.add(new Outcome.Rejected(rejection));
                }
            });
            Placement placement = stages.placement(store, new EntityRegistry(), new IngestListener() {
                @Override
                public void rejected(Rejection rejection) {
                    rejections.add(rejection);
                }
            }, new Progress());
            for (Outcome outcome : outcomes) {
                placement.accept(deserialize(serialize(outcome), Outcome.class));
            }
            placement.finish();
            List<StoredArticle> remote = stored(store);
            assertThat(remote).hasSize(30).isEqualTo(local);
        }
        assertThat(outcomes).hasSize(34);
        assertThat(outcomes.stream().filter(o -> o instanceof Outcome.Fresh)).hasSize(31);
        assertThat(rejections).hasSize(3).allSatisfy(r -> assertThat(r.origin().path()).endsWith("in.jsonl"));
    }
}
