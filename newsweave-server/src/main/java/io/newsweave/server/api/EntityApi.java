package io.newsweave.server.api;

import io.newsweave.server.EntityView;
import io.newsweave.server.Params;
import io.newsweave.server.Responses;
import io.newsweave.server.Routes;
import io.newsweave.server.Services;
import io.newsweave.server.Slice;
import io.newsweave.server.Snapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsweave.story.StoryView;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/entities?q=} (entities whose name or a variant contains {@code q}, most mentioned
 * first) and {@code GET /api/entities/{id}} (the entity with its canonical name and type, its
 * variants and one window of its stories: {@code offset}, {@code limit} (default 50, at most 100), with
 * {@code story_count}, {@code next_offset} and {@code previous_offset}). A listed entity carries the ids of its first
 * {@value #LISTED_STORIES} stories and its {@code story_count}. Entities come from article mentions after the data
 * directory's aliases; an unknown id gives an entity with no mentions rather than a 404.
 */
public final class EntityApi implements Routes {

    /** Story ids shown per entity in the entity list. */
    public static final int LISTED_STORIES = 20;

    private final Services services;

    public EntityApi(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/entities", ctx -> Responses.json(ctx, services, () -> search(ctx)));
        routes.get("/api/entities/{id}", ctx -> Responses.json(ctx, services, () -> one(ctx)));
    }

    public static List<EntityView> matching(Snapshot snapshot, String q, int limit) {
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        return snapshot.entities().values().stream()
                .filter(e -> needle == null || e.name().toLowerCase(Locale.ROOT).contains(needle)
                        || e.entity().variants().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(needle)))
                .sorted(Comparator.comparingInt(EntityView::mentions).reversed().thenComparing(EntityView::id))
                .limit(limit)
                .toList();
    }

    public static EntityView find(Snapshot snapshot, String id) {
        EntityView e = snapshot.entities().get(id);
        return e != null ? e : EntityView.unknown(id);
    }

    private JsonNode search(Context ctx) throws IOException {
        Snapshot snapshot = services.catalog().current();
        ObjectNode body = ApiJson.object();
        ArrayNode list = body.putArray("entities");
        matching(snapshot, Params.text(ctx, "q"), Params.integer(ctx, "limit", 50, 1, 500))
                .forEach(e -> list.add(ApiJson.entity(e, Slice.first(LISTED_STORIES, e.stories().size()))));
        return body;
    }

    private JsonNode one(Context ctx) throws IOException {
        Snapshot snapshot = services.catalog().current();
        EntityView entity = find(snapshot, Params.id(ctx, "id"));
        Slice window = Slice.byOffset(ctx, "", entity.stories().size(), 50, 100);
        ObjectNode body = ApiJson.entity(entity, window);
        body.setAll((ObjectNode) window.json().without("total"));
        ArrayNode stories = body.putArray("story_list");
        for (String id : window.of(entity.stories())) {
            StoryView v = snapshot.byId().get(id);
            if (v != null) {
                stories.add(ApiJson.storySummary(v, snapshot));
            }
        }
        return body;
    }
}
