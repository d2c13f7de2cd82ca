package io.newsweave.cli;

import io.newsweave.model.Article;
import io.newsweave.quote.Quote;
import io.newsweave.quote.QuoteGroup;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.timeline.Coverage;
import io.newsweave.story.timeline.TimelineEntry;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.EventView;
import io.newsweave.story.ReadModel;
import io.newsweave.story.StoryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsweave story ID...}: stories, readably, one after the other (the store is opened once);
 * exits 1 when an id is unknown, after showing the others.
 */
@Command(name = "story", description = "Show stories: their summary, timeline, quotes, coverage, events and articles.")
final class StoryCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Story ids, as listed by 'newsweave stories'.")
    List<String> ids;

    @Option(names = "--language", paramLabel = "CODE",
            description = "Preferred language (ISO 639-1) of timeline and summary sentences when a source offers one.")
    String language;

    @Override
    public Integer call() throws Exception {
        try (Store store = data.openReadOnly()) {
            ReadModel model = ReadModel.open(store);
            int exit = 0;
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                List<StoredArticle> articles = store.story(id);
                if (articles.isEmpty()) {
                    System.err.println("newsweave: no story with id " + TerminalText.escape(id));
                    exit = 1;
                    continue;
                }
                StoryDetails details = model.details(articles, language);
                if (i > 0) {
                    System.out.println();
                }
                print(model.view(articles).orElseThrow(), articles, System.out);
                printDetails(details, System.out);
            }
            return exit;
        }
    }

    static void print(StoryView story, List<StoredArticle> articles, PrintStream out) {
        out.println(TerminalText.clip(story.title(), 300));
        out.println("story " + story.id() + " · " + story.articles().size() + " articles · " + TerminalText.dates(story)
                + " · languages " + TerminalText.languages(story.languages()));
        if (!story.sources().isEmpty()) {
            out.println("sources: " + TerminalText.languages(story.sources()));
        }
        java.util.Map<String, StoredArticle> byId = new java.util.HashMap<>();
        articles.forEach(s -> byId.put(s.article().id(), s));
        for (EventView event : story.events()) {
            out.println();
            out.println("event " + event.id() + " · " + (event.date() == null ? "undated" : event.date()) + " · "
                    + event.articles().size() + (event.articles().size() == 1 ? " article" : " articles") + " · "
                    + TerminalText.clip(event.title(), 100));
            for (String id : event.articles()) {
                Article a = byId.get(id).article();
                String date = a.published().known() ? a.published().date() + " (" + a.published().provenance().label() + ")" : "undated";
                out.printf("  %-30s %-3s %s%n", date, a.language(), TerminalText.clip(a.title(), 100));
                out.printf("  %-30s     %s%s%n", "", TerminalText.escape(a.origin().toString()), a.source() == null ? "" : " · " + TerminalText.escape(a.source()));
            }
        }
    }

    /** Summary, timeline (background apart), quotes and coverage, each line traceable to its article. */
    static void printDetails(StoryDetails details, PrintStream out) {
        if (!details.summary().isEmpty()) {
            out.println();
            out.println("Summary");
            details.summary().forEach(s -> out.println("  - " + TerminalText.clip(s.sentence(), 300)));
        }
        printTimeline("Timeline", details.timeline().stream().filter(e -> !e.kind().equals(TimelineEntry.BACKGROUND)).toList(), out);
        printTimeline("Background", details.timeline().stream().filter(e -> e.kind().equals(TimelineEntry.BACKGROUND)).toList(), out);
        if (!details.quotes().isEmpty()) {
            out.println();
            out.println("Quotes");
            for (QuoteGroup g : details.quotes()) {
                Quote q = g.representative();
                String speaker = q.speakerName() == null ? "(unattributed)" : TerminalText.escape(q.speakerName())
                        + (q.speakerEntity() == null ? "" : " [" + TerminalText.escape(q.speakerEntity()) + "]");
                out.println("  \u201c" + TerminalText.clip(q.text(), 240) + "\u201d");
                out.println("      " + speaker + " · " + TerminalText.count(g.articles().size(), "article") + " · "
                        + String.join(", ", g.languages()) + (q.date() == null ? "" : " · " + q.date()));
            }
        }
        Coverage c = details.coverage();
        out.println();
        out.println("Coverage");
        out.println("  outlets: " + (c.outlets().isEmpty() ? "none known" : TerminalText.languages(c.outlets())));
        out.println("  per day: " + (c.perDay().isEmpty() ? "undated" : TerminalText.languages(c.perDay()))
                + (c.undated() > 0 ? " · undated " + c.undated() : ""));
        if (c.firstArticle() != null) {
            out.println("  first reporter: " + (c.firstOutlet() == null ? c.firstArticle() : TerminalText.escape(c.firstOutlet()) + " (" + c.firstArticle() + ")")
                    + (c.firstPublished() == null ? "" : " on " + c.firstPublished()));
        }
    }

    private static void printTimeline(String heading, List<TimelineEntry> entries, PrintStream out) {
        if (entries.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading);
        for (TimelineEntry e : entries) {
            out.printf("  %-10s %-9s %s%n", io.newsweave.time.TimexLabel.of(e.date()), e.kind(), TerminalText.clip(e.text(), 200));
            out.printf("  %-10s %-9s %s · %s%n", "", "", TerminalText.count(e.sources().size(), "source"),
                    e.sources().stream().map(s -> s.article() + " (" + s.language() + ")").distinct().reduce((a, b) -> a + ", " + b).orElse(""));
        }
    }
}
