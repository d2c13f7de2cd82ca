package io.newsweave.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsweave.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Read commands read a snapshot while a writer holds the data directory; a second writer exits 2. */
class ReadersBesideAWriterTest {

    @RegisterExtension
    final Console console = new Console();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @TempDir
    Path dir;

    private int run(String... args) {
        return console.run(args);
    }

    @Test
    void storiesStoryEntitiesAndExportReadWhileTheDirectoryIsOpenForWriting() throws IOException {
        String data = dir.resolve("data").toString();
        assertThat(run("demo", "--no-serve", "--data", data)).isZero();
        assertThat(run("export", "--format", "json", "--data", data)).isZero();
        int articles = new ObjectMapper().readTree(out.toByteArray()).path("articles").size();
        try (Store writer = Store.open(Path.of(data))) {
            assertThat(run("stories", "--data", data)).isZero();
            String listed = out.toString(StandardCharsets.UTF_8);
            assertThat(listed).contains("Aurelia");
            String story = listed.lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
            assertThat(run("story", story, "--data", data)).isZero();
            assertThat(run("entities", "--data", data)).isZero();
            assertThat(run("export", "--format", "jsonl", "--data", data)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("\"type\":\"article\"")).count())
                    .isEqualTo(articles);

            Path text = Files.writeString(dir.resolve("late.txt"), "Velmora harbour reopened on Friday after the strike, "
                    + "the port authority said. Ferries resumed their routes to the islands.");
            assertThat(run("ingest", "--data", data, text.toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("is being written by another newsweave process");
        }
    }

    @Test
    void aFailedExportLeavesNoTemporaryFileAndAStaleOneIsCleanedUp() throws IOException {
        Path target = dir.resolve("out.json");
        Path stale = dir.resolve(".out.json.999999999.tmp");
        Files.writeString(stale, "{\"partial\":");
        ExportCommand.writeReplacing(target, o -> o.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("{}");
        assertThat(stale).doesNotExist();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportCommand.writeReplacing(target, o -> {
            o.write("{\"half\":".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("{}");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.json");
        }
    }
}
