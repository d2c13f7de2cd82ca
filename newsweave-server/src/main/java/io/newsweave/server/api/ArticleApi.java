package io.newsweave.server.api;

import io.newsweave.server.HttpError;
import io.newsweave.server.Params;
import io.newsweave.server.Responses;
import io.newsweave.server.Routes;
import io.newsweave.server.Services;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsweave.store.StoredArticle;

import java.io.IOException;

/** {@code GET /api/articles/{id}}: clean text, mentions, timexes, story, and its {@code lineage} when it has one. */
public final class ArticleApi implements Routes {

    private final Services services;

    public ArticleApi(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/articles/{id}", ctx -> Responses.json(ctx, services, () -> one(ctx)));
    }

    private JsonNode one(Context ctx) throws IOException {
        StoredArticle stored = find(services, Params.id(ctx, "id"));
        var node = ApiJson.article(stored);
        var lineage = io.newsweave.json.ViewJson.lineage(services.store().lineage().of(stored.article().id()));
        if (lineage != null) {
            node.set("lineage", lineage);
        }
        return node;
    }

    public static StoredArticle find(Services services, String id) throws IOException {
        return services.store().get(id).orElseThrow(() -> HttpError.notFound("no article " + id));
    }
}
