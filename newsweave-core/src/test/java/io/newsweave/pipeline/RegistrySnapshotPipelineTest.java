package io.newsweave.pipeline;

import io.newsweave.entity.RegistrySnapshot;
import io.newsweave.model.Mention;
import io.newsweave.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Entity ids come out the same whether a run starts from a fresh snapshot, an old one (a crash before saving) or none. */
class RegistrySnapshotPipelineTest {

    private static String line(int n, String date, String title, String text) {
        return "{\"title\": \"" + title + " " + n + "\", \"maintext\": \"" + text + " Report number " + n + ".\", "
                + "\"date_publish\": \"" + date + "\", \"language\": \"en\"}\n";
    }

    private static final String[] BATCHES = {
        line(1, "2026-03-01", "Talks in Geneva", "U.S. President Joe Biden spoke with Russian President Vladimir Putin in Geneva on Monday. "
                + "The American president said the talks were useful.")
            + line(2, "2026-03-02", "Johnson in Berlin", "Boris Johnson met Angela Merkel in Berlin on Tuesday. Johnson praised Merkel."),
        line(3, "2026-03-03", "Putin answers", "Vladimir Putin answered Joe Biden from Moscow. Putin said sanctions would be a mistake.")
            + line(4, "2026-03-04", "Other Johnson", "Lyndon Johnson was remembered in Texas. Johnson signed the act in Washington."),
        line(6, "2026-03-05", "Merkel again", "Angela Merkel received Boris Johnson in Berlin. Merkel and Johnson spoke of Putin."),
        line(5, "2026-03-05", "New round", "Later, Biden and Putin will meet again. Johnson stayed in Berlin with Merkel. "
                + "Secretary of State Antony Blinken flew to Geneva."),
    };

    /** Ingests the batches one pipeline each (as separate CLI runs); {@code beforeRun} acts on the data directory first. */
    private static Map<String, List<String>> run(Path data, java.util.function.IntConsumer beforeRun) throws IOException {
        for (int b = 0; b < BATCHES.length; b++) {
            beforeRun.accept(b);
            try (Pipeline pipeline = new Pipeline(PipelineConfig.defaults()); Store store = Store.open(data)) {
                pipeline.ingest(store, "batch" + b + ".jsonl", new ByteArrayInputStream(BATCHES[b].getBytes(StandardCharsets.UTF_8)),
                        IngestListener.NONE);
            }
        }
        Map<String, List<String>> ids = new LinkedHashMap<>();
        try (Store store = Store.open(data)) {
            store.forEach(s -> ids.put(s.article().title(), s.article().mentions().stream().map(Mention::entity).toList()));
        }
        return ids;
    }

    @Test
    void freshOldAndMissingSnapshotsGiveTheSameIds(@TempDir Path dir) throws IOException {
        Path kept = dir.resolve("kept");
        Map<String, List<String>> withSnapshots = run(kept, b -> { });
        assertThat(kept.resolve(RegistrySnapshot.FILE)).exists();
        assertThat(withSnapshots).hasSize(6);
        assertThat(withSnapshots.get("New round 5")).contains("PER-joe-biden", "PER-vladimir-putin");

        Path none = dir.resolve("none");
        assertThat(run(none, b -> delete(none.resolve(RegistrySnapshot.FILE)))).isEqualTo(withSnapshots);

        Path old = dir.resolve("old");
        Path saved = dir.resolve("first.snapshot");
        assertThat(run(old, b -> {
            try {
                if (b == 3) { // as if the run before had died after storing, before saving its snapshot
                    Files.copy(saved, old.resolve(RegistrySnapshot.FILE), StandardCopyOption.REPLACE_EXISTING);
                } else if (b == 2) {
                    Files.copy(old.resolve(RegistrySnapshot.FILE), saved);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).isEqualTo(withSnapshots);

        Path corrupt = dir.resolve("corrupt");
        assertThat(run(corrupt, b -> {
            Path f = corrupt.resolve(RegistrySnapshot.FILE);
            try {
                if (Files.exists(f)) {
                    Files.writeString(f, "not a snapshot");
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).isEqualTo(withSnapshots);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
