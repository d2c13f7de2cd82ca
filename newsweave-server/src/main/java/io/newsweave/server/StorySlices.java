package io.newsweave.server;

import io.javalin.http.Context;
import io.newsweave.story.StoryDetails;
import io.newsweave.story.StoryView;

import java.util.List;

/**
 * The windows one story view shows of each of the story's lists. The API takes them from
 * {@code offset}/{@code limit} (articles) and {@code <list>_offset}/{@code <list>_limit}; the page
 * from {@code page} (articles) and {@code <list>_page}. Both take the timeline's order from
 * {@code timeline_order} ({@link TimelineOrder}) and window the timeline so ordered. Immutable.
 *
 * @param articles its articles
 * @param timeline its timeline entries
 * @param quotes   its quote groups
 * @param dated    the dates its articles mention (single mentions in the API, dates on the page)
 * @param events   its events
 * @param entities its entities
 * @param order    the order of its timeline, applied before the timeline's window
 */
public record StorySlices(Slice articles, Slice timeline, Slice quotes, Slice dated, Slice events, Slice entities,
                          TimelineOrder order) {

    /** Longest text of a list item (titles, timeline and quote texts); the article itself has the whole text. */
    public static final int MAX_TEXT = 1_000;
    /** Longest supporting sentence or report text in a list. */
    public static final int MAX_SENTENCE = 500;
    /** Sources per timeline entry, reports per quote, articles per event and variants per entity in a story view. */
    public static final int MAX_NESTED = 20;

    /** The API's windows; defaults 50 articles, 50 timeline entries, 20 quotes, 50 dated mentions, 20 events, 50 entities. */
    public static StorySlices api(Context ctx, StoryView v, Snapshot snapshot, StoryDigest digest) {
        return new StorySlices(Slice.byOffset(ctx, "", v.articles().size(), 50, 100),
                Slice.byOffset(ctx, "timeline_", digest.details().timeline().size(), 50, 100),
                Slice.byOffset(ctx, "quotes_", digest.details().quotes().size(), 20, 50),
                Slice.byOffset(ctx, "dated_", digest.dated().size(), 50, 200),
                Slice.byOffset(ctx, "events_", v.events().size(), 20, 50),
                Slice.byOffset(ctx, "entities_", entities(v, snapshot), 50, 200), TimelineOrder.from(ctx));
    }

    /** The page's windows: 50 articles, 50 timeline entries, 20 quotes, 50 dates, 20 events and the first 60 entities a page. */
    public static StorySlices page(Context ctx, StoryView v, Snapshot snapshot, StoryDigest digest) {
        return new StorySlices(Slice.byPage(ctx, "page", v.articles().size(), 50),
                Slice.byPage(ctx, "timeline_page", digest.details().timeline().size(), 50),
                Slice.byPage(ctx, "quotes_page", digest.details().quotes().size(), 20),
                Slice.first(0, digest.dated().size()),
                Slice.byPage(ctx, "events_page", v.events().size(), 20),
                Slice.first(60, entities(v, snapshot)), TimelineOrder.from(ctx));
    }

    /** How many entities the story view lists. */
    static int entities(StoryView v, Snapshot snapshot) {
        return v.entities().size();
    }

    /** The story as these windows show it: its articles {@code ids} (this window's), its events and entities windowed. */
    public StoryView story(StoryView v, List<String> ids) {
        return new StoryView(v.id(), v.title(), ids, v.languages(), v.sources(), v.first(), v.last(), entities.of(v.entities()),
                events.of(v.events()), v.headlines());
    }

    /** The details as these windows show them: timeline in {@link #order} and windowed, quotes windowed, summary and coverage whole. */
    public StoryDetails details(StoryDetails d) {
        return new StoryDetails(timeline.of(order.sort(d.timeline())), d.summary(), quotes.of(d.quotes()), d.coverage());
    }
}
