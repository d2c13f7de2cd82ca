package io.newsweave.cli;

import io.newsweave.model.Article;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.EventView;
import io.newsweave.story.StoryCatalog;
import io.newsweave.story.StoryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsweave story ID}: a story, readably. */
@Command(name = "story", description = "Show one story: its coverage, its events and their articles.")
final class StoryCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "ID", description = "Story id, as listed by 'newsweave stories'.")
    String id;

    @Override
    public Integer call() throws Exception {
        try (Store store = data.open()) {
            List<StoredArticle> articles = store.story(id);
            if (articles.isEmpty()) {
                System.err.println("newsweave: no story with id " + id);
                return 1;
            }
            StoryCatalog catalog = new StoryCatalog(io.newsweave.entity.EntityAliases.load(store.dir()));
            articles.forEach(catalog::add);
            print(catalog.views().get(0), articles, System.out);
            return 0;
        }
    }

    static void print(StoryView story, List<StoredArticle> articles, PrintStream out) {
        out.println(story.title());
        out.println("story " + story.id() + " · " + story.articles().size() + " articles · " + Texts.dates(story)
                + " · languages " + Texts.languages(story.languages()));
        if (!story.sources().isEmpty()) {
            out.println("sources: " + Texts.languages(story.sources()));
        }
        java.util.Map<String, StoredArticle> byId = new java.util.HashMap<>();
        articles.forEach(s -> byId.put(s.article().id(), s));
        for (EventView event : story.events()) {
            out.println();
            out.println("event " + event.id() + " · " + (event.date() == null ? "undated" : event.date()) + " · "
                    + event.articles().size() + (event.articles().size() == 1 ? " article" : " articles") + " · "
                    + Texts.clip(event.title(), 100));
            for (String id : event.articles()) {
                Article a = byId.get(id).article();
                String date = a.published().known() ? a.published().date() + " (" + a.published().provenance().label() + ")" : "undated";
                out.printf("  %-30s %-3s %s%n", date, a.language(), Texts.clip(a.title(), 100));
                out.printf("  %-30s     %s%s%n", "", a.origin(), a.source() == null ? "" : " · " + a.source());
            }
        }
    }
}
