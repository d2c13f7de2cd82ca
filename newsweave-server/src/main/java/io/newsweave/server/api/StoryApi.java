package io.newsweave.server.api;

import io.newsweave.server.Params;
import io.newsweave.server.Responses;
import io.newsweave.server.Routes;
import io.newsweave.server.Services;
import io.newsweave.server.Snapshot;
import io.newsweave.server.StoryDigest;
import io.newsweave.server.StoryFilter;
import io.newsweave.server.StorySlices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.StoryView;

import java.io.IOException;
import java.util.List;

/**
 * {@code GET /api/stories} (filters {@code from, to, language, source, entity}; {@code limit};
 * {@code cursor} from the previous page's {@code next_cursor}) and {@code GET /api/stories/{id}} ({@code lang}: the preferred
 * language of the title, timeline and summary sentences; one window of each list, articles in arrival order by {@code offset} and
 * {@code limit}, the others by {@code timeline_, quotes_, dated_, events_, entities_} + {@code offset}/{@code limit}, the timeline
 * ordered by {@code timeline_order} ({@code date}, {@code newest} or {@code importance}: see {@link io.newsweave.server.TimelineOrder})
 * before its window is taken: see {@link StorySlices} and {@link ApiJson#story}). Reads only the window's articles.
 */
public final class StoryApi implements Routes {

    private final Services services;

    public StoryApi(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/stories", ctx -> Responses.json(ctx, services, () -> list(ctx)));
        routes.get("/api/stories/{id}", ctx -> Responses.json(ctx, services, () -> one(ctx)));
    }

    private JsonNode list(Context ctx) throws IOException {
        Snapshot snapshot = services.catalog().current();
        StoryFilter.Page page = StoryFilter.from(ctx, 20).page(snapshot);
        ObjectNode body = ApiJson.object();
        ArrayNode stories = body.putArray("stories");
        for (StoryView v : page.stories()) {
            stories.add(ApiJson.storySummary(v, snapshot));
        }
        body.put("matched", page.matched());
        body.put("next_cursor", page.next());
        return body;
    }

    private JsonNode one(Context ctx) throws IOException {
        String id = Params.id(ctx, "id");
        Snapshot snapshot = services.catalog().current();
        String lang = Params.optionalId(ctx, "lang");
        StoryView story = snapshot.story(id);
        StoryDigest digest = services.details().of(story, lang);
        StorySlices slices = StorySlices.api(ctx, story, snapshot, digest);
        List<StoredArticle> page = services.store().articles(slices.articles().of(story.articles()));
        ObjectNode node = ApiJson.story(story.inLanguage(lang), snapshot, digest, page, slices);
        node.set("reports", io.newsweave.json.ViewJson.reports(services.reports(story.id())));
        return node;
    }
}
