package io.newsweave.clean;

import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.RawDocument;
import io.newsweave.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference input: page chrome goes, every news paragraph stays. Skips without ../shared. */
class SeedCleaningTest {

    private final Cleaner cleaner = Cleaner.standard();

    private CleanDocument clean(String prefix) throws IOException {
        Path dir = SharedData.require("seeds");
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return cleaner.clean(new RawDocument(Origin.file(file.toString()), RawDocument.Kind.TEXT, text, null));
        }
    }

    @Test
    void headerDateIsReadAndItsCaptionDropped() throws IOException {
        CleanDocument doc = clean("000");
        assertThat(doc.declaredPublished()).isEqualTo("2021-12-06");
        assertThat(doc.publishedProvenance()).isEqualTo(Provenance.HEADER);
        assertThat(doc.body()).doesNotContain("AFPSPUTNIK").doesNotContain("Denis Polypos")
                .doesNotContain("Presidential Press Service")
                .contains("A senior White House official told a news conference Monday")
                .contains("The conflict began after Russia annexed the Crimean peninsula.");
    }

    @Test
    void shareButtonsTagsTeasersAndTweetResidueAreDropped() throws IOException {
        CleanDocument doc = clean("001");
        assertThat(doc.body()).doesNotContain("Share on").doesNotContain("pic.twitter.com")
                .doesNotContain("@annmarie").doesNotContain("0 comment").doesNotContain("To print")
                .doesNotContain("Conflict between Russia and Ukraine: is Moscow really preparing")
                .doesNotContain("Vladimir Poutine")
                .contains("It was a high voltage interview.")
                .contains("would give more support to the Ukrainian army.");
        assertThat(doc.paragraphs()).noneMatch(p -> p.equals("World"));
    }

    @Test
    void callToShareAndEmojiLineAreDroppedAndTheFrenchHeadlineFound() throws IOException {
        CleanDocument doc = clean("004");
        assertThat(doc.title()).isEqualTo("Biden et Poutine s'exprimeront mardi sur la crise en Ukraine");
        assertThat(doc.titleFound()).isTrue();
        assertThat(doc.body()).doesNotContain("N'oubliez pas").doesNotContain("🖥")
                .contains("républiques séparatistes pro-russes de Donetsk et Louhansk.");
    }

    @Test
    void everyNewsParagraphIsKept() throws IOException {
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            CleanDocument doc = clean(prefix);
            assertThat(doc.paragraphs()).as(prefix).hasSizeGreaterThanOrEqualTo(6);
            System.out.println(prefix + " title=" + doc.title() + " paragraphs=" + doc.paragraphs().size() + " dropped=" + doc.dropped());
            for (String dropped : doc.dropped()) {
                assertThat(dropped.length()).as(prefix + " dropped: " + dropped).isLessThan(200);
            }
        }
    }
}
