package io.newsweave.cli;

import io.newsweave.entity.EntitySummary;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.ReadModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsweave entities [--story ID]}: canonical entities (the registry's names and types, after
 * the data directory's aliases) with their variants, most mentioned first.
 */
@Command(name = "entities", description = "List entities (id, type, mentions, name, variants) of the store or of one story."
        + " Corrections in DIR/aliases.txt apply.")
final class EntitiesCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--story", paramLabel = "ID", description = "Only the entities of this story.")
    String story;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N entities (default: ${DEFAULT-VALUE}; 0: all).")
    int limit;

    @Override
    public Integer call() throws Exception {
        try (Store store = data.openReadOnly()) {
            List<EntitySummary> entities;
            if (story != null) {
                List<StoredArticle> articles = store.story(story);
                if (articles.isEmpty()) {
                    System.err.println("newsweave: no story with id " + TerminalText.escape(story));
                    return 1;
                }
                entities = ReadModel.open(store).entitiesOf(articles);
            } else {
                ReadModel model = ReadModel.withEntities(store);
                model.refresh();
                entities = model.entities();
            }
            print(entities, limit, System.out);
            return 0;
        }
    }

    static void print(List<EntitySummary> entities, int limit, PrintStream out) {
        int n = 0;
        for (EntitySummary e : entities) {
            if (limit > 0 && n++ >= limit) {
                break;
            }
            out.printf("%-40s %-12s %5d  %s  [%s]%n", TerminalText.escape(e.id()), e.type(), e.mentions(), TerminalText.escape(e.name()),
                    TerminalText.escape(String.join(" | ", e.variants())));
        }
    }
}
