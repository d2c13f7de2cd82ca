package io.newsweave.cli;

import io.newsweave.store.Store;
import io.newsweave.story.ReadModel;
import io.newsweave.story.StoryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsweave stories}: one line per story, largest first. */
@Command(name = "stories", description = "List the stories, largest first.")
final class StoriesCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--limit", description = "Show at most this many stories (default: ${DEFAULT-VALUE}).", defaultValue = "50")
    int limit;

    @Override
    public Integer call() throws Exception {
        try (Store store = data.openReadOnly()) {
            ReadModel model = ReadModel.open(store);
            model.refresh();
            print(model.stories(Math.max(0, limit)), model.storyCount(), limit, System.out);
            return 0;
        }
    }

    /** Prints the first {@code limit} of {@code stories} (the store's first stories, of {@code total}). */
    static void print(List<StoryView> stories, int total, int limit, PrintStream out) {
        if (total == 0) {
            out.println("no stories yet: ingest some articles first");
            return;
        }
        out.printf("%-18s %8s %6s  %-23s  %-16s %s%n", "STORY", "ARTICLES", "EVENTS", "DATES", "LANGUAGES", "TITLE");
        for (StoryView story : stories.subList(0, Math.min(limit, stories.size()))) {
            out.printf("%-18s %8d %6d  %-23s  %-16s %s%n", story.id(), story.articles().size(), story.events().size(), TerminalText.dates(story),
                    TerminalText.languages(story.languages()), TerminalText.clip(story.title(), 100));
        }
        if (total > limit) {
            out.printf("... and %d more (--limit)%n", total - limit);
        }
    }
}
