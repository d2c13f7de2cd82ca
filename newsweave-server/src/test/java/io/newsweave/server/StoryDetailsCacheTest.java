package io.newsweave.server;

import io.newsweave.store.Store;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.StoryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A story's digest is built once per version of the story, from a sample, and agrees with the export's details. */
class StoryDetailsCacheTest {

    @Test
    void aDigestIsReusedUntilTheStoryGainsAnArticle(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            LongStory.write(store, "sbig", "abig", 250, 3);
            Catalog catalog = new Catalog(store);
            StoryDetailsCache cache = new StoryDetailsCache(catalog.model());
            StoryView v = catalog.current().byId().get("sbig");
            StoryDigest digest = cache.of(v, null);
            assertThat(cache.of(v, null)).isSameAs(digest);
            assertThat(cache.of(v, "fr")).isNotSameAs(digest);
            assertThat(cache.of(v, "fi")).as("no article in Finnish: the story's own digest").isSameAs(digest);
            assertThat(digest.read()).isEqualTo(200);
            assertThat(digest.chronological()).hasSize(250).doesNotHaveDuplicates();
            assertThat(digest.details()).isEqualTo(new StoryDetails.Builder().build(store.story("sbig").stream().map(s -> s.article()).toList(), null));

            store.add(LongStory.article("abig", 250, LocalDate.of(2025, 1, 1), new Random(1)), "sbig", List.of());
            store.index().refresh();
            StoryView grown = catalog.current().byId().get("sbig");
            StoryDigest next = cache.of(grown, null);
            assertThat(next).isNotSameAs(digest);
            assertThat(next.chronological()).hasSize(251).startsWith("abig000250");
            assertThat(next.details().coverage().articles()).isEqualTo(251);
        }
    }

    @Test
    void aDigestOfAnEmptyOrUnknownStoryIsEmpty(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            StoryDigest digest = new StoryDetailsCache(io.newsweave.story.ReadModel.open(store)).of(new StoryView("snone", "", List.of(), java.util.Map.of(), java.util.Map.of(),
                    null, null), null);
            assertThat(digest.chronological()).isEmpty();
            assertThat(digest.details().timeline()).isEmpty();
            assertThat(digest.dated()).isEmpty();
        }
    }
}
