package io.newsweave.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@link DatasetArticles} finds the texts of every data set and writes them as ingestible inputs. Skips without ../shared. */
class DatasetArticlesTest {

    @Test
    void everyDataSetHasItsTextsAndTheKnownCounts() throws IOException {
        Path root = DatasetArticles.locate();
        assumeTrue(root != null, "../shared/datasets absent; skipping");
        var sets = DatasetArticles.all(root);
        assertThat(sets).extracting(DatasetArticles.Dataset::name).containsExactlyElementsOf(DatasetArticles.NAMES);
        for (var d : sets) {
            System.out.println(d.name() + ": " + d.size() + " texts (" + d.files().size() + " files, " + d.records().size() + " derived)");
            assertThat(d.size()).as(d.name()).isPositive();
            assertThat(d.records()).as(d.name()).allSatisfy(r -> assertThat(r.text()).isNotBlank());
        }
        assertThat(sets.get(0).size()).as("extraction pages").isEqualTo(450);
        assertThat(sets.get(1).size()).as("SlavicNER raw texts").isEqualTo(3412);
        assertThat(sets.get(2).size()).as("PolNeAR texts").isEqualTo(924);
        assertThat(sets.get(5).size()).as("TimeML documents").isEqualTo(256);
    }

    @Test
    void writeCopiesFilesUnderTheirPathAndOneJsonLineARecord(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("set"));
        Path page = Files.createDirectories(root.resolve("a/b")).resolve("p.txt");
        Files.writeString(page, "A title\n\nSome words of ours.");
        var set = new DatasetArticles.Dataset("mine", root, java.util.List.of(page), java.util.List.of(
                new DatasetArticles.Record("x.jsonl", "one", null, "Text \"one\".", "2024-05-01", "en"),
                new DatasetArticles.Record("x.jsonl", "two", "Two", "Text two.", null, null)));
        Path out = set.write(dir.resolve("out"));
        assertThat(out.resolve("a/b/p.txt")).hasContent("A title\n\nSome words of ours.");
        try (Stream<String> lines = Files.lines(out.resolve("x.jsonl"))) {
            assertThat(lines.toList()).containsExactly(
                    "{\"maintext\":\"Text \\\"one\\\".\",\"date_publish\":\"2024-05-01\",\"language\":\"en\"}",
                    "{\"title\":\"Two\",\"maintext\":\"Text two.\"}");
        }
    }
}
