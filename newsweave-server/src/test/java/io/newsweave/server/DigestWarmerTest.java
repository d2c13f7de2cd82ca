package io.newsweave.server;

import io.newsweave.store.Store;
import io.newsweave.story.StoryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The largest stories' views are built before anyone asks, and again when they change. */
class DigestWarmerTest {

    @TempDir
    Path dir;

    private static boolean warmedWithin(StoryDetailsCache cache, Catalog catalog, String id, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            StoryView story = catalog.current().byId().get(id);
            if (story != null && cache.holds(story, null)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Test
    void aLargeStoryIsWarmedAtStartAndAfterItGrowsASmallOneIsNot() throws Exception {
        try (Store store = Store.open(dir)) {
            LongStory.write(store, "sbig", "abig", 120, 1);
            LongStory.write(store, "ssmall", "asml", 10, 2);
            Catalog catalog = new Catalog(store);
            catalog.refresh();
            StoryDetailsCache cache = new StoryDetailsCache(catalog.model());
            try (DigestWarmer warmer = new DigestWarmer(catalog, cache)) {
                assertThat(cache.holds(catalog.current().byId().get("sbig"), null)).isFalse();
                warmer.request();
                assertThat(warmedWithin(cache, catalog, "sbig", 30_000)).isTrue();
                assertThat(cache.holds(catalog.current().byId().get("ssmall"), null)).isFalse();

                LongStory.write(store, "sbig", "abgr", 5, 3);
                store.sync();
                catalog.refresh();
                assertThat(cache.holds(catalog.current().byId().get("sbig"), null)).isFalse();
                warmer.request();
                assertThat(warmedWithin(cache, catalog, "sbig", 30_000)).isTrue();
            }
        }
    }
}
